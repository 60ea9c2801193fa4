import { html, isServer, nothing, type PropertyValues } from 'lit';
import { exitDestination, exitPage, msg } from '@stalking-awareness/core';
import { rememberExitForHistoryGuard } from './history-guard-flag.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { trackStickyHeight, untrackStickyHeight } from './scroll-padding.js';
import {
  addShortcutClient,
  removeShortcutClient,
  type ShortcutClient,
  type ShortcutMode,
  type ShortcutProgress,
} from './shortcut-keys.js';
import { markTopBar } from '../shared/top-bars.js';
import { SaWidgetElement } from '../base/widget-element.js';

const SHORTCUT_MODES: readonly ShortcutMode[] = ['shift', 'escape', 'none'];
const POSITIONS = ['sticky', 'inline'] as const;
export type QuickExitPosition = (typeof POSITIONS)[number];

/**
 * Leaves the page at once — on click, Enter, Space or a keyboard shortcut —
 * hiding it first, sending no referrer and leaving no history entry behind.
 *
 * Progressive enhancement: put a plain link inside, and the page has a
 * working exit before the script loads and with JavaScript off:
 * `<sa-quick-exit><a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></sa-quick-exit>`.
 * The element then renders its own control (the link is no longer shown)
 * and takes the destination from `href`, else from that link, else uses
 * https://www.weather.gov/.
 *
 * @tag sa-quick-exit
 * @summary Leaves the page in one click or keystroke, without a trace in this tab's history.
 *
 * @csspart base - The bar around the control.
 * @csspart control - The exit link.
 * @csspart status - The visually hidden status region that announces shortcut progress.
 *
 * @cssprop --sa-quick-exit-background - Background of the control (default: the danger colour).
 * @cssprop --sa-quick-exit-color - Text colour of the control.
 * @cssprop --sa-quick-exit-z-index - Stacking order of the sticky bar (default 1000).
 *
 * @fires sa-exit - Just before the page leaves; `detail.destination` is the URL. Not cancelable: an exit cannot be stopped.
 */
export class SaQuickExit extends SaWidgetElement implements ShortcutClient {
  static override styles = [...SaWidgetElement.styles, quickExitStyles];

  // Declared without decorators: the decorator runtime would be the only
  // copy in the quick-exit CDN bundle, which must stay small.
  static override properties = {
    href: {},
    shortcut: {},
    position: { reflect: true },
    guardHistory: { type: Boolean, attribute: 'guard-history' },
  };

  /** Destination: an http(s) URL. Anything else falls back to https://www.weather.gov/ with a warning. */
  href?: string;

  /** Keyboard shortcut: `shift` (Shift three times), `escape` (Escape twice within a second) or `none`. */
  shortcut: ShortcutMode = 'shift';

  /** `sticky` (top of the viewport) or `inline` (where it is placed). */
  position: QuickExitPosition = 'sticky';

  /**
   * Opt-in: after an exit, pages of this site reached again in this tab by
   * Back/Forward leave too. Needs guard-history.js in every page's head;
   * writes one sessionStorage key when the exit happens.
   * @attr guard-history
   */
  guardHistory = false;

  /** The validated destination an exit goes to. */
  get destination(): string {
    if (this.href !== undefined && this.href !== null) return exitDestination(this.href, `<${this.localName}> href`);
    // A server renderer cannot see children: set href when server rendering.
    const fallbackHref = isServer ? undefined : this.querySelector(':scope > a[href]')?.getAttribute('href');
    return exitDestination(fallbackHref ?? undefined, `<${this.localName}> fallback link href`);
  }

  /** The shortcut in effect: an unknown value means the default, Shift. */
  get shortcutMode(): ShortcutMode {
    return SHORTCUT_MODES.includes(this.shortcut) ? this.shortcut : 'shift';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addShortcutClient(this);
    markTopBar(this, true); // a sticky hotline banner keeps clear of it, whatever tag a host chose
    const fallbackLink = this.querySelector(':scope > a[href]');
    if (fallbackLink && !/\bnoreferrer\b/i.test(fallbackLink.getAttribute('rel') ?? '')) {
      this.warn('fallback link', 'lacks rel="noreferrer nofollow" (it leaves when JavaScript is off).');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeShortcutClient(this);
    markTopBar(this, false);
    untrackStickyHeight(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shortcut')) this.oneOf('shortcut', this.shortcut, SHORTCUT_MODES, 'shift');
    if (changed.has('position')) this.oneOf('position', this.position, POSITIONS, 'sticky');
  }

  protected override updated(): void {
    if (this.position === 'inline') untrackStickyHeight(this);
    else trackStickyHeight(this);
  }

  /** Leaves the page now, exactly as a click would. */
  exit(): void {
    const destination = this.destination;
    if (this.guardHistory) rememberExitForHistoryGuard(destination);
    const text = this.localize(() => msg('Exiting this page.', { id: 'quick-exit.exiting' }));
    exitPage(destination, this, { text, lang: this.locale });
  }

  /** @internal Called by the shared shortcut listener. */
  exitByShortcut(): void {
    this.exit();
  }

  /** @internal Speaks shortcut progress; set directly so it is current before an exit. */
  announceShortcut(progress: ShortcutProgress): void {
    const region = this.renderRoot.querySelector('[part="status"]');
    if (!region) return;
    region.textContent = this.localize(() => {
      switch (progress) {
        case 'shift-2':
          return msg('Press Shift 2 more times to exit this page.', { id: 'quick-exit.shift-two-more' });
        case 'shift-1':
          return msg('Press Shift 1 more time to exit this page.', { id: 'quick-exit.shift-one-more' });
        case 'shift-expired':
          return msg('Exit shortcut timed out. Press Shift 3 times to exit this page.', {
            id: 'quick-exit.shift-expired',
          });
        case 'escape-1':
          return msg('Press Escape again to exit this page.', { id: 'quick-exit.escape-again' });
        default:
          return '';
      }
    });
  }

  /**
   * Click, middle click and Space (Enter activates a link natively, as a
   * click). Every activation leaves in this tab: a modified or middle click
   * would otherwise open the destination in a new tab and leave this page on
   * screen.
   */
  private onControlEvent = (event: Event): void => {
    if (event.type === 'auxclick' && (event as MouseEvent).button !== 1) return;
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== ' ') return;
    event.preventDefault();
    this.exit();
  };

  private shortcutHint(): string | undefined {
    switch (this.shortcutMode) {
      case 'shift':
        return msg('Or press Shift 3 times.', { id: 'quick-exit.hint-shift' });
      case 'escape':
        return msg('Or press Escape twice.', { id: 'quick-exit.hint-escape' });
      default:
        return undefined;
    }
  }

  protected override render() {
    const hint = this.shortcutHint();
    return html`<div part="base" class="base" lang=${this.locale}>
      <a
        part="control"
        class="control"
        href=${this.destination}
        rel="noreferrer nofollow"
        referrerpolicy="no-referrer"
        aria-describedby=${hint ? 'hint' : nothing}
        @click=${this.onControlEvent}
        @auxclick=${this.onControlEvent}
        @keydown=${this.onControlEvent}
        ><span class="visually-hidden">${msg('Emergency', { id: 'quick-exit.prefix' })} </span>${msg('Exit this page', {
          id: 'quick-exit.label',
        })}</a
      >${hint ? html`<span id="hint" hidden>${hint}</span>` : nothing}
      <div part="status" class="visually-hidden" role="status"></div>
    </div>`;
  }
}

import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import {
  LocaleController,
  VERSION,
  exitDestination,
  exitPage,
  hostStyles,
  msg,
  baseTokenStyles,
  warnOnce,
} from '@stalking-awareness/core';
import { rememberExitForHistoryGuard } from './history-guard-flag.js';
import { quickExitLocaleLoaders } from './locales.js';
import { quickExitExitStyles, quickExitStyles } from './quick-exit.styles.js';
import { buildQuickExitDom, type QuickExitNodes, type QuickExitText } from './render.js';
import { serverRendered, serverTemplate } from './server-template.js';
import { trackStickyHeight, untrackStickyHeight } from './scroll-padding.js';
import {
  addShortcutClient,
  removeShortcutClient,
  type ShortcutClient,
  type ShortcutMode,
  type ShortcutProgress,
} from './shortcut-keys.js';
import { addTopLayerClient, removeTopLayerClient, topLayerSupported, type TopLayerClient } from './top-layer.js';
import { markTopBar } from '../shared/top-bars.js';

const SHORTCUT_MODES: readonly ShortcutMode[] = ['shift', 'escape', 'none'];
const POSITIONS = ['sticky', 'inline'] as const;
export type QuickExitPosition = (typeof POSITIONS)[number];

/**
 * Leaves the page at once — on click, tap, Enter, Space or a keyboard
 * shortcut — hiding it first, sending no referrer, and replacing the page in this tab's
 * Back list so Back does not return to it. The visit itself stays in the
 * browser's history list: no web page can erase that, so say so near the button.
 *
 * Progressive enhancement: put a plain link inside, and the page has a
 * working exit before the script loads and with JavaScript off:
 * `<sa-quick-exit><a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></sa-quick-exit>`.
 * The element then renders its own control (the link is no longer shown)
 * and takes the destination from `href`, else from that link, else uses
 * https://www.weather.gov/.
 *
 * Sticky (the default), it is never covered: its bar sits in the browser's
 * top layer, above sticky headers, banners at any z-index, popovers and
 * modal dialogs, and moves out of the way of whatever a keyboard user
 * focuses. See the docs for the design and its limits.
 *
 * Built on Lit's ReactiveElement with its few nodes made directly (no
 * template engine), so it is the lightest element to load first.
 *
 * @tag sa-quick-exit
 * @summary Leaves the page in one click or keystroke; Back no longer returns to it (the visit stays in the browser's history).
 *
 * @csspart base - The bar around the control.
 * @csspart control - The exit link.
 * @csspart status - The visually hidden status region that announces shortcut progress.
 *
 * @cssprop --sa-quick-exit-background - Background of the control (default: the exit colour, `--sa-color-exit`).
 * @cssprop --sa-quick-exit-color - Text colour of the control.
 * @cssprop --sa-quick-exit-z-index - Stacking order of the sticky bar where the browser has no top layer for it (default 1000).
 *
 * @fires sa-exit - Just before the page leaves; `detail.destination` is the URL. Not cancelable: an exit cannot be stopped.
 */
export class SaQuickExit extends ReactiveElement implements ShortcutClient, TopLayerClient {
  /** The library version, compared by defineElement when two copies meet. */
  static version = VERSION;

  static override styles = [baseTokenStyles, hostStyles, quickExitExitStyles, quickExitStyles];

  /** The quick exit's own translations (its strings only). */
  static localeLoaders = quickExitLocaleLoaders;

  static override properties = {
    href: {},
    shortcut: {},
    position: { reflect: true },
    guardHistory: { type: Boolean, attribute: 'guard-history' },
  };

  /**
   * @internal @lit-labs/ssr server-renders any class with this flag through
   * its `render()`; in the browser the element makes its nodes itself (and
   * browser bundles get the flag off, with no server template: see
   * server-template.browser.ts).
   */
  static _$litElement$ = serverRendered;

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

  readonly #localization = new LocaleController(this, () => (this.constructor as typeof SaQuickExit).localeLoaders);

  #nodes?: QuickExitNodes;
  #heightSheet?: CSSStyleSheet;
  #inTopLayer = false;

  /** The locale the element currently renders in, e.g. `en` or `es`. */
  get locale(): string {
    return this.#localization.locale;
  }

  /** @internal The bar (a popover when sticky), for the top layer; rendered first. */
  get bar(): HTMLElement {
    return this.#nodes!.base;
  }

  /** @internal The exit link; rendered first. */
  get control(): HTMLElement {
    return this.#nodes!.control;
  }

  /** The validated destination an exit goes to. */
  get destination(): string {
    const own = this.href != null;
    // A server renderer's element cannot see its children (it has no
    // querySelector): set href when server rendering.
    return exitDestination(
      own ? this.href : this.querySelector?.(':scope > a[href]')?.getAttribute('href'),
      `<${this.localName}> ${own ? '' : 'fallback link '}href`,
    );
  }

  /** The shortcut in effect: an unknown value means the default, Shift. */
  get shortcutMode(): ShortcutMode {
    return SHORTCUT_MODES.includes(this.shortcut) ? this.shortcut : 'shift';
  }

  /** Re-reads the element's language; loads its strings if needed, then re-renders. */
  refreshLocale(force = false): void {
    this.#localization.refresh(force);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addShortcutClient(this);
    markTopBar(this, true); // a sticky hotline banner keeps clear of it, whatever tag a host chose
    const fallbackLink = this.querySelector(':scope > a[href]');
    if (fallbackLink && !/\bnoreferrer\b/i.test(fallbackLink.getAttribute('rel') ?? '')) {
      warnOnce(`<${this.localName}> fallback link (used with JavaScript off) lacks rel="noreferrer nofollow".`);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeShortcutClient(this);
    markTopBar(this, false);
    this.#leaveStickyMode();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const [field, choices] of [
      ['shortcut', SHORTCUT_MODES],
      ['position', POSITIONS],
    ] as const) {
      const value = this[field];
      if (changed.has(field) && !(choices as readonly string[]).includes(value)) {
        warnOnce(`<${this.localName}> ${field} "${value}" is not one of ${choices.join(', ')}; using ${choices[0]}.`);
      }
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#localization.localize(() => {
      super.update(changed);
      (this.#nodes ??= buildQuickExitDom(this.renderRoot, this.#onControlEvent)).update(this.#text());
    });
  }

  protected override updated(): void {
    if (this.position === 'inline') this.#leaveStickyMode();
    else this.#enterStickyMode();
  }

  #enterStickyMode(): void {
    const bar = this.#nodes!.base;
    const toTopLayer = !this.#inTopLayer && topLayerSupported();
    // The bar leaves the flow for the top layer: the element keeps its
    // height, set (as the bar is first measured) before the bar leaves, so
    // the page never moves.
    if (toTopLayer && !this.#heightSheet) {
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.#heightSheet = new CSSStyleSheet())];
    }
    trackStickyHeight(bar, (height) => this.#heightSheet?.replaceSync(`:host{height:${Math.ceil(height)}px}`));
    if (!toTopLayer) return;
    bar.setAttribute('popover', 'manual');
    this.#inTopLayer = true;
    addTopLayerClient(this);
  }

  #leaveStickyMode(): void {
    const bar = this.#nodes?.base;
    if (!bar) return;
    untrackStickyHeight(bar);
    if (!this.#inTopLayer) return;
    this.#inTopLayer = false;
    removeTopLayerClient(this);
    bar.removeAttribute('popover');
    this.#heightSheet!.replaceSync('');
  }

  /** Leaves the page now, exactly as a click, a tap or a shortcut would. */
  exit(): void {
    const destination = this.destination;
    if (this.guardHistory) rememberExitForHistoryGuard(destination);
    const text = this.#localization.localize(() => msg('Exiting this page.', { id: 'quick-exit.exiting' }));
    exitPage(destination, this, { text, lang: this.locale });
  }

  /** @internal Speaks shortcut progress; set directly so it is current before an exit. */
  announceShortcut(progress: ShortcutProgress): void {
    const region = this.#nodes?.status;
    if (!region) return;
    region.textContent = this.#localization.localize(() =>
      progress === 'shift-2'
        ? msg('Press Shift 2 more times to exit this page.', { id: 'quick-exit.shift-two-more' })
        : progress === 'shift-1'
          ? msg('Press Shift 1 more time to exit this page.', { id: 'quick-exit.shift-one-more' })
          : progress === 'shift-expired'
            ? msg('Exit shortcut timed out. Press Shift 3 times to exit this page.', { id: 'quick-exit.shift-expired' })
            : progress === 'escape-1'
              ? msg('Press Escape again to exit this page.', { id: 'quick-exit.escape-again' })
              : '',
    );
  }

  /**
   * Click, middle click and Space (Enter activates a link natively, as a
   * click). Every activation leaves in this tab: a modified or middle click
   * would otherwise open the destination in a new tab and leave this page on
   * screen.
   */
  #onControlEvent = (event: Event): void => {
    if ((event as MouseEvent).button === 1 || event.type === 'click' || (event as KeyboardEvent).key === ' ') {
      event.preventDefault();
      this.exit();
    }
  };

  /** Everything the nodes show, in the element's language (call with its strings active). */
  #text(): QuickExitText {
    const mode = this.shortcutMode;
    return {
      lang: this.locale,
      href: this.destination,
      prefix: msg('Emergency', { id: 'quick-exit.prefix' }),
      label: msg('Exit this page', { id: 'quick-exit.label' }),
      hint:
        mode === 'shift'
          ? msg('Or press Shift 3 times.', { id: 'quick-exit.hint-shift' })
          : mode === 'escape'
            ? msg('Or press Escape twice.', { id: 'quick-exit.hint-escape' })
            : '',
    };
  }

  /** @internal Server rendering only (@lit-labs/ssr); the browser uses buildQuickExitDom. */
  render(): unknown {
    return serverTemplate(this.#text());
  }
}

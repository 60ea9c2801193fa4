import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadResources, localizeResource, msg, warnIfStale, type Resource } from '@stalking-awareness/core';
import type { DismissDetail, ResourceActionDetail } from '../base/events.js';
import { contactLinkStyles } from '../shared/contact-links.js';
import { resourceActionFrom } from '../shared/contact-row.js';
import { renderEmergencyLine } from '../shared/emergency-line.js';
import { hotlineBannerStyles } from './hotline-banner.styles.js';
import { renderHotlineLine } from './hotline-line.js';
import { hotlineStatusText, type HotlineStatusText } from './hotline-status.js';
import { DEFAULT_HOTLINE_ID, parseIds, selectHotlines } from './hotline-selection.js';
import { HostValidation } from '../shared/host-validation.js';
import { rememberDismissalThisSession, wasDismissedThisSession } from './dismissal-memory.js';
import { focusNextAfter } from '../shared/focus-after.js';
import {
  CALL_TRACE_NOTE_VALUES,
  callTraceNoteStyles,
  renderCallTraceNote,
  type CallTraceNoteSetting,
} from '../shared/call-trace-note.js';
import {
  announceBannerHotlines,
  hydratingServerMarkup,
  offerEmergencyLine,
  ownsEmergencyLine,
  PageRegistryController,
} from '../shared/page-registry.js';
import { SaWidgetElement } from '../base/widget-element.js';

export { EMERGENCY_RESOURCE_ID } from '../shared/emergency-line.js';

export type HotlineBannerVariant = 'banner' | 'compact' | 'sticky';
const VARIANTS: readonly HotlineBannerVariant[] = ['banner', 'compact', 'sticky'];

/** Detail of `sa-resource-action`, the same shape `sa-resource-card` emits (declared once in SaEventMap). */
export type HotlineActionDetail = ResourceActionDetail;

/** Detail of `sa-dismiss`: `remembered` is true when the dismissal was stored in sessionStorage. */
export type HotlineDismissDetail = DismissDetail;

/** One hotline as rendered, derived in willUpdate. */
interface ShownLine {
  localized: Resource;
  statusText: HotlineStatusText | undefined;
  nameId: string;
}

// Refresh at the next opening or closing, but at least hourly so a tab left
// open overnight never shows yesterday's "Open now".
const MAX_REFRESH_MS = 60 * 60 * 1000;

/**
 * Puts a hotline's call, text, TTY and chat options in front of a person on
 * any page, with what the line is for and whether it is open now.
 *
 * Data comes from the bundled dataset by default (the National Domestic
 * Violence Hotline), the `resource` property, or a host's JSON `src`, which
 * lets a host change a number at run time without a code deploy. Invalid
 * data is reported in the console and the bundled hotline is shown instead:
 * the banner is never left empty.
 *
 * Nothing is stored, sent or announced on load. Only `remember-dismissal="session"`
 * writes to sessionStorage.
 *
 * @tag sa-hotline-banner
 * @summary A hotline's call, text, TTY and chat links, open status and the 911 line, one tap away.
 *
 * @csspart base - The labelled region.
 * @csspart panel - The visible box (pinned to the bottom in the sticky variant).
 * @csspart line - One hotline.
 * @csspart name - The hotline's name.
 * @csspart purpose - What the line is for.
 * @csspart unverified - Shown when the record's details were not confirmed at their source.
 * @csspart status - Open status ("Open now, 24 hours a day", "Open now, until 5 p.m. ET", "Hours not listed"); also `status-open`, `status-closed` or `status-unknown`.
 * @csspart actions - The list of contact links.
 * @csspart action - One contact link (call, text, TTY, chat).
 * @csspart action-unlinked - A contact shown as text because its value was unsafe to link.
 * @csspart action-label - What one contact is for, when the record says (e.g. "Spanish: press 2").
 * @csspart emergency - The "If you are in immediate danger, call 911" line.
 * @csspart emergency-link - Its link.
 * @csspart call-trace-note - The note that calls and texts show up in the phone's history (see `call-trace-note`).
 * @csspart toggle - The sticky variant's "More" button, which unfolds every hotline on a phone.
 * @csspart close - The close button (`dismissible`).
 *
 * @cssprop --sa-hotline-banner-background - Panel background.
 * @cssprop --sa-hotline-banner-color - Text colour.
 * @cssprop --sa-hotline-banner-muted-color - Colour of the purpose and secondary text.
 * @cssprop --sa-hotline-banner-border-color - The accent border along the top edge.
 * @cssprop --sa-hotline-banner-link-color - Contact link colour (and the call button's fill).
 * @cssprop --sa-hotline-banner-on-link-color - Text on the filled call button.
 * @cssprop --sa-hotline-banner-emergency-color - Colour of the 911 link.
 * @cssprop --sa-hotline-banner-padding - Inner padding.
 * @cssprop --sa-hotline-banner-gap - Space between items.
 * @cssprop --sa-hotline-banner-max-width - Maximum width of the content inside a full-width panel.
 * @cssprop --sa-hotline-banner-z-index - Stacking level of the sticky panel; keep it below your quick exit's.
 * @cssprop --sa-hotline-banner-shadow - Shadow of the sticky panel.
 *
 * @fires sa-resource-action - A contact link was used. Detail: `{ resourceId, channel }`. Nothing is sent anywhere.
 * @fires sa-dismiss - The banner was closed. Cancelable. Detail: `{ remembered }`.
 */
export class SaHotlineBanner extends SaWidgetElement {
  static override styles = [...SaWidgetElement.styles, contactLinkStyles, callTraceNoteStyles, hotlineBannerStyles];

  /** Id of a hotline in the bundled dataset (or in `src`). Default: `ndvh`. */
  @property({ attribute: 'resource-id' }) resourceId: string | undefined;

  /** Several hotline ids, separated by spaces or commas; takes precedence over `resource-id`. */
  @property({ attribute: 'resource-ids' }) resourceIds: string | undefined;

  /** A hotline record given directly. Validated; an invalid one falls back to the default hotline. */
  @property({ attribute: false }) resource: Resource | undefined;

  /**
   * URL of a JSON file of hotline records (Resource array or Open Referral
   * HSDS). Setting it is the opt-in to one network request. The bundled
   * hotline shows until it loads, and stays if it fails or is invalid.
   */
  @property() src: string | undefined;

  /** `banner` (full width), `compact` (one wrapping line) or `sticky` (pinned to the bottom). */
  @property() variant: HotlineBannerVariant = 'banner';

  /** Hides the "If you are in immediate danger, call 911" line. */
  @property({ type: Boolean, attribute: 'no-emergency' }) noEmergency = false;

  /**
   * Shows the 911 line even when another element on the page already shows
   * it (by default the line appears once per page: a sticky banner's, else
   * the first element's).
   */
  @property({ type: Boolean, attribute: 'show-emergency' }) showEmergency = false;

  /** Shows a close button. The banner comes back on the next page view. */
  @property({ type: Boolean }) dismissible = false;

  /** `session`: remember a dismissal in sessionStorage for this tab. Anything else: remember nothing. */
  @property({ attribute: 'remember-dismissal' }) rememberDismissal: string | undefined;

  /** Accessible name of the region; set it when a page has more than one banner. */
  @property() label: string | undefined;

  /** The instant open status is computed for. Defaults to the current time; set it in tests. */
  @property({ attribute: false }) now: Date | undefined;

  /**
   * `off` hides the note that calls and texts show up in the phone's history.
   * On by default; only an explicit `off` hides it.
   */
  @property({ attribute: 'call-trace-note' }) callTraceNote: CallTraceNoteSetting = 'on';

  private traceNote: CallTraceNoteSetting = 'on';

  @state() private loaded: readonly Resource[] | undefined;
  @state() private dismissed = false;
  @state() private announcement = '';
  /** The sticky variant unfolded on a phone ("More"). */
  @state() private expanded = false;
  /** Whether this banner shows the 911 line: decided in willUpdate, with the other elements on the page. */
  private emergencyShown = true;
  private readonly pageRegistry: PageRegistryController;

  /**
   * A `resource` waits for the validator (a chunk of its own); meanwhile the
   * banner shows what it would without it (the bundled hotline), as while `src` loads.
   */
  private readonly validation = new HostValidation(this, 'resource');
  private loadRequest = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private hotlines: Resource[] = [];
  private shownVariant: HotlineBannerVariant = 'banner';
  private lines: ShownLine[] = [];
  private readonly warnFor = (field: string, message: string) => this.warn(field, message);
  /** The sticky variant's room on the page (sticky-room.ts), loaded the first time it is sticky: most pages never are. */
  private stickyRoom?: Promise<void>;

  constructor() {
    super();
    this.addEventListener('click', this.onClick);
    // Tells the page which hotlines and which 911 line this banner shows, from connection on (before the
    // first render), so a resource list further down can leave them out without a layout shift.
    this.pageRegistry = new PageRegistryController(this, (connected) => this.announceToPage(connected));
  }

  private announceToPage(connected: boolean): void {
    const shown = connected && !this.dismissed;
    offerEmergencyLine(this, shown && !this.noEmergency, this.variant === 'sticky');
    const ids = this.hotlines.length ? this.hotlines.map((hotline) => hotline.id) : this.ids;
    announceBannerHotlines(this, shown ? (ids.length ? ids : [DEFAULT_HOTLINE_ID]) : undefined);
  }

  private get ids(): string[] {
    const many = parseIds(this.resourceIds);
    if (many.length) return many;
    return parseIds(this.resourceId);
  }

  private get dismissalKey(): string {
    return this.ids.join(',') || DEFAULT_HOTLINE_ID;
  }

  private get remembers(): boolean {
    return this.rememberDismissal === 'session';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-attached: render again so the open status and its refresh timer are current.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues<SaHotlineBanner>): void {
    if (changed.has('variant')) this.shownVariant = this.oneOf('variant', this.variant, VARIANTS, 'banner');
    if (changed.has('rememberDismissal') && this.rememberDismissal && !this.remembers) {
      this.warn('remember-dismissal', `"${this.rememberDismissal}" is not "session"; nothing is remembered.`);
    }
    if (changed.has('callTraceNote'))
      this.traceNote = this.oneOf('call-trace-note', this.callTraceNote, CALL_TRACE_NOTE_VALUES, 'on');
    if (changed.has('src')) this.load();
    if (!this.hasUpdated && this.dismissible && this.remembers && wasDismissedThisSession(this.dismissalKey)) {
      this.dismissed = true;
    }
    const sourceChanged =
      changed.has('resource') ||
      changed.has('resourceId') ||
      changed.has('resourceIds') ||
      changed.has('loaded' as keyof SaHotlineBanner);
    if (!this.hasUpdated || sourceChanged) {
      const validator = this.resource == null ? undefined : this.validation.get();
      this.hotlines = selectHotlines(
        { resource: this.resource, validator, ids: this.ids, loaded: this.loaded },
        this.warnFor,
      );
      for (const hotline of this.hotlines) warnIfStale(hotline);
    }
    if (this.isConnected) this.announceToPage(true);
    // Server-rendered markup is hydrated as the server wrote it (the line shown), then coordinated.
    const hydrating = hydratingServerMarkup(this);
    if (hydrating) this.pageRegistry.afterHydration = true;
    this.emergencyShown = !this.noEmergency && (hydrating || this.showEmergency || ownsEmergencyLine(this));
    const now = this.now ?? new Date();
    // Status words come from msg(): derive them in the element's language.
    this.lines = this.localize(() =>
      this.hotlines.map((hotline, index) => ({
        localized: localizeResource(hotline, this.locale),
        statusText: hotlineStatusText(hotline, now, this.locale),
        nameId: `hotline-name-${index}`,
      })),
    );
  }

  /** A host's lines, set or from `src` (the bundled ones are 24/7): see SaWidgetElement. */
  protected override hostRecords() {
    return [this.resource, ...(this.loaded ?? [])];
  }

  /** Resolves once a host's `resource` is validated and rendered, not just the current render. */
  protected override getUpdateComplete(): Promise<boolean> {
    // Sticky, it is complete once the page keeps room for it too.
    return this.validation.settled(() => super.getUpdateComplete().then(async (done) => (await this.stickyRoom, done)));
  }

  private load(): void {
    const request = ++this.loadRequest;
    this.loaded = undefined;
    const src = this.src?.trim();
    if (!src) return;
    loadResources(src).then(
      ({ resources }) => {
        if (request === this.loadRequest) this.loaded = resources;
      },
      (error: unknown) => {
        if (request !== this.loadRequest) return;
        this.warn('src', `"${src}" could not be loaded (${String(error)}); showing the bundled hotline.`);
      },
    );
  }

  /** Hides the banner for this page view (and the session, with `remember-dismissal="session"`). */
  dismiss(): void {
    if (this.dismissed) return;
    const remembered = this.remembers;
    const event = this.emit('sa-dismiss', { remembered }, { cancelable: true });
    if (event.defaultPrevented) return;
    const hadFocus = this.matches(':focus-within');
    if (remembered) rememberDismissalThisSession(this.dismissalKey);
    this.dismissed = true;
    if (hadFocus && !focusNextAfter(this)) {
      // Nowhere sensible to go: say what happened rather than leave a silent void.
      this.announcement = this.localize(() =>
        msg('The help lines banner is hidden', { id: 'hotline-banner.closed-announcement' }),
      );
    }
  }

  private readonly onClick = (event: Event) => {
    const action = resourceActionFrom(event);
    if (action) this.emit('sa-resource-action', action);
  };

  protected override updated(): void {
    this.scheduleRefresh(this.dismissed ? [] : this.lines.map((line) => line.statusText));
    // A failed chunk (offline after the page loaded, say) leaves the panel
    // showing without room on the page, and never fails updateComplete.
    if (this.shownVariant === 'sticky') this.stickyRoom ??= this.keepStickyRoom().catch(() => {});
  }

  private async keepStickyRoom(): Promise<void> {
    const { StickyRoomController } = await import('./sticky-room.js');
    const room = new StickyRoomController(this, () =>
      this.shownVariant === 'sticky' && !this.dismissed
        ? (this.shadowRoot?.querySelector<HTMLElement>('.panel') ?? null)
        : null,
    );
    // It arrives after the render that made the banner sticky: measure that one now.
    if (this.isConnected) room.hostUpdated();
  }

  /** Re-renders when an open status next changes ("Open now" must not outlive closing time). */
  private scheduleRefresh(statuses: (HotlineStatusText | undefined)[]): void {
    clearTimeout(this.refreshTimer);
    if (this.now || statuses.length === 0 || !this.isConnected) return;
    const soonest = Math.min(
      MAX_REFRESH_MS,
      ...statuses.map((s) => (s?.nextChange ? s.nextChange.getTime() - Date.now() : MAX_REFRESH_MS)),
    );
    this.refreshTimer = setTimeout(() => this.requestUpdate(), Math.max(1000, soonest + 1000));
  }

  /** The sticky variant's "More": on a phone it unfolds every hotline and contact (CSS hides it elsewhere). */
  private renderToggle() {
    return html`<button
      part="toggle"
      class="toggle"
      type="button"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      aria-controls="hotline-lines"
      @click=${() => (this.expanded = !this.expanded)}
    >
      ${msg('More', { id: 'hotline-banner.more' })}<span class="visually-hidden">
        ${msg('help lines and contacts', { id: 'hotline-banner.more-detail' })}</span
      >
      <svg class="toggle-mark" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M5 8l5 5 5-5" stroke="currentColor" stroke-width="2.5" fill="none" stroke-linecap="round" />
      </svg>
    </button>`;
  }

  private renderClose() {
    return html`<button
      part="close"
      class="close"
      type="button"
      aria-label=${msg('Hide help lines', { id: 'hotline-banner.close' })}
      @click=${() => this.dismiss()}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" fill="none" />
      </svg>
    </button>`;
  }

  protected override render() {
    const status = html`<div role="status" class="visually-hidden">${this.announcement}</div>`;
    if (this.dismissed) return status;
    const variant = this.shownVariant;
    const rendered = this.lines.map((line) =>
      renderHotlineLine(line.localized, {
        nameId: line.nameId,
        status: line.statusText,
        briefPurpose: variant !== 'banner',
        locale: this.locale,
      }),
    );
    const sticky = variant === 'sticky';
    return html`<section
        part="base"
        class="base base--${variant} ${this.dismissible ? 'dismissible' : ''} ${sticky && this.expanded ? 'expanded' : ''}"
        lang=${this.locale}
        aria-label=${this.label || msg('Help lines', { id: 'hotline-banner.region-label' })}
      >
        <div part="panel" class="panel">
          <div class="content">
            ${
              rendered.length > 1
                ? html`<ul class="lines" id="hotline-lines" role="list">
                    ${rendered.map((line) => html`<li>${line}</li>`)}
                  </ul>`
                : html`<div class="lines" id="hotline-lines">${rendered}</div>`
            }
            ${this.emergencyShown ? renderEmergencyLine() : nothing} ${renderCallTraceNote(this.traceNote)}
          </div>
          ${sticky ? this.renderToggle() : nothing} ${this.dismissible ? this.renderClose() : nothing}
        </div>
      </section>
      ${status}`;
  }
}

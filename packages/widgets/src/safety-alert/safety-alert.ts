import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { exitDestination, exitPage, msg, str } from '@stalking-awareness/core';
import type { DismissDetail } from '../base/events.js';
import { datasetLink, type ResourceLink } from '../shared/dataset-link.js';
import { datasetContacts } from '../shared/dataset-contacts.js';
import { contactFromEvent, contactLink, contactLinkStyles, renderContactLink } from '../shared/contact-links.js';
import {
  CALL_TRACE_NOTE_VALUES,
  callTraceNoteStyles,
  renderCallTraceNote,
  type CallTraceNoteSetting,
} from '../shared/call-trace-note.js';
import { SECTION_HEADING_LEVELS, renderHeading, type HeadingLevel } from '../shared/heading.js';
import { focusNextAfter } from '../shared/focus-after.js';
import { safetyAlertFamilyStyles, safetyAlertStyles } from './safety-alert.styles.js';
import { disclosureStyles } from '../shared/disclosure-styles.js';
import { SaWidgetElement } from '../base/widget-element.js';

export type SafetyAlertVariant = 'banner' | 'inline' | 'emergency';

/** Detail of `sa-dismiss` (declared once in SaEventMap): `variant` is the variant that was hidden. */
export type SafetyAlertDismissDetail = DismissDetail;

const VARIANTS: readonly SafetyAlertVariant[] = ['banner', 'inline', 'emergency'];

/** Dataset id of the technology-safety resource the steps link to. */
export const TECH_SAFETY_RESOURCE_ID = 'nnedv-safety-net';

/** Dataset id of the hotline whose advocates the alert suggests talking with. */
export const ADVOCATE_HOTLINE_ID = 'ndvh';

/** Dataset id of the emergency services record the `emergency` variant offers. */
export const EMERGENCY_RESOURCE_ID = 'emergency-911';

/** How the hotline can be reached from the alert; its web page is the Safety Net link's job. */
const HOTLINE_CHANNELS = ['voice', 'textphone', 'sms', 'chat'] as const;

/**
 * The monitoring notice domestic-violence sites show on every page: device use
 * can be watched and browser history cannot be fully erased. A disclosure
 * lists digital-safety options; it never promises safety.
 *
 * Deliberately not `role="alert"`: it is present from page load, and an
 * interrupting announcement on every page view would drown the page itself.
 * Escape does nothing: people press Escape on anything that looks like a popup.
 *
 * @tag sa-safety-alert
 * @summary "Your device may be monitored": the monitoring notice with digital-safety options and an optional quick exit.
 *
 * @csspart base - The outer `<section>`.
 * @csspart heading - The heading (`emergency` only).
 * @csspart message - The short notice.
 * @csspart actions - The wrapper of the exit and hide buttons.
 * @csspart exit - The "Exit this page" button (with `quick-exit`).
 * @csspart dismiss - The "Hide this alert" button (with `dismissible`, never in `emergency`).
 * @csspart details - The native `<details>` disclosure of digital-safety options.
 * @csspart summary - The disclosure's `<summary>`.
 * @csspart steps - The list of options.
 * @csspart link - The link to the technology-safety resource.
 * @csspart emergency - The "If you are in danger: Call 911" line (`emergency` only).
 * @csspart advocate - The hotline block: how to reach an advocate, from the bundled dataset.
 * @csspart contacts - The list of the hotline's contact links.
 * @csspart contact - One contact link (call, TTY, text, chat, 911).
 * @csspart contact-label - What a contact is for, inside its link, when the record says.
 * @csspart call-trace-note - The note that calls and texts show up in the phone's history (see `call-trace-note`).
 *
 * @cssprop --sa-safety-alert-background - Background.
 * @cssprop --sa-safety-alert-text-color - Text colour.
 * @cssprop --sa-safety-alert-border-color - Border colour (the `emergency` border uses the danger colour).
 * @cssprop --sa-safety-alert-link-color - Link and summary colour.
 * @cssprop --sa-safety-alert-padding - Inner spacing.
 * @cssprop --sa-safety-alert-exit-background - Background of the exit button.
 * @cssprop --sa-safety-alert-exit-text-color - Text colour of the exit button.
 * @cssprop --sa-safety-alert-emergency-color - Border and heading colour of the `emergency` variant.
 *
 * @fires sa-dismiss - The reader hid the alert (cancelable: call preventDefault() to keep it). Detail: `{ variant }`.
 * @fires sa-exit - From core's exitPage(), when the exit button is used. Detail: `{ destination }`.
 * @fires sa-resource-action - A hotline or 911 link was used: `{ resourceId, channel }`, as the resource card sends it. Nothing is sent anywhere.
 */
export class SaSafetyAlert extends SaWidgetElement {
  static override styles = [
    ...SaWidgetElement.styles,
    disclosureStyles,
    contactLinkStyles,
    callTraceNoteStyles,
    ...safetyAlertFamilyStyles,
    safetyAlertStyles,
  ];

  /** `banner` (top of the page), `inline` (inside content) or `emergency` (with a heading, never dismissible). */
  @property({ reflect: true }) variant: SafetyAlertVariant = 'banner';

  /** Shows an "Exit this page" button that leaves exactly like `<sa-quick-exit>`. */
  @property({ type: Boolean, attribute: 'quick-exit' }) quickExit = false;

  /** Where the exit button goes; defaults to core's exit destination. Only http(s). */
  @property({ attribute: 'quick-exit-href' }) quickExitHref = '';

  /** Lets the reader hide the alert for this page view. Nothing is stored. Ignored by `emergency`. */
  @property({ type: Boolean }) dismissible = false;

  /** Level of the `emergency` heading (2–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * `off` hides the note that calls and texts show up in the phone's history.
   * On by default; only an explicit `off` hides it.
   */
  @property({ attribute: 'call-trace-note' }) callTraceNote: CallTraceNoteSetting = 'on';

  private traceNote: CallTraceNoteSetting = 'on';

  constructor() {
    super();
    this.addEventListener('click', this.handleContactClick);
  }

  /** Reports a contact link's use like the other elements do; the link itself does the rest. */
  private handleContactClick = (event: Event): void => {
    const contact = contactFromEvent(event);
    const resourceId = contact?.link.closest('[data-resource]')?.getAttribute('data-resource');
    if (contact && resourceId) this.emit('sa-resource-action', { resourceId, channel: contact.channel });
  };

  // Derived in willUpdate, so render() only reads them.
  private shownHeadingLevel: HeadingLevel = 2;
  private techSafety: ResourceLink | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.oneOf('variant', this.variant, VARIANTS, 'banner'); // warns; see activeVariant
    // Validate early, so a bad destination is reported on page load, not at the moment of an exit.
    if ((changed.has('quickExitHref') || changed.has('quickExit')) && this.quickExit) void this.exitDestination;
    if (changed.has('callTraceNote'))
      this.traceNote = this.oneOf('call-trace-note', this.callTraceNote, CALL_TRACE_NOTE_VALUES, 'on');
    if (changed.has('headingLevel'))
      this.shownHeadingLevel = this.oneOf('heading-level', this.headingLevel, SECTION_HEADING_LEVELS, 2);
    this.techSafety = datasetLink(TECH_SAFETY_RESOURCE_ID, this.locale, this.localName);
  }

  /** The variant in effect, read at once (canDismiss must hold before a re-render): unknown means `banner`. */
  private get activeVariant(): SafetyAlertVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'banner';
  }

  /** Whether the hide button is offered: never for `emergency`, whatever the attributes say. */
  get canDismiss(): boolean {
    return this.dismissible && this.activeVariant !== 'emergency';
  }

  /** Hides the alert for this page view only; returns false if it stays (emergency, or a host cancelled). */
  dismiss(): boolean {
    if (!this.canDismiss) return false;
    const event = this.emit('sa-dismiss', { variant: this.activeVariant }, { cancelable: true });
    if (event.defaultPrevented) return false;
    const hadFocus = this.matches(':focus-within');
    // In memory only: no storage, no cookie, so nothing on the device shows the alert was ever seen.
    this.hidden = true;
    // The focused hide button just vanished: continue where a keyboard user was going, not at the top of the page.
    if (hadFocus) focusNextAfter(this);
    return true;
  }

  /** The validated destination of the exit button: `quick-exit-href`, else core's default. */
  get exitDestination(): string {
    return exitDestination((this.quickExitHref ?? '').trim(), `<${this.localName}> quick-exit-href`);
  }

  /** Leaves the page exactly as `<sa-quick-exit>` does: one implementation, core's exitPage(). */
  exit(): void {
    // The same words as sa-quick-exit's (one message id), spoken from the cover.
    const text = this.localize(() => msg('Exiting this page.', { id: 'quick-exit.exiting' }));
    exitPage(this.exitDestination, this, { text, lang: this.locale });
  }

  protected override render() {
    const variant = this.activeVariant;
    const emergency = variant === 'emergency';
    const heading = msg('Safety alert', { id: 'safety-alert.heading' });
    return html`<section
      part="base"
      class=${variant}
      lang=${this.locale}
      aria-labelledby=${emergency ? 'heading' : nothing}
      aria-label=${emergency ? nothing : heading}
    >
      ${emergency ? renderHeading(this.shownHeadingLevel, heading, { id: 'heading', part: 'heading' }) : nothing}
      <div class="top">
        <p part="message">
          ${msg('Someone may be able to see what you do on this computer or phone.', {
            id: 'safety-alert.monitoring',
          })}
          ${msg('Your browser history cannot be fully erased.', { id: 'safety-alert.history' })}
        </p>
        ${this.renderActions()}
      </div>
      ${emergency ? this.renderEmergency() : nothing} ${this.renderSteps()}
    </section>`;
  }

  private renderActions() {
    if (!this.quickExit && !this.canDismiss) return nothing;
    return html`<div part="actions">
      ${
        this.quickExit
          ? html`<button part="exit" type="button" class="exit" @click=${this.exit}>
              ${msg('Exit this page', { id: 'safety-alert.exit' })}
            </button>`
          : nothing
      }
      ${
        this.canDismiss
          ? html`<button part="dismiss" type="button" class="dismiss" @click=${this.dismiss}>
              ${msg('Hide this alert', { id: 'safety-alert.dismiss' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * The `emergency` variant's 911 line, from the dataset's emergency record,
   * with the note on call traces right after it (the first call link met).
   */
  private renderEmergency(): TemplateResult | typeof nothing {
    const emergency = datasetContacts(EMERGENCY_RESOURCE_ID, ['voice'], this.locale, this.localName);
    if (!emergency) return nothing;
    return html`<p part="emergency" class="emergency-line" data-resource=${emergency.id}>
        ${msg('If you are in danger:', { id: 'safety-alert.emergency-lead' })}
        ${emergency.contacts.map((contact) => renderContactLink(contactLink(contact, this.locale), 'contact'))}
      </p>
      ${renderCallTraceNote(this.traceNote)}`;
  }

  /**
   * The advocate the alert twice suggests talking with: the hotline's call,
   * TTY, text and chat, taken from the dataset (never written here), so a
   * corrected number reaches the alert too.
   */
  private renderAdvocate(emergency: boolean): TemplateResult | typeof nothing {
    const hotline = datasetContacts(ADVOCATE_HOTLINE_ID, HOTLINE_CHANNELS, this.locale, this.localName);
    if (!hotline) return nothing;
    return html`<div part="advocate" class="advocate" data-resource=${hotline.id}>
      <p>
        ${msg(str`To talk with an advocate, contact the ${hotline.name}:`, { id: 'safety-alert.advocate-contact' })}
      </p>
      <ul part="contacts" class="contacts" role="list">
        ${hotline.contacts.map((contact) => html`<li>${renderContactLink(contactLink(contact, this.locale))}</li>`)}
      </ul>
      ${emergency ? nothing : renderCallTraceNote(this.traceNote)}
    </div>`;
  }

  private renderSteps(): TemplateResult {
    const techSafety = this.techSafety;
    return html`<details part="details">
      <summary part="summary">${msg('Ways to lower the risk', { id: 'safety-alert.summary' })}</summary>
      <ul part="steps">
        <li>
          ${msg(
            "Consider using a safer device, one the person stalking you never had access to, such as a library computer or a trusted friend's phone.",
            { id: 'safety-alert.safer-device' },
          )}
        </li>
        <li>
          ${msg('If you use private (incognito) browsing, know that it does not stop monitoring software.', {
            id: 'safety-alert.private-browsing',
          })}
        </li>
        <li>
          ${msg('If you clear your history, consider deleting only the entries for this site, not all of it.', {
            id: 'safety-alert.clear-entries',
          })}
          ${msg('A sudden change can alert the person stalking you.', { id: 'safety-alert.sudden-change' })}
        </li>
        <li>
          ${msg('To find this page again, you can search for the name of this site from a safer device.', {
            id: 'safety-alert.come-back',
          })}
        </li>
        ${
          this.quickExit
            ? html`<li>
                ${msg('The exit button can help if someone walks in.', { id: 'safety-alert.exit-helps' })}
                ${msg('It does not clear your history or stop monitoring.', { id: 'safety-alert.exit-limits' })}
              </li>`
            : nothing
        }
        <li>
          ${msg('If the person stalking you seems to know too much, your devices or accounts may be monitored.', {
            id: 'safety-alert.knows-too-much',
          })}
          ${msg('Changing devices or accounts, or removing spy apps, can alert them.', {
            id: 'safety-alert.changes-alert',
          })}
          ${msg('Consider talking with an advocate first.', { id: 'safety-alert.advocate-first' })}
        </li>
      </ul>
      <p class="not-a-plan">
        ${msg('These are options, not a full safety plan. An advocate can help you make a plan.', {
          id: 'safety-alert.not-a-plan',
        })}
      </p>
      ${this.renderAdvocate(this.activeVariant === 'emergency')}
      ${
        techSafety
          ? html`<p class="more">
              ${msg('More about technology safety:', { id: 'safety-alert.more' })}
              <a
                part="link"
                href=${techSafety.href}
                hreflang=${techSafety.language ?? nothing}
                rel="noreferrer"
                data-resource=${techSafety.id}
                >${techSafety.name}${techSafety.languageNote ? ` ${techSafety.languageNote}` : ''}</a
              >${
                techSafety.verified
                  ? nothing
                  : html` <span data-unverified-note
                      >(${msg('details not yet confirmed', { id: 'safety-alert.unverified' })})</span
                    >`
              }
            </p>`
          : nothing
      }
    </details>`;
  }
}

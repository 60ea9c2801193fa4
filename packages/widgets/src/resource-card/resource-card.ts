import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { findDefaultResource, msg, warnIfStale, type Resource } from '@stalking-awareness/core';
import { contactLinkStyles } from '../shared/contact-links.js';
import { resourceActionFrom } from '../shared/contact-row.js';
import { HEADING_LEVELS } from '../shared/heading.js';
import {
  RESOURCE_CARD_VARIANTS,
  renderResourceCard,
  type ResourceCardOptions,
  type ResourceCardVariant,
} from '../shared/render-resource-card.js';
import { resourceCardHostStyles, resourceCardStyles } from '../shared/resource-card.styles.js';
import { resourceView, statusAt, type ResourceView } from '../shared/resource-view.js';
import { StatusRefresh } from '../shared/status-refresh.js';
import { HostValidation } from '../shared/host-validation.js';
import { CALL_TRACE_NOTE_VALUES, callTraceNoteStyles, type CallTraceNoteSetting } from '../shared/call-trace-note.js';
import { SaWidgetElement } from '../base/widget-element.js';

export type { ResourceActionDetail } from '../base/events.js';

/** What one render shows, derived in willUpdate. */
type Shown = ResourceCardOptions & { view: ResourceView };

/**
 * One help resource — a hotline, an advocacy organisation, a safety-planning
 * or legal-information site — with its name, purpose, ways to get in touch,
 * opening hours and where the facts came from.
 *
 * Contact actions are real links: `tel:` for voice and TTY lines, `sms:` with
 * the keyword as body, chat and web links with `rel="noopener noreferrer"` in
 * the same tab. A link's accessible name starts with its visible words, then
 * reads the number digit by digit in groups; what a line is for is part of its
 * link. Calls and texts leave traces on the phone, and the card says so once,
 * after its links (`call-trace-note`). Every URL goes through `safeUrl`; record text is only ever rendered as text.
 *
 * @tag sa-resource-card
 * @summary A sourced help resource with safe contact links, hours and open-now status.
 *
 * @fires {CustomEvent<ResourceActionDetail>} sa-resource-action - A contact link was used: `{ resourceId, channel }`. Nothing is sent anywhere; hosts may count it.
 *
 * @csspart card - The card's `<article>`.
 * @csspart name - The resource's name (a real heading, level from `heading-level`).
 * @csspart category - The category label.
 * @csspart description - The description (full variant only).
 * @csspart contacts - The list of contact actions.
 * @csspart contact - One contact action link.
 * @csspart contact-label - What a contact line is for, e.g. "Spanish: press 2", inside its link.
 * @csspart contact-also - After a link, what else the same number is for ("Spanish: press 2 · Veterans: press 1").
 * @csspart hours - The hours line.
 * @csspart open-status - "Open now" / "Closed now"; `data-state` is open, closed or unknown.
 * @csspart languages - The languages offered (full variant only).
 * @csspart notice - A calm note: service closed, details due for review.
 * @csspart call-trace-note - The note that calls and texts show up in the phone's history (see `call-trace-note`).
 * @csspart provenance - The line "Information checked <date>. <note> · Source".
 * @csspart provenance-note - The record's note: what could not be confirmed, or what else to know.
 * @csspart source - The Source link.
 * @csspart invalid - The message shown when the resource cannot be displayed.
 *
 * @cssprop --sa-resource-card-background - Card background.
 * @cssprop --sa-resource-card-border-color - Card and action border colour.
 * @cssprop --sa-resource-card-border-width - Card border width (default 1px).
 * @cssprop --sa-resource-card-radius - Corner radius.
 * @cssprop --sa-resource-card-padding - Inner spacing.
 * @cssprop --sa-resource-card-gap - Space between the card's lines.
 * @cssprop --sa-resource-card-heading-color - Name colour.
 * @cssprop --sa-resource-card-heading-size - Name font size.
 * @cssprop --sa-resource-card-muted-color - Category, labels and provenance text.
 * @cssprop --sa-resource-card-link-color - Contact and source link colour.
 * @cssprop --sa-resource-card-action-background - Background of contact actions.
 * @cssprop --sa-resource-card-notice-background - Background of notices.
 */
export class SaResourceCard extends SaWidgetElement {
  static override styles = [
    ...SaWidgetElement.styles,
    contactLinkStyles,
    callTraceNoteStyles,
    resourceCardStyles,
    resourceCardHostStyles,
  ];

  /** Id of a resource in the bundled dataset, e.g. `ndvh`. Ignored when `resource` is set. */
  @property({ attribute: 'resource-id', reflect: true }) resourceId?: string;

  /** A resource record (see the `Resource` type); validated before it is shown. */
  @property({ attribute: false }) resource?: Resource;

  /** Level of the name's heading, 1–6 (default 3): match the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** `full` (default) or `compact` (no description or languages, tighter spacing). */
  @property({ reflect: true }) variant: ResourceCardVariant = 'full';

  /** Hide the card when its record is past its review date. A warning is logged either way. */
  @property({ attribute: 'hide-stale', type: Boolean, reflect: true }) hideStale = false;

  /** The instant used for open-now and staleness; defaults to the current time. For tests and previews. */
  @property({ attribute: false }) now?: Date;

  /**
   * `off` hides the note that calls and texts show up in the phone's history.
   * On by default; only an explicit `off` hides it (see the docs before you do).
   */
  @property({ attribute: 'call-trace-note' }) callTraceNote: CallTraceNoteSetting = 'on';

  private record?: Resource;
  private problem?: 'invalid' | 'unknown-id';
  private view?: ResourceView;
  private shown?: Shown;
  private readonly statusRefresh = new StatusRefresh(this);
  /** A `resource` waits for the validator (a chunk of its own): nothing is shown until it is checked. */
  private readonly validation = new HostValidation(this, 'resource');

  constructor() {
    super();
    this.addEventListener('click', this.handleClick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('resource') || changed.has('resourceId')) this.resolveResource();
    const record = this.record;
    const now = this.now ?? new Date();
    const stale = record ? warnIfStale(record, now) : false;
    this.shown =
      record && !(stale && this.hideStale)
        ? {
            view: this.viewFor(record),
            now,
            stale,
            headingLevel: this.oneOf('heading-level', this.headingLevel, HEADING_LEVELS, 3),
            variant: this.oneOf('variant', this.variant, RESOURCE_CARD_VARIANTS, 'full'),
            callTraceNote: this.oneOf('call-trace-note', this.callTraceNote, CALL_TRACE_NOTE_VALUES, 'on'),
          }
        : undefined;
  }

  /** A host's record, checked or not yet (the bundled ones are 24/7): see SaWidgetElement. */
  protected override hostRecords() {
    return [this.resource];
  }

  protected override updated(): void {
    // On the live clock, render again when the line opens or closes.
    const record = this.shown && this.now === undefined && this.record?.status === 'active' ? this.record : undefined;
    this.statusRefresh.schedule(record ? statusAt(record, this.shown!.now)?.nextChange?.getTime() : undefined);
  }

  /** Resolves once a host's `resource` is validated and rendered, not just the current render. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.validation.settled(() => super.getUpdateComplete());
  }

  private resolveResource(): void {
    this.record = undefined;
    this.problem = undefined;
    this.view = undefined;
    if (this.resource !== undefined) {
      const validator = this.validation.get();
      if (!validator) return;
      const issues = validator.validateResource(this.resource);
      if (issues.length > 0) {
        const [first] = issues;
        const id = typeof (this.resource as { id?: unknown })?.id === 'string' ? `"${this.resource.id}" ` : '';
        this.warn('resource', `${id}cannot be shown: ${first?.path} ${first?.message}.`);
        this.problem = 'invalid';
        return;
      }
      this.record = this.resource;
    } else if (this.resourceId) {
      this.record = findDefaultResource(this.resourceId);
      if (!this.record) {
        this.warn('resource-id', `"${this.resourceId}" is not in the bundled dataset.`);
        this.problem = 'unknown-id';
      }
    }
  }

  private viewFor(resource: Resource): ResourceView {
    if (this.view?.resource !== resource || this.view.locale !== this.locale) {
      this.view = resourceView(resource, this.locale);
    }
    return this.view;
  }

  protected override render() {
    if (this.problem) {
      return html`<p part="invalid" class="card invalid" lang=${this.locale}>
        ${msg('This resource cannot be shown right now.', { id: 'resource-card.invalid' })}
      </p>`;
    }
    const shown = this.shown;
    if (!shown) return nothing;
    return html`<div lang=${this.locale}>${renderResourceCard(shown.view, shown)}</div>`;
  }

  private handleClick = (event: Event): void => {
    const action = resourceActionFrom(event);
    if (action) this.emit('sa-resource-action', action);
  };
}

import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, type OpenStatus, type ResourceStatus } from '@stalking-awareness/core';
import { categoryLabel } from './category-label.js';
import { renderContactRow } from './contact-row.js';
import { contactLink, renderContactLink } from './contact-links.js';
import { renderHeading, type HeadingLevel } from './heading.js';
import { openStatusText } from './open-status-text.js';
import { statusAt, type ResourceView } from './resource-view.js';
import { leavesPhoneTrace, renderCallTraceNote, type CallTraceNoteSetting } from './call-trace-note.js';
import { hoursNotListedText } from './open-status-text.js';
import { groupContacts, type ContactGroup } from './contact-groups.js';
import { renderTextWithNumbers } from './phone-text.js';

export type ResourceCardVariant = 'full' | 'compact';

/** The card variants, for `SaWidgetElement.oneOf`. */
export const RESOURCE_CARD_VARIANTS: readonly ResourceCardVariant[] = ['full', 'compact'];

export interface ResourceCardOptions {
  /** 2–6 renders a real `<hN>`; 1 is allowed but rarely right inside a page. */
  headingLevel: HeadingLevel;
  variant: ResourceCardVariant;
  now: Date;
  /** The record's `reviewBy` date has passed. */
  stale: boolean;
  /** `off` leaves out the note on call and text traces (a list shows it once for all its cards). */
  callTraceNote: CallTraceNoteSetting;
}

/**
 * The card's markup, shared by `sa-resource-card` and `sa-resource-list`: the
 * list renders these templates in its own shadow root instead of a thousand
 * nested elements, which keeps a long list fast. Every value goes through a
 * Lit text or attribute binding, so resource text can never become markup.
 */
export function renderResourceCard(view: ResourceView, options: ResourceCardOptions): TemplateResult {
  const resource = view.localized;
  const compact = options.variant === 'compact';
  // Three blocks (what it is, the actions, the details), so cards side by side line their actions up.
  return html`<article part="card" class=${compact ? 'card compact' : 'card'} data-resource-id=${resource.id}>
    <div class="card-head">
      ${renderHeading(options.headingLevel, resource.name, { part: 'name', className: 'name' })}
      <p part="category" class="category">${categoryLabel(resource.category)}</p>
      ${
        resource.status === 'active'
          ? nothing
          : html`<p part="notice" class="notice">${statusNotice(resource.status)}</p>`
      }
      ${
        compact
          ? nothing
          : html`<p part="description" class="description">${renderTextWithNumbers(resource.description)}</p>`
      }
    </div>
    ${
      view.contacts.length === 0
        ? nothing
        : html`<div class="card-actions">
            <ul part="contacts" class="contacts" role="list">
              ${groupContacts(view.contacts).map((group) => renderContact(group, view.locale))}
            </ul>
            ${leavesPhoneTrace(view.contacts) ? renderCallTraceNote(options.callTraceNote) : nothing}
          </div>`
    }
    <div class="card-meta">
      ${renderHours(view, resource.status === 'active' ? statusAt(view.resource, options.now) : undefined, options.now)}
      ${
        compact || !view.languagesText
          ? nothing
          : html`<p part="languages" class="languages">
              ${msg(str`Languages: ${view.languagesText}`, { id: 'resource-card.languages' })}
            </p>`
      }
      ${
        options.stale
          ? html`<p part="notice" class="notice">
              ${msg('These details are due to be checked again and may have changed.', { id: 'resource-card.stale' })}
            </p>`
          : nothing
      }
      ${renderProvenance(view)}
    </div>
  </article>`;
}

const CONTACT_ROW = { item: 'contact-item', link: 'contact' };

/** One action, and what the same number is also for ("Spanish: press 2 · Veterans: press 1"). */
function renderContact({ contact, also }: ContactGroup, locale: string): TemplateResult {
  if (also.length === 0) return renderContactRow(contact, CONTACT_ROW, locale);
  return html`<li class="contact-item">
    ${renderContactLink(contactLink(contact, locale), CONTACT_ROW.link)}<span part="contact-also" class="contact-also"
      >${also.join(' · ')}</span
    >
  </li>`;
}

function statusNotice(status: Exclude<ResourceStatus, 'active'>): string {
  switch (status) {
    case 'temporarily closed':
      return msg('Temporarily closed.', { id: 'resource-card.status.temporarily-closed' });
    case 'inactive':
      return msg('Not currently offering this service.', { id: 'resource-card.status.inactive' });
    case 'defunct':
      return msg('This service has closed.', { id: 'resource-card.status.defunct' });
  }
}

/** Channels whose use depends on opening hours; a web page is there whenever it is read. */
const TIMED_CHANNELS: ReadonlySet<string> = new Set(['voice', 'sms', 'textphone', 'videophone', 'chat']);

/**
 * True when the card should say its hours are not listed: a line someone may
 * call, text or chat with, whose record gives no hours. Never for emergency
 * records: "hours not listed" beside 911 could make someone hesitate.
 */
function hoursNotListed(view: ResourceView): boolean {
  const resource = view.resource;
  return (
    !view.hoursText &&
    resource.status === 'active' &&
    resource.category !== 'emergency' &&
    resource.contacts.some((contact) => TIMED_CHANNELS.has(contact.channel))
  );
}

function renderHours(view: ResourceView, status: OpenStatus | undefined, at: Date): TemplateResult | typeof nothing {
  if (hoursNotListed(view)) {
    // Unknown hours are never shown as closed: the line may well be open.
    return html`<p part="hours" class="hours">
      <span part="open-status" class="open-status" data-state="unknown">${hoursNotListedText().text}</span>
    </p>`;
  }
  if (!view.hoursText) return nothing;
  const state = status?.state ?? 'unknown';
  const now = status ? openStatusText(status, view.locale, at)?.text : undefined;
  return html`<p part="hours" class="hours">
    ${now ? html`<span part="open-status" class="open-status" data-state=${state}>${now}</span>` : nothing}
    ${
      status?.alwaysOpen
        ? nothing
        : html`<span class="hours-text">${msg(str`Hours: ${view.hoursText}`, { id: 'resource-card.hours' })}</span>`
    }
  </p>`;
}

/**
 * When the facts were checked, said as precisely as the source allows and no
 * more: a full date, a year, or that no date was recorded. Undefined for an
 * unconfirmed record without a note: a date beside "some details could not be
 * confirmed" would suggest the rest was.
 */
function checkedText(view: ResourceView): string | undefined {
  const { provenance } = view.localized;
  if (!provenance.verified && !provenance.note) return undefined;
  if (view.checkedOn) return msg(str`Information checked ${view.checkedOn}`, { id: 'resource-card.checked' });
  if (view.checkedIn) return msg(str`Information checked in ${view.checkedIn}`, { id: 'resource-card.checked-year' });
  return msg('Date checked not recorded', { id: 'resource-card.checked-unknown' });
}

/**
 * One honest status line: when the facts were checked, then the record's own
 * note (what could not be confirmed, or what else to know), then the source.
 * An unconfirmed record without a note says only that some details could not
 * be confirmed.
 */
function renderProvenance(view: ResourceView): TemplateResult {
  const { provenance, name } = view.localized;
  const checked = checkedText(view);
  const note =
    provenance.note ??
    (provenance.verified
      ? undefined
      : msg('Some details could not be confirmed at the source.', { id: 'resource-card.unverified' }));
  return html`<p part="provenance" class="provenance">
    ${checked ? html`<span>${checked}${note ? '.' : ''}</span>` : nothing}
    ${note ? html`<span part="provenance-note">${note}</span>` : nothing}
    ${
      view.sourceHref
        ? html`<span aria-hidden="true"> · </span
            ><a
              part="source"
              href=${view.sourceHref}
              rel="noopener noreferrer"
              aria-label=${msg(str`Source for ${name}`, { id: 'resource-card.source-for' })}
              >${msg('Source', { id: 'resource-card.source' })}</a
            >`
        : nothing
    }
  </p>`;
}

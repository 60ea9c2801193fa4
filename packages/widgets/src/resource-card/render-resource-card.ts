import { html, nothing, type TemplateResult } from 'lit';
import {
  msg,
  str,
  weekdayIfNotToday,
  type Contact,
  type OpenStatus,
  type ResourceStatus,
} from '@stalking-awareness/core';
import { contactLink, renderContactLink } from '../shared/contact-links.js';
import { leavesPhoneTrace, renderCallTraceNote, type CallTraceNoteSetting } from '../shared/call-trace-note.js';
import { categoryLabel } from './category-label.js';
import { withTimeArticle } from '../shared/time-article.js';
import { changeTimeText, statusAt, type ResourceView } from './resource-view.js';

export type ResourceCardVariant = 'full' | 'compact';

export interface ResourceCardOptions {
  /** 2–6 renders a real `<hN>`; 1 is allowed but rarely right inside a page. */
  headingLevel: number;
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
  return html`<article part="card" class=${compact ? 'card compact' : 'card'} data-resource-id=${resource.id}>
    ${renderHeading(options.headingLevel, resource.name)}
    <p part="category" class="category">${categoryLabel(resource.category)}</p>
    ${
      resource.status === 'active'
        ? nothing
        : html`<p part="notice" class="notice">${statusNotice(resource.status)}</p>`
    }
    ${compact ? nothing : html`<p part="description" class="description">${resource.description}</p>`}
    ${
      view.contacts.length === 0
        ? nothing
        : html`<ul part="contacts" class="contacts" role="list">
            ${view.contacts.map((contact) => renderContact(contact, view.locale))}
          </ul>`
    }
    ${leavesPhoneTrace(view.contacts) ? renderCallTraceNote(options.callTraceNote) : nothing}
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
  </article>`;
}

function renderContact(contact: Contact, locale: string): TemplateResult {
  // The link itself says what this number is for ("Spanish: press 2"), so links to one number get distinct names.
  return html`<li class="contact-item">${renderContactLink(contactLink(contact, locale))}</li>`;
}

function renderHeading(level: number, name: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="name" class="name">${name}</h1>`;
    case 2:
      return html`<h2 part="name" class="name">${name}</h2>`;
    case 4:
      return html`<h4 part="name" class="name">${name}</h4>`;
    case 5:
      return html`<h5 part="name" class="name">${name}</h5>`;
    case 6:
      return html`<h6 part="name" class="name">${name}</h6>`;
    default:
      return html`<h3 part="name" class="name">${name}</h3>`;
  }
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

/** "Open now, until 5 p.m. ET" — words, never colour alone; the day too when it is not today. */
function statusText(status: OpenStatus, locale: string, now: Date): string | undefined {
  if (status.alwaysOpen) return msg('Open now, 24 hours a day', { id: 'resource-card.open-always' });
  const { nextChange, timeZone } = status;
  const change =
    nextChange && timeZone ? withTimeArticle(changeTimeText(nextChange, timeZone, locale), locale) : undefined;
  const day = change && nextChange && timeZone ? weekdayIfNotToday(nextChange, now, timeZone, locale) : undefined;
  if (status.state === 'open') {
    if (!change) return msg('Open now', { id: 'resource-card.open' });
    return day
      ? msg(str`Open now, until ${day} at ${change}`, { id: 'resource-card.open-until-day' })
      : msg(str`Open now, until ${change}`, { id: 'resource-card.open-until' });
  }
  if (status.state === 'closed') {
    if (!change) return msg('Closed now', { id: 'resource-card.closed' });
    return day
      ? msg(str`Closed now, opens ${day} at ${change}`, { id: 'resource-card.closed-until-day' })
      : msg(str`Closed now, opens ${change}`, { id: 'resource-card.closed-until' });
  }
  return undefined;
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
      <span part="open-status" class="open-status" data-state="unknown"
        >${msg('Hours not listed', { id: 'resource-card.hours-unknown' })}</span
      >
    </p>`;
  }
  if (!view.hoursText) return nothing;
  const state = status?.state ?? 'unknown';
  const now = status ? statusText(status, view.locale, at) : undefined;
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

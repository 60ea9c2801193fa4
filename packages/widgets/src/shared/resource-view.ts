import {
  formatHours,
  formatTimeWithZone,
  localizeResource,
  openStatus,
  remember,
  safeUrl,
  type Contact,
  type Hours,
  type OpenStatus,
  type Resource,
} from '@stalking-awareness/core';
import { siteOf } from './contact-links.js';
import { formatDay, formatLanguages } from './locale-words.js';

/**
 * What a card shows for one resource in one locale, computed once: a list
 * re-renders its cards on every search keystroke, so nothing here is
 * recomputed per render. Only data lives here; words come from `msg()` at
 * render time, so string overrides apply at once.
 */
export interface ResourceView {
  /** The validated record as given. */
  readonly resource: Resource;
  /** The record with its `translations[locale]` applied. */
  readonly localized: Resource;
  readonly locale: string;
  /** The contacts to offer, plus the resource's own `url` when no contact already links to that site. */
  readonly contacts: readonly Contact[];
  readonly hoursText: string | undefined;
  readonly languagesText: string | undefined;
  /** The full date the source was checked, formatted ("March 3, 2026"); undefined when not recorded. */
  readonly checkedOn: string | undefined;
  /** The year alone, when the source was dated only by year: never shown as January 1. */
  readonly checkedIn: string | undefined;
  readonly sourceHref: string | null;
}

function withWebsite(resource: Resource): Contact[] {
  const contacts = [...resource.contacts];
  // A second "Website: stalkingawareness.org" button next to a contact that already links into that site
  // would be a repeated action (issue 20): the record's own page is one click away from there.
  const site = siteOf(resource.url);
  const linked = contacts.some(
    (contact) => contact.value === resource.url || (contact.channel === 'web' && siteOf(contact.value) === site),
  );
  if (resource.url && !linked) contacts.push({ channel: 'web', value: resource.url });
  return contacts;
}

// Many services share a schedule ("Mon–Fri 9–5 ET", "24/7"), and the hours
// functions build several Intl formatters per call, so their results are
// kept per distinct schedule. Keys are the schedule's JSON.
const scheduleKeys = new WeakMap<object, string>();
const hoursTexts = new Map<string, string>();
const statuses = new Map<string, { value: OpenStatus; from: number; until: number }>();
const changeTimes = new Map<string, string>();
/** Change instants grow with time: a page left open for weeks keeps at most this many. */
const MAX_REMEMBERED = 5000;

function keyOf(value: object): string {
  return remember(scheduleKeys, value, () => JSON.stringify(value));
}

function hoursText(hours: Hours, locale: string): string {
  return remember(hoursTexts, `${locale} ${keyOf(hours)}`, () => formatHours(hours, locale));
}

/** Prepares the view of a validated resource for `locale`. */
export function resourceView(resource: Resource, locale: string): ResourceView {
  const localized = localizeResource(resource, locale);
  return {
    resource,
    localized,
    locale,
    contacts: withWebsite(localized),
    hoursText: resource.hours ? hoursText(resource.hours, locale) : undefined,
    languagesText: resource.languages?.length ? formatLanguages(resource.languages, locale) : undefined,
    checkedOn: resource.provenance.verifiedOn ? formatDay(resource.provenance.verifiedOn, locale) : undefined,
    checkedIn: /^\d{4}$/.test(resource.provenance.verifiedOn ?? '') ? resource.provenance.verifiedOn : undefined,
    sourceHref: safeUrl(resource.provenance.source, {
      schemes: ['https:', 'http:'],
      context: `resource "${resource.id}" provenance.source`,
    }),
  };
}

/**
 * The open-now status at `now`, or undefined for a resource without hours.
 * A status holds from when it was computed until its `nextChange`, so it is
 * reused in between by every resource with the same schedule: re-rendering
 * or filtering a long list costs no time-zone arithmetic.
 */
export function statusAt(resource: Resource, now: Date): OpenStatus | undefined {
  if (!resource.hours) return undefined;
  const key = `${resource.status} ${keyOf(resource.hours)}`;
  const time = now.getTime();
  const cached = statuses.get(key);
  if (cached && time >= cached.from && time < cached.until) return cached.value;
  const value = openStatus(resource, now);
  const fixed = value.alwaysOpen || value.state === 'unknown';
  statuses.set(key, {
    value,
    from: fixed ? -Infinity : time,
    until: value.nextChange?.getTime() ?? (fixed ? Infinity : time),
  });
  return value;
}

/** `formatTimeWithZone`, kept per instant, zone and locale (many lines close at the same moment). */
export function changeTimeText(date: Date, timeZone: string, locale: string): string {
  return remember(
    changeTimes,
    `${date.getTime()} ${timeZone} ${locale}`,
    () => formatTimeWithZone(date, timeZone, locale),
    MAX_REMEMBERED,
  );
}

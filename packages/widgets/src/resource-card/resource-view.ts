import {
  formatHours,
  localizeResource,
  openStatus,
  safeUrl,
  type Contact,
  type OpenStatus,
  type Resource,
} from '@stalking-awareness/core';
import { formatDay, formatLanguages } from './intl-cache.js';

/**
 * What a card shows for one resource in one locale, computed once: the list
 * renders hundreds of cards and re-renders them on every search keystroke,
 * so nothing here is recomputed per render. Only data lives here; words come
 * from `msg()` at render time, so string overrides apply at once.
 */
export interface ResourceView {
  /** The validated record as given. */
  readonly resource: Resource;
  /** The record with its `translations[locale]` applied. */
  readonly localized: Resource;
  readonly locale: string;
  /** The contacts to offer, plus the resource's own `url` when no contact already links there. */
  readonly contacts: readonly Contact[];
  readonly hoursText: string | undefined;
  readonly languagesText: string | undefined;
  readonly checkedOn: string | undefined;
  readonly sourceHref: string | null;
  /** Open-now status, reused until its next change (see {@link statusAt}). */
  status?: { value: OpenStatus; from: number; until: number };
}

function withWebsite(resource: Resource): Contact[] {
  const contacts = [...resource.contacts];
  if (resource.url && !contacts.some((contact) => contact.value === resource.url)) {
    contacts.push({ channel: 'web', value: resource.url });
  }
  return contacts;
}

/** Prepares the view of a validated resource for `locale`. */
export function resourceView(resource: Resource, locale: string): ResourceView {
  const localized = localizeResource(resource, locale);
  return {
    resource,
    localized,
    locale,
    contacts: withWebsite(localized),
    hoursText: resource.hours ? formatHours(resource.hours, locale) : undefined,
    languagesText: resource.languages?.length ? formatLanguages(resource.languages, locale) : undefined,
    checkedOn: formatDay(resource.provenance.verifiedOn, locale),
    sourceHref: safeUrl(resource.provenance.source, {
      schemes: ['https:', 'http:'],
      context: `resource "${resource.id}" provenance.source`,
    }),
  };
}

/**
 * The open-now status at `now`. A status holds until its `nextChange`, so it
 * is cached until then: re-rendering a long list costs no time-zone maths.
 */
export function statusAt(view: ResourceView, now: Date): OpenStatus | undefined {
  if (!view.resource.hours) return undefined;
  const time = now.getTime();
  const cached = view.status;
  if (cached && time >= cached.from && time < cached.until) return cached.value;
  const value = openStatus(view.resource, now);
  const until = value.nextChange?.getTime() ?? (value.alwaysOpen || value.state === 'unknown' ? Infinity : time);
  view.status = { value, from: time, until };
  return value;
}

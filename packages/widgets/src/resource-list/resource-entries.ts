import {
  RESOURCE_CATEGORIES,
  localizeResource,
  warnIfStale,
  type Resource,
  type ResourceCategory,
} from '@stalking-awareness/core';
import { categoryLabel } from '../shared/category-label.js';
import { resourceView, statusAt, type ResourceView } from '../shared/resource-view.js';
import { foldForSearch } from './search-text.js';

/**
 * One resource of a list in the list's locale. Everything costly is built on
 * first need and kept: the card's view only when the card is first shown
 * (a list of 1,000 shows a page at a time), the search text on first search.
 */
export interface Entry {
  readonly resource: Resource;
  readonly locale: string;
  view?: ResourceView;
  index?: string;
  stale?: boolean;
  staleOn?: string;
}

export function createEntries(resources: readonly Resource[], locale: string): Entry[] {
  return resources.map((resource) => ({ resource, locale }));
}

export function entryView(entry: Entry): ResourceView {
  entry.view ??= resourceView(entry.resource, entry.locale);
  return entry.view;
}

/**
 * Folded text of everything a reader might search for, in both the reader's
 * language and the record's own, so either finds it. Call inside a render
 * (the category label comes from `msg()`).
 */
export function entryIndex(entry: Entry): string {
  if (entry.index === undefined) {
    const { resource } = entry;
    const localized = entry.view?.localized ?? localizeResource(resource, entry.locale);
    const parts = [
      localized.name,
      localized.description,
      resource.name,
      resource.description,
      categoryLabel(resource.category),
    ];
    localized.contacts.forEach((contact) =>
      parts.push(contact.display ?? '', contact.shortCode ?? '', contact.keyword ?? '', contact.label ?? ''),
    );
    entry.index = foldForSearch(parts.join('\n'));
  }
  return entry.index;
}

/** Past its review date on `now`'s day? Warns (once) when it is; rechecked only when the day changes. */
export function entryStale(entry: Entry, now: Date): boolean {
  const day = now.toISOString().slice(0, 10);
  if (entry.staleOn !== day) {
    entry.stale = warnIfStale(entry.resource, now);
    entry.staleOn = day;
  }
  return entry.stale!;
}

/**
 * Kept by the open-now filter at `now`? The filter hides only what is known
 * to be closed: an active emergency record, a 24/7 line and a record whose
 * hours are not listed stay, so help that is there is never hidden at night.
 * A service that is not active (temporarily closed, inactive, defunct) goes.
 */
export function entryNotKnownClosed(entry: Entry, now: Date): boolean {
  const { resource } = entry;
  if (resource.status !== 'active') return false;
  if (resource.category === 'emergency') return true;
  return statusAt(resource, now)?.state !== 'closed';
}

/** Results per category (among `searched`) for each category present in `base`, in canonical order. */
export function countByCategory(base: readonly Entry[], searched: readonly Entry[]): Array<[ResourceCategory, number]> {
  const counts = new Map<ResourceCategory, number>();
  for (const entry of base) counts.set(entry.resource.category, 0);
  for (const entry of searched) counts.set(entry.resource.category, (counts.get(entry.resource.category) ?? 0) + 1);
  return RESOURCE_CATEGORIES.filter((category) => counts.has(category)).map((category) => [
    category,
    counts.get(category) ?? 0,
  ]);
}

import type { OpenStatus, Resource, ResourceCategory } from '@stalking-awareness/core';
import { statusAt, type ResourceView } from '../shared/resource-view.js';
import type { CategoryChoice } from './resource-list-controls.js';
import {
  countByCategory,
  entryIndex,
  entryNotKnownClosed,
  entryStale,
  entryView,
  type Entry,
} from './resource-entries.js';
import { matchesTerms, queryTerms } from './search-text.js';

export interface ShownCard {
  id: string;
  view: ResourceView;
  status: OpenStatus | undefined;
  stale: boolean;
}

/** What a reader and a host asked the list to show. */
export interface EntryFilters {
  now: Date;
  /** The host's `categories`, parsed; undefined for all. */
  categories: ReadonlySet<ResourceCategory> | undefined;
  hideStale: boolean;
  /** Records the page's hotline banner already shows. */
  bannerIds: ReadonlySet<string>;
  query: string;
  openNowOnly: boolean;
  category: CategoryChoice;
  /** The category filter is shown: count the matches per category. */
  categoryFilter: boolean;
  /** How many cards to show. */
  limit: number;
}

export interface SelectedEntries {
  now: Date;
  limit: number;
  /** Entries the search and open-now filter leave, before the category choice (for the category counts). */
  searched: readonly Entry[];
  counts: Array<[Resource['category'], number]>;
  matching: number;
  filtering: boolean;
  cards: ShownCard[];
  /** Earliest open/closed change among the statuses used, for the refresh timer. */
  nextChange?: number;
}

/**
 * The entries a list shows at `filters.now`: the host's choice of categories, stale
 * and banner records left out, then the reader's search, open-now filter and
 * category, and the first `limit` as cards. Call inside a render (search
 * text holds category labels from `msg()`).
 */
export function selectEntries(entries: readonly Entry[], filters: EntryFilters): SelectedEntries {
  let nextChange: number | undefined;
  const noteChange = (status: OpenStatus | undefined) => {
    const time = status?.nextChange?.getTime();
    if (time !== undefined && (nextChange === undefined || time < nextChange)) nextChange = time;
  };
  const { now, categories, category, openNowOnly, limit } = filters;
  const base = entries.filter(
    (entry) =>
      (!categories || categories.has(entry.resource.category)) &&
      !(entryStale(entry, now) && filters.hideStale) &&
      !filters.bannerIds.has(entry.resource.id),
  );
  const terms = queryTerms(filters.query);
  // The open-now filter's result changes when a status does: note those changes too.
  const openNow = (entry: Entry) => {
    noteChange(statusAt(entry.resource, now));
    return entryNotKnownClosed(entry, now);
  };
  const searched =
    terms.length === 0 && !openNowOnly
      ? base
      : base.filter(
          (entry) => (terms.length === 0 || matchesTerms(entryIndex(entry), terms)) && (!openNowOnly || openNow(entry)),
        );
  const matching = category === 'all' ? searched : searched.filter((entry) => entry.resource.category === category);
  const cards = (matching.length > limit ? matching.slice(0, limit) : matching).map((entry) => {
    const status = statusAt(entry.resource, now);
    noteChange(status);
    return { id: entry.resource.id, view: entryView(entry), status, stale: entryStale(entry, now) };
  });
  return {
    now,
    limit,
    searched,
    counts: filters.categoryFilter ? countByCategory(base, searched) : [],
    matching: matching.length,
    filtering: terms.length > 0 || openNowOnly || category !== 'all',
    cards,
    nextChange,
  };
}

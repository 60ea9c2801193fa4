import { warnOnceGathered } from '../warn.js';
import type { Resource } from './types.js';

function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * True once the record's `reviewBy` date has passed: its facts may be out of
 * date. A record without `reviewBy` (imported data that never said when it was
 * checked) makes no claim either way and is not called stale.
 */
export function isStale(resource: Resource, now: Date = new Date()): boolean {
  const reviewBy = resource.provenance.reviewBy;
  return reviewBy !== undefined && utcDay(now) > reviewBy;
}

/**
 * Warns once when the record is stale, so the host sees that a hotline's
 * details are due to be checked again; the records found stale in one render
 * share one console warning. Returns `isStale`.
 */
export function warnIfStale(resource: Resource, now: Date = new Date()): boolean {
  const stale = isStale(resource, now);
  if (stale) {
    warnOnceGathered(
      `Resource "${resource.id}" was due for review on ${resource.provenance.reviewBy}; ` +
        `check its details against ${resource.provenance.source}.`,
    );
  }
  return stale;
}

import { findDefaultResource, validateResource, warnOnce, type Resource } from '@stalking-awareness/core';
import { bannerContacts } from './hotline-line.js';

/** The bundled National Domestic Violence Hotline: the line shown when nothing else can be. */
export const DEFAULT_HOTLINE_ID = 'ndvh';

/** Parses `resource-ids`: ids separated by spaces and/or commas. */
export function parseIds(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

export interface HotlineSources {
  /** The `resource` property. */
  resource: unknown;
  /** Ids asked for (`resource-ids`, else `resource-id`), empty when the host named none. */
  ids: string[];
  /** Valid records loaded from `src`; undefined while nothing was loaded. */
  loaded: readonly Resource[] | undefined;
}

/**
 * A record the banner may show: a live line with something to call, text or
 * chat. SPARC, for one, says it is not a helpline; it must never be presented
 * as one, whatever a host configures.
 */
function isHotline(resource: Resource, field: string): boolean {
  if (resource.status === 'defunct' || resource.status === 'inactive') {
    warnOnce(`<sa-hotline-banner> ${field}: "${resource.id}" is ${resource.status}; it is not shown.`);
    return false;
  }
  if (bannerContacts(resource).length === 0) {
    warnOnce(`<sa-hotline-banner> ${field}: "${resource.id}" has no phone, text or chat contact; it is not shown.`);
    return false;
  }
  return true;
}

function fromProperty(value: unknown): Resource | undefined {
  if (value === undefined || value === null) return undefined;
  const issues = validateResource(value, '$');
  if (issues.length === 0) return value as Resource;
  const first = issues[0]!;
  warnOnce(
    `<sa-hotline-banner> resource${first.id ? ` "${first.id}"` : ''} is invalid at ${first.path}: ${first.message}; showing the default hotline.`,
  );
  return undefined;
}

/** Each asked id, from `src` when it has it, else from the bundled dataset. */
function byIds(ids: string[], loaded: readonly Resource[] | undefined): Resource[] {
  return ids.flatMap((id) => {
    const found = loaded?.find((record) => record.id === id) ?? findDefaultResource(id);
    if (!found) warnOnce(`<sa-hotline-banner> resource-id "${id}" is not in src or the bundled dataset.`);
    return found && isHotline(found, 'resource-id') ? [found] : [];
  });
}

/**
 * Decides which hotlines to show, in this order: the `resource` property;
 * the asked ids (`resource-ids`/`resource-id`), each taken from `src` when
 * it has that record (a host's fresher number wins) and otherwise from the
 * bundled dataset; with no id asked, every usable record in `src`. When none
 * of these yields a usable line, the bundled default hotline: a banner that
 * exists to put help one tap away must never end up empty.
 */
export function selectHotlines({ resource, ids, loaded }: HotlineSources): Resource[] {
  const given = fromProperty(resource);
  if (given && isHotline(given, 'resource')) return [given];

  if (ids.length === 0 && loaded && loaded.length > 0) {
    const usable = loaded.filter((record) => isHotline(record, 'src'));
    if (usable.length) return usable;
    warnOnce('<sa-hotline-banner> src has no usable hotline; showing the bundled one.');
  }

  const asked = byIds(ids.length ? ids : [DEFAULT_HOTLINE_ID], loaded);
  if (asked.length) return asked;
  const fallback = findDefaultResource(DEFAULT_HOTLINE_ID);
  return fallback ? [fallback] : [];
}

import { findDefaultResource, type Resource } from '@stalking-awareness/core';
import type { Validator } from '../shared/host-validation.js';
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

/** Reports bad host input under the element's own tag: `SaWidgetElement.warn`. */
export type Warn = (field: string, message: string) => void;

export interface HotlineSources {
  /** The `resource` property. */
  resource: unknown;
  /** The validator, undefined while it loads: until then the `resource` property is not used. */
  validator: Validator | undefined;
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
function isHotline(resource: Resource, field: string, warn: Warn): boolean {
  if (resource.status === 'defunct' || resource.status === 'inactive') {
    warn(`${field}:`, `"${resource.id}" is ${resource.status}; it is not shown.`);
    return false;
  }
  if (bannerContacts(resource).length === 0) {
    warn(`${field}:`, `"${resource.id}" has no phone, text or chat contact; it is not shown.`);
    return false;
  }
  return true;
}

function fromProperty(value: unknown, validator: Validator | undefined, warn: Warn): Resource | undefined {
  if (value === undefined || value === null || !validator) return undefined;
  const issues = validator.validateResource(value, '$');
  if (issues.length === 0) return value as Resource;
  const first = issues[0]!;
  warn(
    'resource',
    `${first.id ? `"${first.id}" ` : ''}is invalid at ${first.path}: ${first.message}; showing the default hotline.`,
  );
  return undefined;
}

/** Each asked id, from `src` when it has it, else from the bundled dataset. */
function byIds(ids: string[], loaded: readonly Resource[] | undefined, warn: Warn): Resource[] {
  return ids.flatMap((id) => {
    const found = loaded?.find((record) => record.id === id) ?? findDefaultResource(id);
    if (!found) warn('resource-id', `"${id}" is not in src or the bundled dataset.`);
    return found && isHotline(found, 'resource-id', warn) ? [found] : [];
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
export function selectHotlines({ resource, validator, ids, loaded }: HotlineSources, warn: Warn): Resource[] {
  const given = fromProperty(resource, validator, warn);
  if (given && isHotline(given, 'resource', warn)) return [given];

  if (ids.length === 0 && loaded && loaded.length > 0) {
    const usable = loaded.filter((record) => isHotline(record, 'src', warn));
    if (usable.length) return usable;
    warn('src', 'has no usable hotline; showing the bundled one.');
  }

  const asked = byIds(ids.length ? ids : [DEFAULT_HOTLINE_ID], loaded, warn);
  if (asked.length) return asked;
  const fallback = findDefaultResource(DEFAULT_HOTLINE_ID);
  return fallback ? [fallback] : [];
}

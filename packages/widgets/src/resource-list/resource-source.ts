import {
  RESOURCE_CATEGORIES,
  defaultResources,
  loadResources,
  type Resource,
  type ResourceCategory,
  type ValidationIssue,
} from '@stalking-awareness/core';
import type { Validator } from '../shared/host-validation.js';

/**
 * The resources a list shows and how it got them. When a host's data cannot
 * be used, `failure` says why and `resources` holds the bundled dataset, so a
 * reader is never left with nothing.
 */
export interface ResourceSource {
  readonly resources: readonly Resource[];
  /** Records skipped as invalid (each has logged its own warning). */
  readonly skipped: number;
  /** `load`: `src` could not be fetched or parsed. `invalid`: the data held no usable record. */
  readonly failure?: 'load' | 'invalid';
}

/** Reports bad host input under the element's own tag: `SaWidgetElement.warn`. */
export type Warn = (field: string, message: string) => void;

export const BUNDLED_SOURCE: ResourceSource = { resources: defaultResources, skipped: 0 };

/** Counts records, not problems: one record can have several issues. */
function skippedRecords(issues: readonly ValidationIssue[]): number {
  return new Set(issues.map((issue) => /^\$\[\d+\]/.exec(issue.path)?.[0] ?? issue.path)).size;
}

/** Skipped records are reported under the element's own tag and the field the data came through. */
const reportAs = (field: string, warn: Warn) => (message: string) => warn(field, message);

function fromValidation(
  result: { resources: Resource[]; issues: ValidationIssue[] },
  field: string,
  warn: Warn,
): ResourceSource {
  if (result.resources.length === 0 && result.issues.length > 0) {
    // Each record's problem is already reported above, under the same tag and field.
    warn(field, 'holds no valid resource; showing the bundled resources instead.');
    return { ...BUNDLED_SOURCE, failure: 'invalid' };
  }
  return { resources: result.resources, skipped: skippedRecords(result.issues) };
}

/** Validates resources a host set as a property (an array of `Resource`). */
export function sourceFromProperty(input: unknown, validator: Validator, warn: Warn): ResourceSource {
  return fromValidation(validator.validateResources(input, { warn: reportAs('resources', warn) }), 'resources', warn);
}

/**
 * Fetches a host's JSON (resources or HSDS). Setting `src` is the host's
 * opt-in to this one request; nothing else is ever fetched. An unsafe URL
 * is refused by `loadResources`, like any other failure. Never rejects.
 */
export async function sourceFromUrl(src: string, warn: Warn): Promise<ResourceSource> {
  try {
    return fromValidation(await loadResources(src, { warn: reportAs('src', warn) }), 'src', warn);
  } catch (error) {
    warn(
      'could not load src',
      `"${src}" (${(error as Error)?.message ?? String(error)}); showing the bundled resources instead.`,
    );
    return { ...BUNDLED_SOURCE, failure: 'load' };
  }
}

/**
 * Parses the `categories` attribute (comma- or space-separated). Unknown
 * names are reported and ignored; undefined means "every category".
 */
export function parseCategories(value: string | undefined, warn: Warn): ReadonlySet<ResourceCategory> | undefined {
  if (!value?.trim()) return undefined;
  const chosen = new Set<ResourceCategory>();
  for (const name of value.split(/[\s,]+/).filter(Boolean)) {
    if ((RESOURCE_CATEGORIES as readonly string[]).includes(name)) chosen.add(name as ResourceCategory);
    else warn('categories', `"${name}" is not one of ${RESOURCE_CATEGORIES.join(', ')}; ignored.`);
  }
  return chosen.size > 0 ? chosen : undefined;
}

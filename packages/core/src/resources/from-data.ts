import { fromHsds, isHsdsPage, looksLikeHsdsService } from './hsds.js';
import type { Resource } from './types.js';
import { validateResources, type ValidationIssue, type ValidationWarning } from './validate.js';

export interface ResourceDataOptions {
  /** Where the data came from, recorded as the source of HSDS records. */
  source?: string;
  warn?: ValidationWarning;
}

/**
 * Parsed JSON of any supported shape — a Resource array, one Resource, one
 * HSDS service, an array of them, or the HSDS paginated list — turned into
 * validated resources. Shared by `loadResources` and the `sa-validate` CLI so
 * a partner's CI checks exactly what the browser will accept.
 */
export function resourcesFromData(
  data: unknown,
  options: ResourceDataOptions = {},
): { resources: Resource[]; issues: ValidationIssue[] } {
  const items = isHsdsPage(data) ? data.contents : Array.isArray(data) ? data : [data];
  const hsdsOptions = options.source === undefined ? {} : { source: options.source };
  const records = items.flatMap((item) => (looksLikeHsdsService(item) ? fromHsds(item, hsdsOptions) : [item]));
  return validateResources(records, options.warn === undefined ? {} : { warn: options.warn });
}

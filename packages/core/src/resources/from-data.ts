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

/**
 * The request and reading of {@link loadResources} (which checks the URL
 * first): no cookies or credentials, no referrer (which would tell the data
 * host which page a person was reading), never written to the HTTP cache.
 */
export async function fetchResources(
  url: string,
  options: { warn?: ValidationWarning } = {},
): Promise<{ resources: Resource[]; issues: ValidationIssue[] }> {
  const response = await fetch(url, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    mode: 'cors',
  });
  if (!response.ok) throw new Error(`Resource data at ${url} could not be loaded (HTTP ${response.status}).`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new Error(`Resource data at ${url} is not valid JSON.`);
  }
  return resourcesFromData(data, { source: url, ...options });
}

import { safeUrl } from '../url/safe-url.js';
import type { Resource } from './types.js';
import type { ValidationIssue, ValidationWarning } from './validate.js';

/**
 * Fetches resource data from a URL the host set (setting it is the host's
 * opt-in to a network request) and validates it. Accepts a Resource array,
 * HSDS service(s) or an HSDS paginated list. Rejects on an unsafe URL, a
 * network or HTTP failure, or a body that is not JSON.
 *
 * The request carries no cookies or credentials, no referrer (which would tell
 * the data host which page a person was reading) and is never written to the
 * HTTP cache, where it could later be found on a shared or watched device.
 */
export async function loadResources(
  src: string,
  options: { warn?: ValidationWarning } = {},
): Promise<{ resources: Resource[]; issues: ValidationIssue[] }> {
  const url = safeUrl(src, { schemes: ['https:', 'http:'], context: 'resource data src' });
  if (url === null)
    throw new Error(`Resource data URL ${JSON.stringify(String(src).slice(0, 120))} is not a safe http(s) URL.`);
  // Loaded only when a host gives a src, so the HSDS adapter stays out of the
  // main bundle; fetched alongside the data rather than after it.
  const adapter = import('./from-data.js');
  adapter.catch(() => undefined); // reported below, if the data itself arrives
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
  const { resourcesFromData } = await adapter;
  return resourcesFromData(data, { source: url, ...options });
}

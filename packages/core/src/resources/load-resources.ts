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
  // Fetching and reading the data (with the HSDS adapter) load only when a
  // host gives a src: most pages use the bundled records and never need them.
  const { fetchResources } = await import('./from-data.js');
  return fetchResources(url, options);
}

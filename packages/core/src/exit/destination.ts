import { safeUrl } from '../url/safe-url.js';
import { warnOnce } from '../warn.js';

/**
 * Where an exit goes when the host gives no usable destination: a neutral
 * page with no sign-in and no personalisation, so it reveals nothing about
 * the person and looks ordinary on screen.
 */
export const DEFAULT_EXIT_DESTINATION = 'https://www.weather.gov/';

const EXIT_SCHEMES = ['https:', 'http:'] as const;

/**
 * The destination to exit to: `value` when it is an http(s) URL without
 * credentials, else {@link DEFAULT_EXIT_DESTINATION} (safeUrl warns once,
 * naming `field`). An exit must always have somewhere to go. A destination on
 * this very site is used as given, with a warning: it keeps the person on
 * the site they are trying to hide.
 */
export function exitDestination(value: unknown, field = 'exit destination'): string {
  if (value === undefined || value === null || value === '') return DEFAULT_EXIT_DESTINATION;
  const url = safeUrl(value, { schemes: EXIT_SCHEMES, context: `${field}; using ${DEFAULT_EXIT_DESTINATION} instead` });
  if (!url) return DEFAULT_EXIT_DESTINATION;
  if (typeof location !== 'undefined' && new URL(url).origin === location.origin) {
    warnOnce(
      `${field} ${url} is on this site: an exit should leave for a neutral site such as ${DEFAULT_EXIT_DESTINATION}.`,
    );
  }
  return url;
}

import { safeWebUrl } from '../url/safe-url.js';
import { warnOnce } from '../warn.js';

/**
 * Where an exit goes when the host gives no usable destination: a neutral
 * page with no sign-in and no personalisation, so it reveals nothing about
 * the person and looks ordinary on screen.
 */
export const DEFAULT_EXIT_DESTINATION = 'https://www.weather.gov/';

/**
 * The destination to exit to: `value` when it is an http(s) URL without
 * credentials, else {@link DEFAULT_EXIT_DESTINATION} (safeWebUrl warns once,
 * naming `field`). An exit must always have somewhere to go. A destination on
 * this very site is used as given, with a warning: it keeps the person on
 * the site they are trying to hide.
 */
export function exitDestination(value: unknown, field = 'exit destination'): string {
  if (value === undefined || value === null || value === '') return DEFAULT_EXIT_DESTINATION;
  const url = safeWebUrl(value, `${field}; using ${DEFAULT_EXIT_DESTINATION} instead`);
  if (!url) return DEFAULT_EXIT_DESTINATION;
  if (typeof location !== 'undefined' && new URL(url).origin === location.origin) {
    warnOnce(
      `${field} ${url} is on this site: an exit should leave for a neutral site such as ${DEFAULT_EXIT_DESTINATION}.`,
    );
  }
  return url;
}

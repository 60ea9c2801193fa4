import { safeUrl } from '../url/safe-url.js';

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
 * naming `field`). An exit must always have somewhere to go.
 */
export function exitDestination(value: unknown, field = 'exit destination'): string {
  if (value === undefined || value === null || value === '') return DEFAULT_EXIT_DESTINATION;
  return (
    safeUrl(value, { schemes: EXIT_SCHEMES, context: `${field}; using ${DEFAULT_EXIT_DESTINATION} instead` }) ??
    DEFAULT_EXIT_DESTINATION
  );
}

import { parseLocalDate, remember } from '@stalking-awareness/core';

/**
 * Intl objects are costly to build (tens of microseconds each) and a list
 * renders hundreds of cards, so each formatter is built once per locale.
 * Dates always go through Intl (an element that shows one warms ICU up
 * first: see intl-warm-up.ts); language names, lists and plurals are in
 * locale-words.ts.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a `YYYY-MM-DD` day in the reader's locale ("March 3, 2026",
 * "3 de marzo de 2026"). The day is a calendar date, not an instant, so it is
 * read and printed in UTC to keep it from shifting by a day. Undefined for
 * anything that is not a real date (2026-02-30 included: core's
 * `parseLocalDate` is the one parser).
 */
export function formatDay(day: string, locale: string): string | undefined {
  const date = parseLocalDate(day);
  if (!date) return undefined;
  const format = remember(
    dateFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  );
  return format.format(date);
}

import { parseLocalDate, remember } from '@stalking-awareness/core';

/**
 * Intl objects are costly to build (tens of microseconds each) and a list
 * renders hundreds of cards, so each formatter is built once per locale.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames | null>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

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

/** Language names in the reader's language: `['en', 'es']` → "English and Spanish" / "inglés y español". */
export function formatLanguages(tags: readonly string[], locale: string): string {
  const names = remember(languageNames, locale, () => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    } catch {
      return null;
    }
  });
  const shown = tags.map((tag) => {
    try {
      return names?.of(tag) ?? tag;
    } catch {
      return tag; // not a well-formed BCP 47 tag: show it as written
    }
  });
  const list = remember(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }));
  return list.format(shown);
}

/** `one` / `other` (…) plural category of `count` in `locale`. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return remember(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
}

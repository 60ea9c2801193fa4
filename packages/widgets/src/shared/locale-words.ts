import { parseLocalDate, remember } from '@stalking-awareness/core';

/**
 * Language names, list joining, plural categories and dates. In English and
 * Spanish (the widgets' own languages) they come from the small tables and
 * rules below, which give exactly what Chromium's Intl gives (checked entry
 * by entry in test/locale-words.test.ts): the first Intl object a page
 * builds loads ICU's data, 15–25 ms of main thread, and the README's agency
 * page needed it for four words (issue 14). Any other locale (a host's
 * `es-MX` strings included) and any tag not in the table ask Intl, built
 * once per locale.
 */

type TableLanguage = 0 | 1;

/** Index in {@link LANGUAGE_NAMES}' pairs: only the exact locales `en` and `es`; regional variants may name languages differently. */
function tableLanguage(locale: string): TableLanguage | undefined {
  return locale === 'en' ? 0 : locale === 'es' ? 1 : undefined;
}

/**
 * `tag: [English, Spanish]` as `Intl.DisplayNames` names it: the bundled
 * dataset's languages (every name is bytes on every page; others ask Intl).
 * Keys are lowercase: DisplayNames reads tags case-blind.
 */
const LANGUAGE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  en: ['English', 'inglés'],
  es: ['Spanish', 'español'],
};

/** The tags {@link languageName} answers without Intl. */
export const TABLE_LANGUAGE_TAGS: readonly string[] = Object.keys(LANGUAGE_NAMES);

const displayNames = new Map<string, Intl.DisplayNames | null>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The language's name in the reader's language ("English", "inglés"); the tag as written when it has none. */
export function languageName(tag: string, locale: string): string {
  const language = tableLanguage(locale);
  // "constructor" and the like find Object's own members, never a string: Intl names those.
  const known = language === undefined ? undefined : LANGUAGE_NAMES[tag.toLowerCase()]?.[language];
  if (typeof known === 'string') return known;
  const names = remember(displayNames, locale, () => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    } catch {
      return null;
    }
  });
  try {
    return names?.of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed BCP 47 tag: show it as written
  }
}

/**
 * Spanish writes "e" for "y" before an /i/ sound ("español e inglés"), as
 * ICU does: a word starting with "i", or "hi" not followed by "a" or "e"
 * ("hielo" keeps "y").
 */
const SPANISH_E = /^(?:i|hi(?![ae]))/i;

/** "A, B, and C" / "A, B y C": a conjunction list, as `Intl.ListFormat` (long) writes it. */
export function formatList(items: readonly string[], locale: string): string {
  const language = tableLanguage(locale);
  if (language === undefined) {
    return remember(
      listFormats,
      locale,
      () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }),
    ).format(items);
  }
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  const head = items.slice(0, -1).join(', ');
  if (language === 1) return `${head} ${SPANISH_E.test(last) ? 'e' : 'y'} ${last}`;
  return `${head}${items.length > 2 ? ',' : ''} and ${last}`;
}

/** Language names in the reader's language: `['en', 'es']` → "English and Spanish" / "inglés y español". */
export function formatLanguages(tags: readonly string[], locale: string): string {
  return formatList(
    tags.map((tag) => languageName(tag, locale)),
    locale,
  );
}

/**
 * `one` / `many` / `other` plural category of `count`, as `Intl.PluralRules`
 * gives it. English and Spanish whole numbers by CLDR's rules: "one" for 1
 * (and −1); Spanish "many" for non-zero multiples of a million.
 */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  const language = tableLanguage(locale);
  if (language === undefined || !Number.isSafeInteger(count)) {
    return remember(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  }
  const whole = Math.abs(count);
  if (whole === 1) return 'one';
  return language === 1 && whole !== 0 && whole % 1_000_000 === 0 ? 'many' : 'other';
}

/** Month names as `Intl.DateTimeFormat` writes them in a long date: English, then Spanish. */
const MONTHS = [
  'January February March April May June July August September October November December'.split(' '),
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
];

/**
 * Formats a `YYYY-MM-DD` day in the reader's locale as a long date ("March 3,
 * 2026", "3 de marzo de 2026"). The day is a calendar date, not an instant,
 * so it is read and printed in UTC to keep it from shifting by a day.
 * Undefined for anything that is not a real date (2026-02-30 included: core's
 * `parseLocalDate` is the one parser).
 */
export function formatDay(day: string, locale: string): string | undefined {
  const date = parseLocalDate(day);
  if (!date) return undefined;
  const language = tableLanguage(locale);
  if (language === undefined) {
    return remember(
      dateFormats,
      locale,
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
    ).format(date);
  }
  const month = MONTHS[language]![date.getUTCMonth()];
  return language
    ? `${date.getUTCDate()} de ${month} de ${date.getUTCFullYear()}`
    : `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

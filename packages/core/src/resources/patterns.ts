/**
 * The formats the resource model accepts, shared by the validator, the HSDS
 * adapter and the link builder so they can never disagree.
 */

/** A full international number: `+18007997233`. */
export const E164_NUMBER = /^\+[1-9]\d{6,14}$/;

/** A short code such as 911, 988 or 88788. Not an E.164 number: dialled as is. */
export const SHORT_CODE = /^\d{3,6}$/;

/** Phone extension digits. */
export const EXTENSION = /^\d{1,8}$/;

/** Text-line keyword, e.g. START or AYUDA: letters and digits only, so it is safe in an sms body. */
export const KEYWORD = /^[\p{L}\p{N}]{1,30}$/u;

export const RESOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** `YYYY-MM-DD`; calendar validity is checked separately. */
export const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 24-hour wall-clock time `HH:MM`; `24:00` is the end of a day. */
export const WALL_TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/**
 * The start of an absolute web URL. Relative URLs would resolve differently on
 * every host page. Checked before `safeUrl` so that the common hostile schemes
 * (javascript:, data:) are reported once, by the validator, not twice.
 */
export const WEB_URL_START = /^https?:\/\//i;

/**
 * Markup in human text: `<` followed by a letter, `/`, `!` or `?` (a tag,
 * comment or processing instruction). Plain `<` as in "under < 18" is fine.
 */
export const MARKUP = /<[A-Za-z/!?]/;

export const EMAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** A year alone, `YYYY`: a source dated only by year. */
export const YEAR = /^\d{4}$/;

/** True for a `verifiedOn` value: a real date `YYYY-MM-DD`, or a year `YYYY` when the source gave only that. */
export function isCheckDate(value: unknown): value is string {
  return isLocalDate(value) || (typeof value === 'string' && YEAR.test(value));
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

/** Minutes since local midnight of a `HH:MM` wall time. */
export function minutesOf(wallTime: string): number {
  const [hours, minutes] = wallTime.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

// Intl lookups are slow next to the rest of validation and a list repeats
// the same few zones and languages a thousand times: remember the answers.
const knownTimeZones = new Map<string, boolean>();
const knownLanguageTags = new Map<string, boolean>();

function remembered(cache: Map<string, boolean>, value: string, check: () => unknown): boolean {
  let answer = cache.get(value);
  if (answer === undefined) {
    try {
      answer = Boolean(check());
    } catch {
      answer = false;
    }
    cache.set(value, answer);
  }
  return answer;
}

/** True when `timeZone` is an IANA zone this browser's Intl knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  return remembered(knownTimeZones, value, () => new Intl.DateTimeFormat('en', { timeZone: value }));
}

/** True when `value` is a well-formed BCP 47 language tag. */
export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  return remembered(knownLanguageTags, value, () => Intl.getCanonicalLocales(value).length === 1);
}

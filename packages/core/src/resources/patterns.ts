import { remember } from '../memo.js';

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

/**
 * A `YYYY-MM-DD` calendar date as UTC midnight, or undefined when it is not
 * one. The one date parser of the library: 2026-02-30 is refused, never
 * rolled over to March 2. UTC, so the day does not shift in any time zone.
 */
export function parseLocalDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = LOCAL_DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls impossible days over into the next month: a changed field means no such day.
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (no surrounding spaces). */
export function isLocalDate(value: unknown): value is string {
  return typeof value === 'string' && LOCAL_DATE.test(value) && parseLocalDate(value) !== undefined;
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

function succeeds(check: () => unknown): boolean {
  try {
    return Boolean(check());
  } catch {
    return false;
  }
}

/** True when `timeZone` is an IANA zone this browser's Intl knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  return remember(knownTimeZones, value, () => succeeds(() => new Intl.DateTimeFormat('en', { timeZone: value })));
}

/** True when `value` is a well-formed BCP 47 language tag. */
export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  return remember(knownLanguageTags, value, () => succeeds(() => Intl.getCanonicalLocales(value).length === 1));
}

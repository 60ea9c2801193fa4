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

/** An absolute URL: relative ones would resolve differently on every host page. */
export const ABSOLUTE_URL = /^[A-Za-z][A-Za-z\d+.-]*:/;

/**
 * Markup in human text: `<` followed by a letter, `/`, `!` or `?` (a tag,
 * comment or processing instruction). Plain `<` as in "under < 18" is fine.
 */
export const MARKUP = /<[A-Za-z/!?]/;

export const EMAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Minutes since local midnight of a `HH:MM` wall time. */
export function minutesOf(wallTime: string): number {
  const [hours, minutes] = wallTime.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** True when `timeZone` is an IANA zone this browser's Intl knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** True when `value` is a well-formed BCP 47 language tag. */
export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

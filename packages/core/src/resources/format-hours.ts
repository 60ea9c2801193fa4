/**
 * Hours in the reader's locale, always with the time zone printed: a time
 * without its zone could send someone to call a line that is closed.
 */
import { remember } from '../memo.js';
import { minutesOf } from './patterns.js';
import { WEEKDAYS, type Hours, type Weekday } from './types.js';

/** A Monday in January (no daylight-saving change nearby), used to print weekday names and wall times. */
const REFERENCE_MONDAY = Date.UTC(2026, 0, 5);
const ALWAYS_OPEN = '24/7';

/**
 * The formatting locale. The services listed are in the United States, so a
 * bare language takes US conventions: `es` formats as `es-US` ("5 p.m. ET"),
 * not as Spain's Spanish ("17:00 hora de Nueva York"). A region the reader's
 * page gives (`es-MX`) is kept.
 */
function safeLocale(locale: string): string {
  try {
    const canonical = Intl.getCanonicalLocales(locale)[0] ?? 'en';
    return canonical.includes('-') ? canonical : `${canonical}-US`;
  } catch {
    return 'en-US';
  }
}

/** True when the locale writes times on a 24-hour clock ("17:00"), where a bare hour reads badly. */
function uses24HourClock(locale: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24';
}

function timeOptions(locale: string, minutes: number): Intl.DateTimeFormatOptions {
  const withMinutes = minutes % 60 !== 0 || uses24HourClock(locale);
  return withMinutes ? { hour: 'numeric', minute: '2-digit' } : { hour: 'numeric' };
}

/**
 * A moment in `timeZone`, e.g. "5 PM ET", the zone always printed, as US
 * services publish their hours. For a locale whose zone name Intl cannot
 * give, the IANA name is appended instead.
 */
export function formatTimeWithZone(date: Date, timeZone: string, locale: string): string {
  const tag = safeLocale(locale);
  const minutes = Number(new Intl.DateTimeFormat('en', { timeZone, minute: 'numeric' }).format(date));
  const formatter = new Intl.DateTimeFormat(tag, {
    ...timeOptions(tag, minutes),
    timeZone,
    timeZoneName: 'shortGeneric',
  });
  const text = formatter.format(date);
  return formatter.formatToParts(date).some((part) => part.type === 'timeZoneName') ? text : `${text} ${timeZone}`;
}

/** The zone's name for a weekly schedule: generic ("ET", "hora de Nueva York"), as it holds all year. */
function zoneLabel(timeZone: string, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortGeneric' })
    .formatToParts(new Date(REFERENCE_MONDAY))
    .find((candidate) => candidate.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

function wallTime(value: string, locale: string): string {
  const minutes = minutesOf(value) % 1440;
  return new Intl.DateTimeFormat(locale, { ...timeOptions(locale, minutes), timeZone: 'UTC' }).format(
    new Date(REFERENCE_MONDAY + minutes * 60_000),
  );
}

function dayNames(days: readonly Weekday[], locale: string): string {
  const formatter = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const name = (index: number) => formatter.format(new Date(REFERENCE_MONDAY + index * 86_400_000));
  const indexes = WEEKDAYS.map((_, index) => index).filter((index) => days.includes(WEEKDAYS[index]!));
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${name(run[0]!)}–${name(run[run.length - 1]!)}` : run.map(name).join(', ')))
    .join(', ');
}

/**
 * "24/7", or the weekly times in the reader's locale with the zone, e.g.
 * "Mon–Fri 9 AM–5 PM ET" or "lun–vie 9:00–17:00 hora de Nueva York".
 * Dated exceptions are not included: show them next to the open-now status.
 */
export function formatHours(hours: Hours, locale: string): string {
  if (hours.type === 'always') return ALWAYS_OPEN;
  const tag = safeLocale(locale);
  const openings = hours.weekly.map(
    (opening) => `${dayNames(opening.days, tag)} ${wallTime(opening.opens, tag)}–${wallTime(opening.closes, tag)}`,
  );
  return `${openings.join('; ')} ${zoneLabel(hours.timeZone, tag)}`;
}

/**
 * The weekday of `date` in `timeZone` when it is not the same day as `now`
 * there, else undefined: on a Saturday, "opens 9 a.m. ET" would send someone
 * to a phone that rings out until Monday.
 */
export function weekdayIfNotToday(date: Date, now: Date, timeZone: string, locale: string): string | undefined {
  const calendarDay = cachedFormat(`day ${timeZone}`, 'en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  if (calendarDay.format(date) === calendarDay.format(now)) return undefined;
  const tag = safeLocale(locale);
  return cachedFormat(`weekday ${timeZone} ${tag}`, tag, { timeZone, weekday: 'long' }).format(date);
}

// Lists render many cards with the same zones: build each formatter once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return remember(formatters, key, () => new Intl.DateTimeFormat(locale, options));
}

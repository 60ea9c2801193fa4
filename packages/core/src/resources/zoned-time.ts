/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl`, so the
 * widgets ship no time-zone database of their own: the browser's is current.
 */
import { remember } from '../memo.js';
import type { Weekday } from './types.js';

const WEEKDAY_BY_INDEX: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
const formatters = new Map<string, Intl.DateTimeFormat>();

// A list works out open-now for hundreds of records that share a few zones
// and the same "now": remember conversions instead of asking Intl again.
const MAX_REMEMBERED = 5000;
const instants = new Map<string, number>();
const localDates = new Map<string, string>();

function numericFormatter(timeZone: string): Intl.DateTimeFormat {
  return remember(
    formatters,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
}

/** The wall-clock reading in `timeZone` at `instant`, written as if it were UTC. */
function wallClockAsUtc(instant: Date, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of numericFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const hour = fields.hour === 24 ? 0 : fields.hour!;
  return Date.UTC(fields.year!, fields.month! - 1, fields.day!, hour, fields.minute!, fields.second!);
}

/** The zone's offset from UTC at `instant`, in milliseconds (New York in winter: −5 h). */
export function zoneOffset(instant: Date, timeZone: string): number {
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return wallClockAsUtc(new Date(wholeSeconds), timeZone) - wholeSeconds;
}

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  // Zone offsets are whole minutes, so the local date cannot change within a UTC minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  return remember(
    localDates,
    `${timeZone} ${minute}`,
    () => new Date(wallClockAsUtc(new Date(minute * 60_000), timeZone)).toISOString().slice(0, 10),
    MAX_REMEMBERED,
  );
}

/** The date `days` after a `YYYY-MM-DD` date (calendar days, no zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAY_BY_INDEX[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/**
 * The instant at which the clocks in `timeZone` show `minutes` after
 * midnight of `date` (1440 = the next midnight). The offset is looked up at
 * the guessed instant and once more after correcting, which settles on the
 * right side of a daylight-saving change; a wall time inside the spring-
 * forward gap resolves to a real instant an hour away.
 */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const time = remember(
    instants,
    `${timeZone} ${date} ${minutes}`,
    () => {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
      const firstOffset = zoneOffset(new Date(asUtc), timeZone);
      const secondOffset = zoneOffset(new Date(asUtc - firstOffset), timeZone);
      return asUtc - secondOffset;
    },
    MAX_REMEMBERED,
  );
  return new Date(time);
}

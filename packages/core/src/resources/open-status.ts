import { isTimeZone, minutesOf } from './patterns.js';
import type { Hours, Resource } from './types.js';
import { addDays, instantAt, localDate, weekdayOf } from './zoned-time.js';

export interface OpenStatus {
  state: 'open' | 'closed' | 'unknown';
  /** True for a 24/7 resource. */
  alwaysOpen: boolean;
  /** When the state next changes, if within the coming week. */
  nextChange?: Date;
  /** The IANA zone the hours are kept in. */
  timeZone?: string;
}

type WeeklyHours = Extract<Hours, { type: 'weekly' }>;
type Span = [start: number, end: number];

/** How far ahead to look for the next opening: a full week and a day for overnight hours. */
const DAYS_AHEAD = 8;

/** Opening spans of one local date in minutes after its midnight; overnight spans run past 1440. */
function spansOn(hours: WeeklyHours, date: string): Span[] {
  const toSpan = (opens: string, closes: string): Span => {
    const start = minutesOf(opens);
    const end = minutesOf(closes);
    return [start, end <= start ? end + 1440 : end];
  };
  const exception = hours.exceptions?.find((candidate) => candidate.date === date);
  if (exception) return exception.opens && exception.closes ? [toSpan(exception.opens, exception.closes)] : [];
  const weekday = weekdayOf(date);
  return hours.weekly
    .filter((opening) => opening.days.includes(weekday))
    .map((opening) => toSpan(opening.opens, opening.closes));
}

/** Opening intervals as instants from yesterday (overnight hours) to a week ahead, merged where they touch. */
function openIntervals(hours: WeeklyHours, today: string): Array<[Date, Date]> {
  const intervals: Array<[Date, Date]> = [];
  for (let offset = -1; offset <= DAYS_AHEAD; offset++) {
    const date = addDays(today, offset);
    for (const [start, end] of spansOn(hours, date)) {
      intervals.push([instantAt(date, start, hours.timeZone), instantAt(date, end, hours.timeZone)]);
    }
  }
  intervals.sort((a, b) => a[0].getTime() - b[0].getTime());
  const merged: Array<[Date, Date]> = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) {
      if (interval[1] > last[1]) last[1] = interval[1];
    } else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

/**
 * Whether the resource is open at `now`, and when that changes, computed in
 * the resource's own time zone (so a reader in another zone, or a page open
 * across a daylight-saving change, gets the right answer). A resource that is
 * not `active` is closed; one without hours is `unknown`, never assumed open.
 */
export function openStatus(resource: Resource, now: Date = new Date()): OpenStatus {
  const hours = resource.hours;
  if (resource.status !== 'active') return { state: 'closed', alwaysOpen: false };
  if (!hours) return { state: 'unknown', alwaysOpen: false };
  if (hours.type === 'always') return { state: 'open', alwaysOpen: true };
  const timeZone = hours.timeZone;
  if (!isTimeZone(timeZone) || !Array.isArray(hours.weekly)) return { state: 'unknown', alwaysOpen: false };

  const today = localDate(now, timeZone);
  const horizon = instantAt(addDays(today, DAYS_AHEAD + 1), 0, timeZone);
  for (const [start, end] of openIntervals(hours, today)) {
    if (end <= now) continue;
    if (start <= now) {
      // Open right through the days we looked at: the closing time is not known yet.
      return end >= horizon
        ? { state: 'open', alwaysOpen: false, timeZone }
        : { state: 'open', alwaysOpen: false, nextChange: end, timeZone };
    }
    return { state: 'closed', alwaysOpen: false, nextChange: start, timeZone };
  }
  return { state: 'closed', alwaysOpen: false, timeZone };
}

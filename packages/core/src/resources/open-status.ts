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

/**
 * The opening interval (as instants) that contains `now` or comes next,
 * walking day by day from yesterday (for overnight hours) and merging
 * intervals that touch, e.g. 24:00 one day and 00:00 the next. Stops as soon
 * as the answer is certain. Undefined when nothing opens in the coming week.
 */
function currentOrNextInterval(hours: WeeklyHours, today: string, now: Date): [Date, Date] | undefined {
  let interval: [Date, Date] | undefined;
  for (let offset = -1; offset <= DAYS_AHEAD; offset++) {
    const date = addDays(today, offset);
    const spans = spansOn(hours, date).sort((a, b) => a[0] - b[0]);
    for (const [start, end] of spans) {
      const opens = instantAt(date, start, hours.timeZone);
      const closes = instantAt(date, end, hours.timeZone);
      if (interval && opens <= interval[1]) {
        if (closes > interval[1]) interval[1] = closes;
      } else if (interval && interval[1] > now) {
        return interval;
      } else {
        interval = [opens, closes];
      }
    }
    // Tomorrow's hours start at its midnight at the earliest: an interval ending before that is final.
    if (interval && interval[1] > now && interval[1] < instantAt(addDays(date, 1), 0, hours.timeZone)) return interval;
  }
  return interval && interval[1] > now ? interval : undefined;
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
  const interval = currentOrNextInterval(hours, today, now);
  if (!interval) return { state: 'closed', alwaysOpen: false, timeZone };
  const [start, end] = interval;
  if (start > now) return { state: 'closed', alwaysOpen: false, nextChange: start, timeZone };
  // Open right through the days looked at: the closing time is not known yet.
  const horizon = instantAt(addDays(today, DAYS_AHEAD + 1), 0, timeZone);
  if (end >= horizon) return { state: 'open', alwaysOpen: false, timeZone };
  return { state: 'open', alwaysOpen: false, nextChange: end, timeZone };
}

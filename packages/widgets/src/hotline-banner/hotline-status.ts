import { formatTimeWithZone, msg, openStatus, str, weekdayIfNotToday, type Resource } from '@stalking-awareness/core';
import { withTimeArticle } from '../shared/time-article.js';

/**
 * What a hotline's open status says right now, e.g. "24/7",
 * "Open now · closes 5 p.m. ET" or "Closed · opens 9 a.m. ET", or "Hours not
 * listed" when the record gives none: never guessed, and never shown as closed.
 *
 * Call inside a render (or `localize()`): the words come from `msg()`.
 */
export interface HotlineStatusText {
  state: 'open' | 'closed' | 'unknown';
  text: string;
  /** When the text next changes, so the banner can refresh itself then. */
  nextChange?: Date;
}

export function hotlineStatusText(resource: Resource, now: Date, locale: string): HotlineStatusText | undefined {
  if (resource.status !== 'active') {
    // A line the source marks as not operating must never look open.
    return { state: 'closed', text: msg('Not taking contacts right now', { id: 'hotline-banner.status-inactive' }) };
  }
  const status = openStatus(resource, now);
  if (status.alwaysOpen) return { state: 'open', text: msg('24/7', { id: 'hotline-banner.always-open' }) };
  if (status.state === 'unknown') {
    return { state: 'unknown', text: msg('Hours not listed', { id: 'hotline-banner.hours-unknown' }) };
  }
  const nextChange = status.nextChange;
  const at =
    nextChange && status.timeZone
      ? withTimeArticle(formatTimeWithZone(nextChange, status.timeZone, locale), locale)
      : undefined;
  if (status.state === 'open') {
    const day =
      at && nextChange && status.timeZone ? weekdayIfNotToday(nextChange, now, status.timeZone, locale) : undefined;
    return {
      state: 'open',
      nextChange,
      text: !at
        ? msg('Open now', { id: 'hotline-banner.open' })
        : day
          ? msg(str`Open now · closes ${day} at ${at}`, { id: 'hotline-banner.open-closes-day' })
          : msg(str`Open now · closes ${at}`, { id: 'hotline-banner.open-closes' }),
    };
  }
  if (!at || !nextChange || !status.timeZone) {
    return { state: 'closed', nextChange, text: msg('Closed now', { id: 'hotline-banner.closed' }) };
  }
  const day = weekdayIfNotToday(nextChange, now, status.timeZone, locale);
  return {
    state: 'closed',
    nextChange,
    text: day
      ? msg(str`Closed · opens ${day} at ${at}`, { id: 'hotline-banner.closed-opens-day' })
      : msg(str`Closed · opens ${at}`, { id: 'hotline-banner.closed-opens' }),
  };
}

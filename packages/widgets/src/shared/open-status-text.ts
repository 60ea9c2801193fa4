import { msg, str, weekdayIfNotToday, type OpenStatus } from '@stalking-awareness/core';
import { changeTimeText } from './resource-view.js';
import { withTimeArticle } from './time-article.js';

/** What an open status says, for the card, the list and the hotline banner alike. */
export interface OpenStatusText {
  state: 'open' | 'closed' | 'unknown';
  /** "Open now, until 5 p.m. ET", "Closed now, opens Monday at 9 a.m. ET", "Open now, 24 hours a day". */
  text: string;
  /** When the text next changes, so the element can render again then. */
  nextChange?: Date;
}

/**
 * The one wording of open-now status: words, never colour alone, the closing
 * or opening time with its zone, and the weekday too when it is not today
 * (on a Saturday, "opens 9 a.m." would send someone to a phone that rings
 * out until Monday). Undefined when the status is unknown: saying nothing
 * beats guessing. Call inside a render (or `localize()`): words come from `msg()`.
 */
export function openStatusText(status: OpenStatus, locale: string, now: Date): OpenStatusText | undefined {
  if (status.alwaysOpen) {
    return { state: 'open', text: msg('Open now, 24 hours a day', { id: 'resource-card.open-always' }) };
  }
  if (status.state === 'unknown') return undefined;
  const { nextChange, timeZone } = status;
  const change =
    nextChange && timeZone ? withTimeArticle(changeTimeText(nextChange, timeZone, locale), locale) : undefined;
  const day = change && nextChange && timeZone ? weekdayIfNotToday(nextChange, now, timeZone, locale) : undefined;
  if (status.state === 'open') {
    const text = !change
      ? msg('Open now', { id: 'resource-card.open' })
      : day
        ? msg(str`Open now, until ${day} at ${change}`, { id: 'resource-card.open-until-day' })
        : msg(str`Open now, until ${change}`, { id: 'resource-card.open-until' });
    return { state: 'open', text, nextChange };
  }
  const text = !change
    ? msg('Closed now', { id: 'resource-card.closed' })
    : day
      ? msg(str`Closed now, opens ${day} at ${change}`, { id: 'resource-card.closed-until-day' })
      : msg(str`Closed now, opens ${change}`, { id: 'resource-card.closed-until' });
  return { state: 'closed', text, nextChange };
}

/**
 * "Hours not listed", for a line someone may call, text or chat with whose
 * record gives no hours: unknown hours are never shown as closed (the line
 * may well be open), and never guessed. Call inside a render.
 */
export function hoursNotListedText(): OpenStatusText {
  return { state: 'unknown', text: msg('Hours not listed', { id: 'resource-card.hours-unknown' }) };
}

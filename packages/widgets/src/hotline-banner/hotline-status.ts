import { msg, type Resource } from '@stalking-awareness/core';
import { hoursNotListedText, openStatusText, type OpenStatusText } from '../shared/open-status-text.js';
import { statusAt } from '../shared/resource-view.js';

/**
 * What a hotline's open status says right now, in the wording every element
 * shares ("Open now, until 5 p.m. ET", "Open now, 24 hours a day"), or
 * "Not taking contacts right now" for a line its source marks as not
 * operating, and "Hours not listed" when the record gives none: never
 * guessed, and never shown as closed.
 *
 * Call inside a render (or `localize()`): the words come from `msg()`.
 */
export type HotlineStatusText = OpenStatusText;

export function hotlineStatusText(resource: Resource, now: Date, locale: string): HotlineStatusText | undefined {
  if (resource.status !== 'active') {
    // A line the source marks as not operating must never look open.
    return { state: 'closed', text: msg('Not taking contacts right now', { id: 'hotline-banner.status-inactive' }) };
  }
  const status = statusAt(resource, now);
  return (status && openStatusText(status, locale, now)) ?? hoursNotListedText();
}

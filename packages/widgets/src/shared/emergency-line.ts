import { html, type TemplateResult } from 'lit';
import { contactHref, findDefaultResource, msg, spokenDigits, str, type Contact } from '@stalking-awareness/core';
import { renderContactLink, splitAroundNumber, type ContactLink } from './contact-links.js';

/** The bundled emergency services record, whose voice contact the line dials. */
export const EMERGENCY_RESOURCE_ID = 'emergency-911';

function emergencyContact(): Contact {
  const bundled = findDefaultResource(EMERGENCY_RESOURCE_ID)?.contacts.find((contact) => contact.channel === 'voice');
  // Should the dataset ever lose it, the reference facts still say 911.
  return bundled ?? { channel: 'voice', shortCode: '911' };
}

const sentence = (number: string) =>
  msg(str`If you are in immediate danger, call ${number}`, { id: 'hotline-banner.emergency' });

/**
 * "If you are in immediate danger, call 911": the one line the hotline
 * banner and the resource list must never be without. The number comes from
 * the bundled dataset, so a correction there reaches both. The whole sentence
 * is the link (a large target), shown as "911" and read "9 1 1".
 * `data-resource-id` lets the element report its use as `sa-resource-action`.
 * Call inside a render (uses `msg()`).
 */
export function renderEmergencyLine(): TemplateResult {
  const contact = emergencyContact();
  const shown = contact.shortCode ?? contact.display ?? '911';
  const spoken = spokenDigits(shown);
  const link: ContactLink = {
    channel: 'voice',
    href: contactHref(contact),
    external: false,
    text: sentence(shown),
    // The name begins with the visible words (speech input), then the digits one at a time.
    accessibleName: `${sentence(shown)}, ${spoken}`,
    number: splitAroundNumber(sentence, shown, spoken),
  };
  return html`<p part="emergency" class="emergency" data-resource-id=${EMERGENCY_RESOURCE_ID}>
    ${renderContactLink(link, 'emergency-link')}
  </p>`;
}

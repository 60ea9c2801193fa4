import { safeUrl } from '../url/safe-url.js';
import { E164_NUMBER, EXTENSION, KEYWORD, SHORT_CODE } from './patterns.js';
import type { Contact } from './types.js';

/** The number to dial, only when it is a real E.164 number or short code: nothing else reaches a tel: or sms: link. */
function dialable(contact: Contact): string | null {
  if (contact.value !== undefined) return E164_NUMBER.test(contact.value) ? contact.value : null;
  return contact.shortCode !== undefined && SHORT_CODE.test(contact.shortCode) ? contact.shortCode : null;
}

/**
 * The link for one contact, or null when it cannot be made safely:
 * `tel:+18007997233`, `tel:988` (short codes are dialled as they are),
 * `tel:+441234234567;ext=100`, `sms:88788?body=START` (RFC 5724),
 * the chat or web URL, or `mailto:`. Every result goes through `safeUrl`.
 */
export function contactHref(contact: Contact): string | null {
  const context = `contact ${contact.channel}`;
  switch (contact.channel) {
    case 'voice':
    case 'textphone':
    case 'videophone': {
      const number = dialable(contact);
      if (number === null || (contact.extension !== undefined && !EXTENSION.test(contact.extension))) return null;
      const extension = contact.extension ? `;ext=${contact.extension}` : '';
      return safeUrl(`tel:${number}${extension}`, { schemes: ['tel:'], context });
    }
    case 'sms': {
      const number = dialable(contact);
      if (number === null || (contact.keyword !== undefined && !KEYWORD.test(contact.keyword))) return null;
      const body = contact.keyword ? `?body=${encodeURIComponent(contact.keyword)}` : '';
      return safeUrl(`sms:${number}${body}`, { schemes: ['sms:'], context });
    }
    case 'chat':
    case 'web':
      return safeUrl(contact.value, { schemes: ['https:', 'http:'], context });
    case 'email':
      return safeUrl(`mailto:${contact.value ?? ''}`, { schemes: ['mailto:'], context });
    default:
      return null;
  }
}

/**
 * Digit-by-digit text for screen readers, so "988" is read "9 8 8" rather
 * than "nine hundred eighty-eight": "+1 800 799 7233" → "1 8 0 0 7 9 9 7 2 3 3".
 * Pass the number (`value` or `shortCode`), not a vanity `display` such as
 * "1-800-799-SAFE": letters are dropped, not converted.
 */
export function spokenDigits(value: string): string {
  return (value.match(/\d/g) ?? []).join(' ');
}

import { spokenDigits, type Contact } from '@stalking-awareness/core';

/** A North American number in E.164: +1, then area code, exchange and line. */
const NANP = /^\+1(\d{3})(\d{3})(\d{4})$/;

/**
 * How a screen reader should read a number: digit by digit ("9 8 8", not
 * "nine hundred eighty-eight"), and for a long number in the groups people
 * say it in, with a pause between them: "1, 8 0 0, 7 9 9, 7 2 3 3" rather than
 * a run of eleven digits that is hard to hold in mind.
 *
 * Pass the dialled value (`value` or `shortCode`), not a vanity display such
 * as "1-800-799-SAFE": its letters would be lost.
 */
export function spokenNumber(dialled: string): string {
  const nanp = NANP.exec(dialled);
  if (nanp) return ['1', ...nanp.slice(1)].map(spokenDigits).join(', ');
  return spokenDigits(dialled);
}

/** {@link spokenNumber} of a contact's number or short code, falling back to what it displays. */
export function spokenContactNumber(contact: Contact): string {
  const dialled = contact.shortCode ?? contact.value ?? contact.display ?? '';
  return spokenNumber(dialled) || dialled;
}

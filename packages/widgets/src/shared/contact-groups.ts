import { contactHref, type Contact } from '@stalking-awareness/core';

/** One action on a card: its contact, and what the contacts folded into it are for ("Spanish: press 2"). */
export interface ContactGroup {
  contact: Contact;
  also: string[];
}

/**
 * A label without the words its button already says: "Spanish: text AYUDA"
 * on "Text AYUDA to 988" becomes "Spanish"; a label the button says in full
 * is dropped. Compares with the record's own (English) words, as published.
 */
export function conciseLabel(label: string | undefined, says: string): string | undefined {
  if (!label) return undefined;
  const text = says.toLowerCase();
  if (text.includes(label.toLowerCase())) return undefined;
  const colon = label.indexOf(':');
  const what =
    colon > 0
      ? label
          .slice(colon + 1)
          .trim()
          .toLowerCase()
      : '';
  return what && what.split(/\s+/).every((word) => text.includes(word)) ? label.slice(0, colon).trim() : label;
}

/** The words that identify a contact's action, whatever the language: channel, keyword and number. */
function actionWords(contact: Contact): string {
  const verb = contact.channel === 'sms' ? 'text' : contact.channel === 'voice' ? 'call press' : contact.channel;
  return [verb, contact.keyword, contact.shortCode, contact.display, contact.value].filter(Boolean).join(' ');
}

/**
 * The contacts as actions, without repeats: contacts that dial the same
 * number ("Call 988" for the main line, Spanish and Veterans) become one
 * button followed by what the others are for ("Spanish: press 2 · Veterans:
 * press 1"); a label loses the words its own button already says. The
 * record's own order is kept.
 */
export function groupContacts(contacts: readonly Contact[]): ContactGroup[] {
  const groups = new Map<string, ContactGroup>();
  for (const contact of contacts) {
    const href = contactHref(contact);
    const key = href === null ? `unsafe ${groups.size}` : `${contact.channel} ${href}`;
    const group = groups.get(key);
    if (group) {
      if (contact.label && !group.also.includes(contact.label)) group.also.push(contact.label);
      continue;
    }
    const label = conciseLabel(contact.label, actionWords(contact));
    const concise: Contact = { ...contact, label };
    if (!label) delete concise.label;
    groups.set(key, { contact: concise, also: [] });
  }
  return [...groups.values()];
}

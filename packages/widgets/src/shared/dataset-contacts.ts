import { findDefaultResource, localizeResource, warnIfStale, warnOnce, type Contact } from '@stalking-awareness/core';

/** The ways to reach one bundled line, ready to render as contact links. */
export interface DatasetContacts {
  id: string;
  /** The line's name in the reader's language. */
  name: string;
  contacts: Contact[];
}

/**
 * Contacts of one record of the bundled dataset, filtered to `channels`, so a
 * number lives in one place (the dataset) and a correction there reaches
 * every widget. Undefined, with one warning, when the record is missing, not
 * active or has none of those channels: a dead line must never be offered.
 */
export function datasetContacts(
  id: string,
  channels: readonly Contact['channel'][],
  locale: string,
  tag: string,
): DatasetContacts | undefined {
  const record = findDefaultResource(id);
  if (!record || record.status !== 'active') {
    warnOnce(`<${tag}> the bundled dataset has no active resource "${id}"; its contacts are left out.`);
    return undefined;
  }
  warnIfStale(record);
  const localized = localizeResource(record, locale);
  const contacts = localized.contacts.filter((contact) => channels.includes(contact.channel));
  return contacts.length > 0 ? { id, name: localized.name, contacts } : undefined;
}

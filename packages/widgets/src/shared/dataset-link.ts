import { findDefaultResource, localizeResource, safeUrl, warnIfStale, warnOnce } from '@stalking-awareness/core';
import { foreignPageNote } from './contact-links.js';

/** A link to one record of the bundled dataset, ready to render. */
export interface ResourceLink {
  id: string;
  /** The record's name in the reader's language. */
  name: string;
  /** The record's URL after safeUrl(). */
  href: string;
  /** False when the dataset could not confirm the record at its source: the link must say so. */
  verified: boolean;
  /** The linked page's language, when the dataset knows it (for `hreflang`). */
  language?: string;
  /** "(page in English)" when that language is not the reader's; say it inside the link. */
  languageNote?: string;
}

/**
 * Builds a link from a bundled dataset record (call inside a render: a
 * language note comes from `msg()`), so a URL lives in one place
 * (the dataset) and a correction there reaches every widget. Returns
 * undefined, with one warning, when the record is missing, no longer active
 * or its URL is unsafe: a dead or wrong link must never be shown. A record
 * past its review date is still linked, with a warning to the host.
 */
export function datasetLink(id: string, locale: string, tag: string): ResourceLink | undefined {
  const record = findDefaultResource(id);
  if (!record) {
    warnOnce(`<${tag}> the bundled dataset has no resource "${id}"; its link is left out.`);
    return undefined;
  }
  if (record.status !== 'active') {
    warnOnce(`<${tag}> resource "${id}" is ${record.status}; its link is left out.`);
    return undefined;
  }
  warnIfStale(record);
  const localized = localizeResource(record, locale);
  const href = safeUrl(localized.url, { schemes: ['https:', 'http:'], context: `resource "${id}" url` });
  if (!href) return undefined;
  // The site's language, as the dataset records it on the contact that links to the same page.
  const language = record.contacts.find((contact) => contact.value === record.url)?.language;
  const languageNote = foreignPageNote(language, locale);
  return {
    id,
    name: localized.name,
    href,
    verified: record.provenance.verified,
    ...(language ? { language } : {}),
    ...(languageNote ? { languageNote } : {}),
  };
}

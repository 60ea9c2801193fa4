import { findDefaultResource, localizeResource, safeUrl, warnIfStale, warnOnce } from '@stalking-awareness/core';

/** A link to one record of the bundled dataset, ready to render. */
export interface ResourceLink {
  id: string;
  /** The record's name in the reader's language. */
  name: string;
  /** The record's URL after safeUrl(). */
  href: string;
  /** False when the dataset could not confirm the record at its source: the link must say so. */
  verified: boolean;
}

/**
 * Builds a link from a bundled dataset record, so a URL lives in one place
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
  return href ? { id, name: localized.name, href, verified: record.provenance.verified } : undefined;
}

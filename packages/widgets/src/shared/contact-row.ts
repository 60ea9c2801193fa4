import { html, type TemplateResult } from 'lit';
import type { Contact } from '@stalking-awareness/core';
import type { ResourceActionDetail } from '../base/events.js';
import { contactFromEvent, contactLink, renderContactLink } from './contact-links.js';

/** The part (and class) names of one contact row; each element keeps its own public names. */
export interface ContactRowNames {
  /** Class of the `<li>`. */
  item: string;
  /** Part of the link (its label, e.g. "Spanish: press 2", is the part `<link>-label` inside it). */
  link: string;
}

/**
 * One contact as a list item. The link itself says what this number is for
 * ("Spanish: press 2"), so links to one number get distinct names, and it is
 * named in the reader's language. Call inside a render (uses `msg()`).
 */
export function renderContactRow(contact: Contact, names: ContactRowNames, locale: string): TemplateResult {
  return html`<li class=${names.item}>${renderContactLink(contactLink(contact, locale), names.link)}</li>`;
}

/**
 * Contacts as a plain list (`<ul class="contacts" role="list">`, one link
 * per item, part `contact`), for the tools' hotline, caseworker and program
 * lines. `locale` is the page's: links to pages in another language say so
 * ("(página en inglés)"). Call inside a render (uses `msg()`).
 */
export function renderContactList(contacts: readonly Contact[], locale: string): TemplateResult {
  return html`<ul class="contacts" role="list">
    ${contacts.map((contact) => html`<li>${renderContactLink(contactLink(contact, locale))}</li>`)}
  </ul>`;
}

/**
 * The `sa-resource-action` detail of a click on a contact link, or undefined:
 * the record is the nearest element that names one, by `data-resource-id`
 * (cards, the emergency line) or `data-resource` (hotline lines).
 */
export function resourceActionFrom(event: Event): ResourceActionDetail | undefined {
  const contact = contactFromEvent(event);
  const holder = contact?.link.closest<HTMLElement>('[data-resource-id], [data-resource]');
  const resourceId = holder?.dataset['resourceId'] ?? holder?.dataset['resource'];
  return contact && resourceId ? { resourceId, channel: contact.channel } : undefined;
}

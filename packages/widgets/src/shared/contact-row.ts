import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '@stalking-awareness/core';
import type { ResourceActionDetail } from '../base/events.js';
import { contactFromEvent, contactLink, renderContactLink } from './contact-links.js';

/** The part (and class) names of one contact row; each element keeps its own public names. */
export interface ContactRowNames {
  /** Class of the `<li>`. */
  item: string;
  /** Part of the link. */
  link: string;
  /** Part and class of the label. */
  label: string;
}

/**
 * One contact as a list item: the link, then what this number is for when
 * the record says ("Spanish: press 2"), right by it. The label is skipped
 * when the link already says it ("TTY"). Call inside a render (uses `msg()`).
 */
export function renderContactRow(contact: Contact, names: ContactRowNames): TemplateResult {
  const link = contactLink(contact);
  const label = contact.label && !link.text.includes(contact.label) ? contact.label : undefined;
  return html`<li class=${names.item}>
    ${renderContactLink(link, names.link)}${label ? html`<span part=${names.label} class=${names.label}>${label}</span>` : nothing}
  </li>`;
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

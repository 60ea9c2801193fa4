import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Contact, type ContactChannel, type Resource } from '@stalking-awareness/core';
import { renderContactRow } from '../shared/contact-row.js';
import { renderTextWithNumbers } from '../shared/phone-text.js';
import type { HotlineStatusText } from './hotline-status.js';

/** The ways to reach a line that belong in a banner; web and email live on the resource card. */
const BANNER_CHANNELS: readonly ContactChannel[] = ['voice', 'sms', 'textphone', 'videophone', 'chat'];

/** The contacts of `resource` a banner offers, in the record's own order (TTY stays next to voice). */
export function bannerContacts(resource: Resource): Contact[] {
  return resource.contacts.filter((contact) => BANNER_CHANNELS.includes(contact.channel));
}

export interface HotlineLineOptions {
  /** Unique within the shadow root, for `aria-labelledby`. */
  nameId: string;
  status: HotlineStatusText | undefined;
  /** Show only the first sentence of the description (compact and sticky variants). */
  briefPurpose: boolean;
  /** The page's locale, for links to pages in another language. */
  locale: string;
}

/**
 * The description's first sentence, which in the bundled data always says
 * what the line is for ("A national hotline for people affected by domestic
 * violence."); the rest (channels, hours) is shown by the links and status.
 */
export function firstSentence(text: string): string {
  const match = /^.{20,}?[.!?](?=\s|$)/su.exec(text.trim());
  return match ? match[0] : text;
}

const ACTION_ROW = { item: 'action', link: 'action' };

function renderAction(contact: Contact, locale: string): TemplateResult {
  return renderContactRow(contact, ACTION_ROW, locale);
}

/**
 * What could not be confirmed about the line, in the record's own words (its
 * localized `provenance.note`), so a reader learns which details to doubt:
 * "Its current operating status could not be confirmed." The compact and
 * sticky variants keep its first sentence, which says the most important part.
 */
function unconfirmedText(resource: Resource, brief: boolean): string {
  const note = resource.provenance.note;
  if (!note) return msg('Details not yet confirmed at the source', { id: 'hotline-banner.unverified' });
  return brief ? firstSentence(note) : note;
}

/**
 * One hotline: its name, what it is for, whether it is open, and the links
 * that reach it. `resource` must already be localized. The description is
 * always shown, because a referral line mistaken for a crisis line (or the
 * other way round) costs a person in danger time they do not have.
 */
export function renderHotlineLine(resource: Resource, options: HotlineLineOptions): TemplateResult {
  const { status } = options;
  const offersContact = resource.status === 'active';
  return html`<div part="line" class="line" role="group" aria-labelledby=${options.nameId} data-resource=${resource.id}>
    <p class="identity">
      <strong part="name" class="name" id=${options.nameId}>${resource.name}</strong>
      <span part="purpose" class="purpose"
        >${renderTextWithNumbers(
          options.briefPurpose ? firstSentence(resource.description) : resource.description,
        )}</span
      >
      ${
        resource.provenance.verified
          ? nothing
          : html`<span part="unverified" class="unverified">${unconfirmedText(resource, options.briefPurpose)}</span>`
      }
    </p>
    ${
      status
        ? html`<p part="status status-${status.state}" class="status" data-state=${status.state}>${status.text}</p>`
        : nothing
    }
    ${
      offersContact
        ? html`<ul part="actions" class="actions" role="list">
            ${bannerContacts(resource).map((contact) => renderAction(contact, options.locale))}
          </ul>`
        : nothing
    }
  </div>`;
}

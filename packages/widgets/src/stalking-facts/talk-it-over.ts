import { html, nothing, type TemplateResult } from 'lit';
import { findDefaultResource, localizeResource, msg, warnIfStale, type Resource } from '@stalking-awareness/core';
import { contactLink, renderContactLink } from '../shared/contact-links.js';
import { leavesPhoneTrace, renderCallTraceNote } from '../shared/call-trace-note.js';

/** The hotline offered when the host names none, or one the dataset cannot give. */
export const DEFAULT_TALK_HOTLINE_ID = 'ndvh';
/** The emergency record ("call 911"), from the dataset too. */
export const EMERGENCY_ID = 'emergency-911';

/**
 * An active record of the bundled dataset by id, or undefined. The caller
 * warns (with its own tag) and falls back.
 */
export function activeRecord(id: string): Resource | undefined {
  const record = findDefaultResource(id);
  return record && record.status === 'active' ? record : undefined;
}

/**
 * "Where to talk it over": the hotline's ways to reach it, every number and
 * address from the dataset (never typed here), then 911 for danger now.
 * Build inside render().
 */
export function renderTalkItOver(hotline: Resource, locale: string): TemplateResult {
  warnIfStale(hotline);
  const localized = localizeResource(hotline, locale);
  const links = localized.contacts.map((contact) => contactLink(contact, locale));
  const emergency = activeRecord(EMERGENCY_ID);
  const emergencyLink = emergency?.contacts.find((contact) => contact.channel === 'voice');
  return html`<div part="talk" class="talk" data-resource=${hotline.id}>
    <p>
      ${msg('You can talk it over with:', { id: 'stalking-facts.talk-with' })}
      <strong>${localized.name}</strong>.
      ${hotline.hours?.type === 'always' ? msg('It is open 24/7.', { id: 'stalking-facts.talk-always' }) : nothing}
      ${
        hotline.provenance.verified
          ? nothing
          : html`<span data-unverified-note
              >(${msg('details not yet confirmed', { id: 'stalking-facts.unverified' })})</span
            >`
      }
    </p>
    <ul part="contacts" class="contacts">
      ${links.map((link) => html`<li>${renderContactLink(link)}</li>`)}
    </ul>
    ${leavesPhoneTrace(localized.contacts) ? renderCallTraceNote('on') : nothing}
    ${
      emergencyLink
        ? html`<p class="danger" data-resource=${EMERGENCY_ID}>
            ${msg('If you are in danger now:', { id: 'stalking-facts.danger-now' })}
            ${renderContactLink(contactLink(emergencyLink, locale))}
          </p>`
        : nothing
    }
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Resource } from '@stalking-awareness/core';
import { contactLink, renderContactLink } from '../shared/contact-links.js';
import { renderContactList } from '../shared/contact-row.js';
import { bannerContacts } from '../hotline-banner/hotline-line.js';
import { leavesPhoneTrace, renderCallTraceNote } from '../shared/call-trace-note.js';

/** Where the self-check statements come from. */
export const SELF_CHECK_SOURCE = {
  label: 'New York State Child Support, Access Child Support Services Safely',
  url: 'https://childsupport.ny.gov/dcse/accessCssSafely.html',
};

/** Keeps an answer inside the element: no `input` or `change` event reaches the host page. */
export function keepInside(event: Event): void {
  event.stopPropagation();
}

/** A form that never submits: pressing Enter must not navigate or put answers in the address bar. */
export function neverSubmit(event: Event): void {
  event.preventDefault();
}

function checkbox(id: string, label: string): TemplateResult {
  return html`<li class="choice">
    <input type="checkbox" id=${id} autocomplete="off" /><label for=${id}>${label}</label>
  </li>`;
}

export interface SelfCheckParts {
  heading: TemplateResult;
  /** The hotline, localized, or undefined when the dataset has no usable record. */
  hotline: Resource | undefined;
  /** The 911 contact from the dataset, if any. */
  emergency: Resource | undefined;
  sources: TemplateResult;
  /** The status line saying the answers were cleared. */
  status: TemplateResult;
  onClear: () => void;
  /** The page's locale, for links to pages in another language ("(página en inglés)"). */
  locale: string;
}

/**
 * The private self-check, modelled on New York's statements. Answers live in
 * the checkboxes only: never scored, stored, sent or announced to the page.
 * The ending is the same whatever is checked, so nothing is judged.
 */
export function renderSelfCheck({
  heading,
  hotline,
  emergency,
  sources,
  status,
  onClear,
  locale,
}: SelfCheckParts): TemplateResult {
  return html`<section part="self-check" class="block" aria-labelledby="self-check-heading" data-print="hide">
    ${heading}
    <p>
      ${msg('There is no score. Your answers are not saved or sent. They are cleared when you leave this page.', {
        id: 'safe-access.self-check-private',
      })}
    </p>
    <form part="self-check-form" @submit=${neverSubmit} @input=${keepInside} @change=${keepInside}>
      <fieldset>
        <legend>${msg('Which of these are true for you? Check any.', { id: 'safe-access.self-check-true' })}</legend>
        <ul class="choices" role="list">
          ${checkbox('check-safe', msg('I feel safe around the other parent.', { id: 'safe-access.check-feel-safe' }))}
          ${checkbox(
            'check-pursue',
            msg('I can safely ask for child support.', { id: 'safe-access.check-can-pursue' }),
          )}
          ${checkbox(
            'check-meet',
            msg('I am fine meeting with the other parent at the child support office.', {
              id: 'safe-access.check-meet',
            }),
          )}
        </ul>
      </fieldset>
      <fieldset>
        <legend>
          ${msg('Has the other parent done any of these? Check any.', { id: 'safe-access.self-check-other' })}
        </legend>
        <ul class="choices" role="list">
          ${checkbox('check-stalked', msg('Harassed or stalked you', { id: 'safe-access.check-stalked' }))}
          ${checkbox(
            'check-threatened',
            msg('Threatened you if you ask for child support', { id: 'safe-access.check-threatened' }),
          )}
          ${checkbox('check-monitored', msg('Watched or tracked what you do', { id: 'safe-access.check-monitored' }))}
        </ul>
      </fieldset>
      <button type="button" part="button" class="secondary" @click=${onClear}>
        ${msg('Clear my answers', { id: 'safe-access.self-check-clear' })}
      </button>
      ${status}
    </form>
    <p>
      ${msg(
        'If you left one in the first list unchecked, or checked one in the second list, you can tell your caseworker.',
        {
          id: 'safe-access.self-check-tell',
        },
      )}
      ${msg('You can tell them at any time, and ask to talk in private.', { id: 'safe-access.self-check-any-time' })}
    </p>
    ${hotline ? renderHotline(hotline, locale) : nothing} ${emergency ? renderEmergency(emergency, locale) : nothing}
    ${sources}
  </section>`;
}

function renderHotline(hotline: Resource, locale: string): TemplateResult {
  return html`<div part="hotline" class="hotline" data-resource=${hotline.id}>
    <p>
      ${msg('To talk it through with someone, you can contact:', { id: 'safe-access.hotline-intro' })}
      <strong>${hotline.name}</strong>${
        hotline.provenance.verified
          ? nothing
          : html` (${msg('details not yet confirmed', { id: 'safe-access.unverified' })})`
      }
    </p>
    ${renderContactList(bannerContacts(hotline), locale)}
    ${leavesPhoneTrace(bannerContacts(hotline)) ? renderCallTraceNote('on') : nothing}
  </div>`;
}

function renderEmergency(emergency: Resource, locale: string): TemplateResult {
  const voice = emergency.contacts.find((contact) => contact.channel === 'voice');
  if (!voice) return html``;
  return html`<p part="emergency">
    ${msg('If you are in danger now:', { id: 'safe-access.danger-now' })}
    ${renderContactLink(contactLink(voice, locale))}
  </p>`;
}

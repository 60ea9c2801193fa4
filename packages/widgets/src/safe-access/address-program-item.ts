import { html, nothing, type TemplateResult } from 'lit';
import { msg, safeUrl, str } from '@stalking-awareness/core';
import { renderContactList } from '../shared/contact-row.js';
import { limitText, runnerText, type AddressProgram } from './address-programs.js';
import type { AgencyAddressProgram } from './agency-config.js';
import { hostName, NASS_SOURCE, renderSources } from './protections.js';

export interface AddressProgramItem {
  heading: TemplateResult;
  /** The agency's own general text (`wording["address-program"].text`). */
  ownText: string | undefined;
  /** The program as the agency describes it; wins over the bundled one. */
  agencyProgram: AgencyAddressProgram | undefined;
  /** The bundled, verified program of the configured state. */
  bundled: AddressProgram | undefined;
  /** The configured state's name in the reader's language. */
  place: string | undefined;
  /** The page's locale, for links to pages in another language ("(página en inglés)"). */
  locale: string;
}

/**
 * "An address confidentiality program": national text (slot
 * `address-program` or the agency's wording replaces it), then the state's
 * program: the agency's, else a bundled verified one, else, for a named
 * state without one, "ask your agency": a state is never said to have none.
 */
export function renderAddressProgramItem(item: AddressProgramItem): TemplateResult {
  const general = item.ownText
    ? html`<p>${item.ownText}</p>`
    : html`<p>
          ${msg('Many states have an address confidentiality program. At least 36 states had one in 2022.', {
            id: 'safe-access.program-count',
          })}
          ${msg('It gives you a different address to use with state and local offices.', {
            id: 'safe-access.program-does',
          })}
        </p>
        <p>
          ${msg('Rules differ by state. In some states, private companies do not have to accept the new address.', {
            id: 'safe-access.program-limits',
          })}
          ${msg('You can ask your agency or an advocate about it.', { id: 'safe-access.program-ask' })}
        </p>
        ${renderSources([NASS_SOURCE])}`;
  return html`<li part="protection" class="protection" data-protection="address-program">
    ${item.heading}
    <slot name="address-program">${general}</slot>
    ${renderDetails(item)}
  </li>`;
}

function renderDetails({ agencyProgram: own, bundled, place, locale }: AddressProgramItem) {
  if (own) {
    const href = own.url ? safeUrl(own.url, { schemes: ['https:', 'http:'], warn: false }) : null;
    return html`<div part="address-program" class="program">
      <p>
        ${place ? msg(str`In ${place}:`, { id: 'safe-access.program-in' }) : nothing} <strong>${own.name}</strong>.
        ${own.runBy ? msg(str`Run by: ${own.runBy}.`, { id: 'safe-access.program-run-by' }) : nothing}
      </p>
      ${
        href
          ? html`<p>
              <a href=${href} rel="noreferrer"
                >${msg(str`More about ${own.name}`, { id: 'safe-access.program-more-named' })}</a
              >
            </p>`
          : nothing
      }
    </div>`;
  }
  if (!place) return nothing;
  if (!bundled) {
    return html`<p part="address-program" class="program">
      ${msg(str`Ask your agency if ${place} has a program.`, { id: 'safe-access.program-ask-state' })}
    </p>`;
  }
  return html`<div part="address-program" class="program" data-state=${bundled.state}>
    <p>
      ${
        bundled.name
          ? msg(str`In ${place}, the program is called ${bundled.name}.`, { id: 'safe-access.program-named' })
          : msg(str`${place} has an address confidentiality program.`, { id: 'safe-access.program-state' })
      }
      ${runnerText(bundled.runBy)} ${bundled.limit ? limitText(bundled.limit) : nothing}
    </p>
    ${bundled.contacts?.length ? renderContactList(bundled.contacts, locale) : nothing}
    ${renderSources([{ label: hostName(bundled.source), url: bundled.source }])}
  </div>`;
}

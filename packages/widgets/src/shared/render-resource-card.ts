import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, type Contact, type OpenStatus, type ResourceStatus } from '@stalking-awareness/core';
import { categoryLabel } from './category-label.js';
import { renderContactRow } from './contact-row.js';
import { renderHeading, type HeadingLevel } from './heading.js';
import { openStatusText } from './open-status-text.js';
import { statusAt, type ResourceView } from './resource-view.js';

export type ResourceCardVariant = 'full' | 'compact';

/** The card variants, for `SaWidgetElement.oneOf`. */
export const RESOURCE_CARD_VARIANTS: readonly ResourceCardVariant[] = ['full', 'compact'];

export interface ResourceCardOptions {
  /** 2–6 renders a real `<hN>`; 1 is allowed but rarely right inside a page. */
  headingLevel: HeadingLevel;
  variant: ResourceCardVariant;
  now: Date;
  /** The record's `reviewBy` date has passed. */
  stale: boolean;
}

/**
 * The card's markup, shared by `sa-resource-card` and `sa-resource-list`: the
 * list renders these templates in its own shadow root instead of a thousand
 * nested elements, which keeps a long list fast. Every value goes through a
 * Lit text or attribute binding, so resource text can never become markup.
 */
export function renderResourceCard(view: ResourceView, options: ResourceCardOptions): TemplateResult {
  const resource = view.localized;
  const compact = options.variant === 'compact';
  return html`<article part="card" class=${compact ? 'card compact' : 'card'} data-resource-id=${resource.id}>
    ${renderHeading(options.headingLevel, resource.name, { part: 'name', className: 'name' })}
    <p part="category" class="category">${categoryLabel(resource.category)}</p>
    ${
      resource.status === 'active'
        ? nothing
        : html`<p part="notice" class="notice">${statusNotice(resource.status)}</p>`
    }
    ${compact ? nothing : html`<p part="description" class="description">${resource.description}</p>`}
    ${
      view.contacts.length === 0
        ? nothing
        : html`<ul part="contacts" class="contacts" role="list">
            ${view.contacts.map(renderContact)}
          </ul>`
    }
    ${renderHours(view, resource.status === 'active' ? statusAt(view.resource, options.now) : undefined, options.now)}
    ${
      compact || !view.languagesText
        ? nothing
        : html`<p part="languages" class="languages">
            ${msg(str`Languages: ${view.languagesText}`, { id: 'resource-card.languages' })}
          </p>`
    }
    ${
      options.stale
        ? html`<p part="notice" class="notice">
            ${msg('These details are due to be checked again and may have changed.', { id: 'resource-card.stale' })}
          </p>`
        : nothing
    }
    ${renderProvenance(view)}
  </article>`;
}

const CONTACT_ROW = { item: 'contact-item', link: 'contact', label: 'contact-label' };

function renderContact(contact: Contact): TemplateResult {
  return renderContactRow(contact, CONTACT_ROW);
}

function statusNotice(status: Exclude<ResourceStatus, 'active'>): string {
  switch (status) {
    case 'temporarily closed':
      return msg('Temporarily closed.', { id: 'resource-card.status.temporarily-closed' });
    case 'inactive':
      return msg('Not currently offering this service.', { id: 'resource-card.status.inactive' });
    case 'defunct':
      return msg('This service has closed.', { id: 'resource-card.status.defunct' });
  }
}

function renderHours(view: ResourceView, status: OpenStatus | undefined, at: Date): TemplateResult | typeof nothing {
  if (!view.hoursText) return nothing;
  const state = status?.state ?? 'unknown';
  const now = status ? openStatusText(status, view.locale, at)?.text : undefined;
  return html`<p part="hours" class="hours">
    ${now ? html`<span part="open-status" class="open-status" data-state=${state}>${now}</span>` : nothing}
    ${
      status?.alwaysOpen
        ? nothing
        : html`<span class="hours-text">${msg(str`Hours: ${view.hoursText}`, { id: 'resource-card.hours' })}</span>`
    }
  </p>`;
}

function renderProvenance(view: ResourceView): TemplateResult {
  const { provenance, name } = view.localized;
  return html`<p part="provenance" class="provenance">
    ${
      view.checkedOn
        ? html`<span>${msg(str`Information checked ${view.checkedOn}`, { id: 'resource-card.checked' })}</span>`
        : nothing
    }
    ${
      view.sourceHref
        ? html`<span aria-hidden="true"> · </span
            ><a
              part="source"
              href=${view.sourceHref}
              rel="noopener noreferrer"
              aria-label=${msg(str`Source for ${name}`, { id: 'resource-card.source-for' })}
              >${msg('Source', { id: 'resource-card.source' })}</a
            >`
        : nothing
    }
    ${
      provenance.verified
        ? nothing
        : html`<span aria-hidden="true"> · </span
            ><span
              >${msg('Some details could not be confirmed at the source.', { id: 'resource-card.unverified' })}</span
            >`
    }
  </p>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { findDefaultResource, localizeResource, msg, type Resource } from '@stalking-awareness/core';
import { datasetLink } from '../shared/dataset-link.js';
import { bannerContacts } from '../hotline-banner/hotline-line.js';

/** The bundled line whose advocates the plan points to when the host names none. */
export const DEFAULT_ADVOCATE_RESOURCE_ID = 'ndvh';

/** Dataset ids of the legal-information links on the legal step (the same records sa-legal-disclaimer links). */
const LEGAL_LINK_IDS = ['womenslaw', 'lawhelp'] as const;

/**
 * The advocate line, localized: `id` from the bundled dataset when it is an
 * active line with a phone, text or chat contact, else (with a warning
 * naming `resource-id`) the default line. Never a number typed in here.
 */
export function advocateLine(
  id: string | undefined,
  locale: string,
  warn: (field: string, message: string) => void,
): Resource | undefined {
  const asked = (id ?? '').trim() || DEFAULT_ADVOCATE_RESOURCE_ID;
  let record = findDefaultResource(asked);
  if (!record || record.status !== 'active' || bannerContacts(record).length === 0) {
    warn(
      'resource-id',
      `"${asked}" is not an active line with a phone, text or chat contact in the bundled dataset; "${DEFAULT_ADVOCATE_RESOURCE_ID}" is used.`,
    );
    record = findDefaultResource(DEFAULT_ADVOCATE_RESOURCE_ID);
  }
  return record ? localizeResource(record, locale) : undefined;
}

/** Where to read about legal options, from the dataset; says that following a link clears the plan. */
export function renderLegalLinks(locale: string, tag: string): TemplateResult | typeof nothing {
  const links = LEGAL_LINK_IDS.map((id) => datasetLink(id, locale, tag)).filter((link) => !!link);
  if (links.length === 0) return nothing;
  return html`<p class="more">
    ${msg('Where to learn more (leaving this page clears your plan):', { id: 'safety-plan.legal-more' })}
    ${links.map(
      (link, index) =>
        html`${index ? ', ' : ''}<a href=${link.href} rel="noopener noreferrer" data-resource=${link.id}
            >${link.name}</a
          >`,
    )}
  </p>`;
}

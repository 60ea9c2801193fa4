import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@stalking-awareness/core';
import { pluralCategory } from '../shared/locale-words.js';
import type { ResourceSource } from './resource-source.js';

/**
 * The calm notices of the list's live region: loading, data that could not
 * be used (the bundled list is shown instead), records skipped as invalid.
 * Call inside a render (uses `msg()`).
 */
export function renderNotices(
  source: ResourceSource,
  loading: boolean,
  locale: string,
): TemplateResult | typeof nothing {
  if (loading) {
    return html`<p part="notice" class="notice">${msg('Loading resources…', { id: 'resource-list.loading' })}</p>`;
  }
  if (source.failure) {
    const text =
      source.failure === 'load'
        ? msg('The list of resources for this page could not be loaded. Showing our built-in list instead.', {
            id: 'resource-list.load-failed',
          })
        : msg('The list of resources for this page could not be read. Showing our built-in list instead.', {
            id: 'resource-list.invalid-data',
          });
    return html`<p part="notice" class="notice">${text}</p>`;
  }
  const skipped = source.skipped;
  if (skipped === 0) return nothing;
  const text =
    pluralCategory(skipped, locale) === 'one'
      ? msg('1 entry could not be shown.', { id: 'resource-list.skipped-one' })
      : msg(str`${skipped} entries could not be shown.`, { id: 'resource-list.skipped-other' });
  return html`<p part="notice" class="notice">${text}</p>`;
}

/** "12 resources", or "3 resources match" while a search or filter is on. */
export function countText(count: number, filtering: boolean, locale: string): string {
  const one = pluralCategory(count, locale) === 'one';
  if (!filtering) {
    return one
      ? msg('1 resource', { id: 'resource-list.count-one' })
      : msg(str`${count} resources`, { id: 'resource-list.count-other' });
  }
  if (count === 0) return msg('No resources match', { id: 'resource-list.match-none' });
  return one
    ? msg('1 resource matches', { id: 'resource-list.match-one' })
    : msg(str`${count} resources match`, { id: 'resource-list.match-other' });
}

/** The empty state: what happened, and a way back when filters caused it. */
export function renderEmpty(filtering: boolean, onReset: () => void): TemplateResult {
  return html`<div part="empty" class="empty">
    <p>
      ${
        filtering
          ? msg('No resources match these choices.', { id: 'resource-list.empty-filtered' })
          : msg('There are no resources to show here.', { id: 'resource-list.empty' })
      }
    </p>
    ${
      filtering
        ? html`<button part="reset" type="button" @click=${onReset}>
            ${msg('Show all resources', { id: 'resource-list.reset' })}
          </button>`
        : nothing
    }
  </div>`;
}

/** The "Show more" button of a long list. */
export function renderMore(next: number, remaining: number, onMore: () => void): TemplateResult {
  return html`<button part="more" class="more" type="button" @click=${onMore}>
    ${msg(str`Show ${next} more (${remaining} not shown yet)`, { id: 'resource-list.more' })}
  </button>`;
}

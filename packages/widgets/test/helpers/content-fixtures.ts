import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Renders `template`, finds `tag` in it and waits until the element renders
 * in `locale` (Spanish strings load asynchronously).
 */
/** What renderIn needs: any localized `sa-` element (SaElement, or the quick exit's ReactiveElement). */
type LocalizedElement = HTMLElement & { readonly locale: string; readonly updateComplete: Promise<boolean> };

export async function renderIn<T extends LocalizedElement>(
  template: TemplateResult,
  tag: string,
  locale = 'en',
): Promise<T> {
  const root = await fixture(template);
  const el = (root.localName === tag ? root : root.querySelector(tag)) as T;
  await waitUntil(() => el.locale === locale, `<${tag}> never rendered in ${locale}`);
  await el.updateComplete;
  return el;
}

/** The element's rendered text with whitespace collapsed, as a reader would meet it. */
export function textOf(el: Element): string {
  const root = el.shadowRoot ?? el;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { captureWarnings } from '@stalking-awareness/core/testing';

/**
 * Warnings about the input, without the bundled data's review notices: some
 * bundled sources are past their review date (the honest dates of issue 12),
 * and that notice is expected wherever their records show.
 */
export function inputWarnings(messages: readonly string[]): string[] {
  return messages.filter((message) => !/was due for review/.test(message));
}

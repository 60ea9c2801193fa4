import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SaElement } from '@stalking-awareness/core';

/**
 * Renders `template`, finds `tag` in it and waits until the element renders
 * in `locale` (Spanish strings load asynchronously).
 */
export async function renderIn<T extends SaElement>(template: TemplateResult, tag: string, locale = 'en'): Promise<T> {
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

import { waitUntil } from '@open-wc/testing';
import type { Resource } from '@stalking-awareness/core';
import { testProvenance, testResource, weeklyHours } from '@stalking-awareness/core/testing';
import type { SaHotlineBanner } from '../src/hotline-banner/index.js';

/**
 * Hand-made test records. Numbers are in the 555-01xx range reserved for
 * fiction, so no real line is ever dialled from a test or a screenshot.
 */
export function weekdayLine(overrides: Partial<Resource> = {}): Resource {
  return testResource('test-weekday-line', {
    name: 'Test Referral Line',
    description: 'A referral line that connects people with local services. It is not a crisis line.',
    contacts: [
      { channel: 'voice', value: '+15555550123', display: '555-555-0123' },
      { channel: 'sms', value: '+15555550123', display: '555-555-0123', keyword: 'HELP' },
    ],
    hours: weeklyHours(),
    provenance: testProvenance({ source: 'https://example.org/', verifiedOn: '2026-01-01' }),
    translations: { es: { description: 'Una línea de referencia a servicios locales. No es una línea de crisis.' } },
    ...overrides,
  });
}

/** The banner's shadow root, after it has rendered. */
export function shadowOf(element: SaHotlineBanner): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

export function links(element: SaHotlineBanner, selector = 'a'): HTMLAnchorElement[] {
  return [...shadowOf(element).querySelectorAll<HTMLAnchorElement>(selector)];
}

export function linkFor(element: SaHotlineBanner, channel: string, resourceId?: string): HTMLAnchorElement {
  const scope = resourceId ? `[data-resource="${resourceId}"] ` : '';
  const found = shadowOf(element).querySelector<HTMLAnchorElement>(`${scope}a[data-channel="${channel}"]`);
  if (!found) throw new Error(`no ${channel} link${resourceId ? ` for ${resourceId}` : ''}`);
  return found;
}

/** Text a sighted reader sees: screen-reader-only text left out, whitespace collapsed. */
export function visibleText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** Waits until the element renders in the language it asks for (translations load lazily). */
export async function settle(element: SaHotlineBanner): Promise<void> {
  const wanted = element.closest('[lang]')?.getAttribute('lang') === 'es' ? 'es' : 'en';
  await waitUntil(
    () => element.shadowRoot?.querySelector('section')?.getAttribute('lang') === wanted,
    `not rendered in ${wanted}`,
  );
  await element.updateComplete;
}

/** Replaces window.fetch for one test; returns a restore function. */
export function stubFetch(respond: (url: string) => Response | Promise<Response>): () => void {
  const original = window.fetch;
  window.fetch = (async (input: RequestInfo | URL) =>
    respond(String(input instanceof Request ? input.url : input))) as typeof fetch;
  return () => {
    window.fetch = original;
  };
}

interface AxeApi {
  setup(node: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(vNode: unknown): string } };
}

/**
 * The accessible name of `element` as axe-core computes it (the engine the
 * accessibility assertions use), shadow DOM included.
 */
export async function accessibleName(element: Element): Promise<string> {
  // @ts-expect-error: axe-core ships this browser bundle without module types; it registers window.axe.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: AxeApi }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(element)).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

export { captureWarnings } from '@stalking-awareness/core/testing';

import { defineElement, type VersionedElementConstructor } from '@stalking-awareness/core';
import { warmUpIntl } from '../shared/intl-warm-up.js';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Registers elements one per task, after Intl's data has loaded in a task of
 * its own, so that no single task of the page's load holds every element's
 * first render and the ICU load (the long task #14 measured). Each element
 * upgrades and renders in its own task; `sa-widgets-undefined.css` keeps
 * their room meanwhile, so nothing moves. Elements that must never wait (the
 * quick exit) are registered before this is called, not through it.
 */
export async function registerInTurn(elements: ReadonlyArray<[string, VersionedElementConstructor]>): Promise<void> {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  // Only where one of them is on the page: a page with just the quick exit never loads ICU's data.
  if (elements.some(([tag]) => document.querySelector(tag))) await warmUpIntl();
  for (const [tag, ctor] of elements) {
    await nextTask();
    await defineElement(tag, ctor);
  }
}

import { defineElement, type VersionedElementConstructor } from '@stalking-awareness/core';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Registers elements one per task, so that no single task of the page's load
 * holds every element's first render (the long task #14 measured). Each
 * element upgrades and renders in its own task; `sa-widgets-undefined.css`
 * keeps their room meanwhile, so nothing moves. An element whose render needs
 * ICU's data loads it first in a task of its own (`SaWidgetElement.needsIntlData`);
 * the README's agency page never does. Elements that must never wait (the
 * quick exit) are registered before this is called, not through it.
 */
export async function registerInTurn(elements: ReadonlyArray<[string, VersionedElementConstructor]>): Promise<void> {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  for (const [tag, ctor] of elements) {
    await nextTask();
    await defineElement(tag, ctor);
  }
}

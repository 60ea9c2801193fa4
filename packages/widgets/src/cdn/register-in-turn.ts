import { defineElement, type VersionedElementConstructor } from '@stalking-awareness/core';
import { intlIsWarm, languageNeedsIntlData, warmUpIntl } from '../shared/intl-warm-up.js';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Registers elements one per task, so that no single task of the page's load
 * holds every element's first render (the long task #14 measured). Each
 * element upgrades and renders in its own task; `sa-widgets-undefined.css`
 * keeps their room meanwhile, so nothing moves. Before a tag whose instances
 * speak a language other than English or Spanish (whose words come from
 * Intl), ICU's data loads in a task of its own; the bundled records need it
 * for nothing else, and a host's arrive later, through the validator or
 * `src`, when `SaWidgetElement.hostRecords` warms it up before they render.
 * Elements that must never wait (the quick exit) are registered before this
 * is called, not through it.
 */
export async function registerInTurn(elements: ReadonlyArray<[string, VersionedElementConstructor]>): Promise<void> {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  for (const [tag, ctor] of elements) {
    if (!intlIsWarm() && [...document.querySelectorAll(tag)].some(languageNeedsIntlData)) await warmUpIntl();
    await nextTask();
    await defineElement(tag, ctor);
  }
}

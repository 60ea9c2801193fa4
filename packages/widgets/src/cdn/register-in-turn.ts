import { defineElement, type VersionedElementConstructor } from '@stalking-awareness/core';
import { intlIsWarm, languageNeedsIntlData, warmUpIntl } from '../shared/intl-warm-up.js';

/** An element class that can tell, from an instance not yet upgraded (its attributes), whether its first render needs Intl. */
type FirstRenderCheck = { firstRenderNeedsIntlData?(element: HTMLElement): boolean };

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Registers elements one per task, so that no single task of the page's load
 * holds every element's first render (the long task #14 measured). Each
 * element upgrades and renders in its own task; `sa-widgets-undefined.css`
 * keeps their room meanwhile, so nothing moves. Before a tag whose instances
 * will render a time, a time zone or a full date (or speak another language
 * than English or Spanish), ICU's data loads in a task of its own; the
 * README's agency page never needs it. Elements that must never wait (the
 * quick exit) are registered before this is called, not through it.
 */
export async function registerInTurn(elements: ReadonlyArray<[string, VersionedElementConstructor]>): Promise<void> {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  for (const [tag, ctor] of elements) {
    const check = (ctor as FirstRenderCheck).firstRenderNeedsIntlData;
    const needed = [...document.querySelectorAll<HTMLElement>(tag)].some(
      (element) => languageNeedsIntlData(element) || check?.(element),
    );
    if (needed && !intlIsWarm()) await warmUpIntl();
    await nextTask();
    await defineElement(tag, ctor);
  }
}

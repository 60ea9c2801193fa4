import { defineElement, type VersionedElementConstructor } from '@stalking-awareness/core';
import { intlIsWarm, languageNeedsIntlData, warmUpIntl } from '../shared/intl-warm-up.js';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * How long a task goes on registering (each element upgrades and renders as
 * it registers): one frame's time. Measured on the task's own clock, so a
 * busy machine gives each element a task of its own and a quiet one groups
 * small elements, which saves a frame's style, layout and paint for each
 * (6-9 ms of main thread on the README agency page, issue 14).
 */
export const REGISTRATION_TASK_BUDGET_MS = 16;

/**
 * Registers elements in turn, so that no single task of the page's load
 * holds every element's first render (the long task #14 measured): a task
 * registers the next element only while it has run less than
 * {@link REGISTRATION_TASK_BUDGET_MS}, else the next one waits for a task of
 * its own. `sa-widgets-undefined.css` keeps their room meanwhile, so nothing
 * moves. Before a tag whose instances speak a language other than English or
 * Spanish (whose words come from Intl), ICU's data loads in a task of its
 * own; the bundled records need it for nothing else, and a host's arrive
 * later, through the validator or `src`, when `SaWidgetElement.hostRecords`
 * warms it up before they render. Elements that must never wait (the quick
 * exit) are registered before this is called, not through it.
 */
export async function registerInTurn(elements: ReadonlyArray<[string, VersionedElementConstructor]>): Promise<void> {
  if (typeof document === 'undefined') return; // a server renderer's DOM shim has customElements, not document
  let taskEnd = 0; // when the current task should stop registering; 0: no task yet
  for (const [tag, ctor] of elements) {
    if (!intlIsWarm() && [...document.querySelectorAll(tag)].some(languageNeedsIntlData)) await warmUpIntl();
    // (warmUpIntl settles in the task after the load: no element joins the load's task.)
    if (performance.now() > taskEnd) {
      await nextTask();
      taskEnd = performance.now() + REGISTRATION_TASK_BUDGET_MS;
    }
    await defineElement(tag, ctor);
  }
}

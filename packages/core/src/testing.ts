/**
 * @stalking-awareness/core/testing: helpers for test pages, never for
 * production. They undo what production code must never undo (an exit, the
 * once-only warnings) so one test page can run many tests. Not part of the
 * main entry, and not imported by any element.
 */
import { resetExitStateForTests } from './exit/exit-page.js';
import { EXIT_COVER_ATTRIBUTE, unhidePageForTests } from './exit/hide-page.js';
import { setExitNavigator } from './exit/navigator.js';

export { resetWarnings } from './warn.js';
export { testProvenance, testResource, weeklyHours } from './testing/records.js';
export { EXIT_COVER_ATTRIBUTE };

/** Collects console warnings (each call's arguments joined) until `restore()`; they are not printed meanwhile. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Undoes an exit (cover, inert page, referrer policy, blank icon and title, navigator), so the page stays usable. */
export function undoExitForTests(): void {
  resetExitStateForTests();
  unhidePageForTests();
  for (const meta of document.head.querySelectorAll('meta[name="referrer"]')) meta.remove();
  for (const link of document.head.querySelectorAll('link[rel="icon"]')) link.remove();
  document.title = '';
  setExitNavigator(undefined);
}

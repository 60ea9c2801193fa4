/**
 * Test helpers (not exported from the package): undo an exit so a test page
 * stays usable. Production code never calls these.
 */
import { resetExitStateForTests } from './exit-page.js';
import { unhidePageForTests } from './hide-page.js';
import { setExitNavigator } from './navigator.js';

export function undoExitForTests(): void {
  resetExitStateForTests();
  unhidePageForTests();
  for (const meta of document.head.querySelectorAll('meta[name="referrer"]')) meta.remove();
  for (const link of document.head.querySelectorAll('link[rel="icon"]')) link.remove();
  document.title = '';
  setExitNavigator(undefined);
}

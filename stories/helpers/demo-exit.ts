import { setExitNavigator } from '@stalking-awareness/core';
import { undoExitForTests } from '@stalking-awareness/core/testing';

// An exit must not take Storybook away: say where it would go, then bring the
// page back after a moment. (On a real page the exit replaces the page with
// the destination.)
function demoNavigator(url: string): void {
  console.info(`[Storybook demo] The page is hidden and would now be replaced by ${url}.`);
  setTimeout(() => {
    undoExitForTests(); // also restores the real navigator: put the demo one back
    setExitNavigator(demoNavigator);
  }, 1500);
}

/** Makes every exit in the stories a harmless demo. */
export function useDemoExits(): void {
  setExitNavigator(demoNavigator);
}

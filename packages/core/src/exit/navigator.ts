/** Performs the navigation of an exit. */
export type ExitNavigator = (url: string) => void;

/**
 * Replaces the current history entry, so Back never returns to the exited
 * page, and opens no second tab. Inside a frame it also tries to replace the
 * top-level page: exiting only an embedded frame would leave the page around
 * it on screen. Browsers refuse that without a user gesture or when sandboxed;
 * the frame itself is then replaced.
 */
const replaceLocation: ExitNavigator = (url) => {
  try {
    if (window.top && window.top !== window) window.top.location.replace(url);
  } catch {
    // A cross-origin or sandboxed parent: the frame still leaves below.
  }
  window.location.replace(url);
};

let navigate: ExitNavigator = replaceLocation;

/**
 * Swaps the navigation an exit performs: tests inject a spy, so nothing
 * leaves the test page. Pass undefined to restore `location.replace`.
 */
export function setExitNavigator(navigator: ExitNavigator | undefined): void {
  navigate = navigator ?? replaceLocation;
}

/** Runs the current navigator. */
export function navigateTo(url: string): void {
  navigate(url);
}

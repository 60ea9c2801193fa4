/**
 * The one exit implementation, shared by sa-quick-exit and sa-safety-alert.
 */
export { exitPage, isExiting, onExit, type ExitDetail } from './exit-page.js';
export { DEFAULT_EXIT_DESTINATION, exitDestination } from './destination.js';
export { setExitNavigator, type ExitNavigator } from './navigator.js';
export type { CoverAnnouncement } from './hide-page.js';

export { SaQuickExit, type QuickExitPosition } from './quick-exit.js';
export type { ShortcutMode } from './shortcut-keys.js';
export type { ExitDetail } from '@stalking-awareness/core';

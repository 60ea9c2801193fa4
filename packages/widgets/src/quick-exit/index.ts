export { SaQuickExit } from './quick-exit.js';

import { defineElement } from '@stalking-awareness/core';
import { SaQuickExit } from './quick-exit.js';

defineElement('sa-quick-exit', SaQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'sa-quick-exit': SaQuickExit;
  }
}

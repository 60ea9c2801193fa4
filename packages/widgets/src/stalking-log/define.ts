import { defineElement } from '@stalking-awareness/core';
import { SaStalkingLog } from './stalking-log.js';

defineElement('sa-stalking-log', SaStalkingLog);

declare global {
  interface HTMLElementTagNameMap {
    'sa-stalking-log': SaStalkingLog;
  }
}

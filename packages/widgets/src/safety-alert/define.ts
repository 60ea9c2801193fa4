import { defineElement } from '@stalking-awareness/core';
import { SaSafetyAlert } from './safety-alert.js';

defineElement('sa-safety-alert', SaSafetyAlert);

declare global {
  interface HTMLElementTagNameMap {
    'sa-safety-alert': SaSafetyAlert;
  }
}

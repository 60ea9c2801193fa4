import { defineElement } from '@stalking-awareness/core';
import { SaSafeAccess } from './safe-access.js';

defineElement('sa-safe-access', SaSafeAccess);

declare global {
  interface HTMLElementTagNameMap {
    'sa-safe-access': SaSafeAccess;
  }
}

import { defineElement } from '@stalking-awareness/core';
import { SaLegalDisclaimer } from './legal-disclaimer.js';

defineElement('sa-legal-disclaimer', SaLegalDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'sa-legal-disclaimer': SaLegalDisclaimer;
  }
}

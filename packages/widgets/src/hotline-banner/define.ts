import { defineElement } from '@stalking-awareness/core';
import { SaHotlineBanner } from './hotline-banner.js';

defineElement('sa-hotline-banner', SaHotlineBanner);

declare global {
  interface HTMLElementTagNameMap {
    'sa-hotline-banner': SaHotlineBanner;
  }
}

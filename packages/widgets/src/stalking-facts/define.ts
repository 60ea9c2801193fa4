import { defineElement } from '@stalking-awareness/core';
import { SaStalkingFacts } from './stalking-facts.js';

defineElement('sa-stalking-facts', SaStalkingFacts);

declare global {
  interface HTMLElementTagNameMap {
    'sa-stalking-facts': SaStalkingFacts;
  }
}

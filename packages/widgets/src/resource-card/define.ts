import { defineElement } from '@stalking-awareness/core';
import { SaResourceCard } from './resource-card.js';

defineElement('sa-resource-card', SaResourceCard);

declare global {
  interface HTMLElementTagNameMap {
    'sa-resource-card': SaResourceCard;
  }
}

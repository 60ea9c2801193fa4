import { defineElement } from '@stalking-awareness/core';
import { SaSafetyPlan } from './safety-plan.js';

defineElement('sa-safety-plan', SaSafetyPlan);

declare global {
  interface HTMLElementTagNameMap {
    'sa-safety-plan': SaSafetyPlan;
  }
}

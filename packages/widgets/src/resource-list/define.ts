import { defineElement } from '@stalking-awareness/core';
import { SaResourceList } from './resource-list.js';

defineElement('sa-resource-list', SaResourceList);

declare global {
  interface HTMLElementTagNameMap {
    'sa-resource-list': SaResourceList;
  }
}

import { html } from 'lit';
import { SaElement } from '@stalking-awareness/core';
import { widgetLocaleLoaders } from '../localization.js';

/**
 * Placeholder: being written.
 *
 * @tag sa-resource-card
 */
export class SaResourceCard extends SaElement {
  static override localeLoaders = widgetLocaleLoaders;

  protected override render() {
    return html`<slot></slot>`;
  }
}

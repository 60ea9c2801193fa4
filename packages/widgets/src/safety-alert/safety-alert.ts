import { html } from 'lit';
import { SaElement } from '@stalking-awareness/core';
import { widgetLocaleLoaders } from '../localization.js';

/**
 * Placeholder: being written.
 *
 * @tag sa-safety-alert
 */
export class SaSafetyAlert extends SaElement {
  static override localeLoaders = widgetLocaleLoaders;

  protected override render() {
    return html`<slot></slot>`;
  }
}

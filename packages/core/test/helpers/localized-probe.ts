import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { str } from '@lit/localize';
import { SaElement } from '../../src/base/sa-element.js';
import { defineElement } from '../../src/base/define-element.js';
import { msg } from '../../src/localization/messages.js';
import type { LocaleLoaders } from '../../src/localization/catalog.js';

/** Translations as lit-localize's runtime build emits them (values by index). */
export const probeLoaders: LocaleLoaders = {
  es: async () => ({
    templates: {
      'probe.greeting': 'Salir de esta página',
      'probe.count': str`Pulse Mayús ${0} veces más`,
    },
  }),
};

/** A minimal element with one plain and one parameterised message. */
export class LocalizedProbe extends SaElement {
  static override localeLoaders = probeLoaders;
  @property({ type: Number }) count = 2;

  override render() {
    return html`<p lang=${this.locale}>${msg('Exit this page', { id: 'probe.greeting' })}</p>
      <p id="count">${msg(str`Press Shift ${this.count} more times`, { id: 'probe.count' })}</p>`;
  }

  /** Text of the first paragraph. */
  get greeting(): string {
    return this.shadowRoot!.querySelector('p')!.textContent!;
  }

  get countText(): string {
    return this.shadowRoot!.querySelector('#count')!.textContent!;
  }
}
defineElement('sa-localized-probe', LocalizedProbe);

/** Resolves once the element has re-rendered with `text` (translations load asynchronously). */
export async function untilText(read: () => string, text: string, timeoutMs = 2000): Promise<void> {
  const start = performance.now();
  while (read() !== text) {
    if (performance.now() - start > timeoutMs) throw new Error(`Expected "${text}", still "${read()}"`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

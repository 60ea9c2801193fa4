// A host application that uses @lit/localize itself and configured it before
// our elements loaded. Its own file: @lit/localize can be configured once per page.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import { LitElement } from 'lit';
import type { LocalizedProbe } from './helpers/localized-probe.js';
import { untilText } from './helpers/localized-probe.js';

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { 'host.hello': 'Hallo' } }),
});

class HostApp extends LitElement {
  override render() {
    return html`<span>${hostMsg('Hello', { id: 'host.hello' })}</span>`;
  }
}
customElements.define('host-app', HostApp);

describe('a host page that configured @lit/localize first', () => {
  it('still gets our elements localized, and keeps its own localization working', async () => {
    await host.setLocale('de');
    await import('./helpers/localized-probe.js');
    const wrapper = await fixture(
      html`<div><host-app></host-app><sa-localized-probe lang="es"></sa-localized-probe></div>`,
    );
    const probe = wrapper.querySelector<LocalizedProbe>('sa-localized-probe')!;
    await untilText(() => probe.greeting, 'Salir de esta página');
    const app = wrapper.querySelector('host-app')!;
    await (app as HostApp).updateComplete;
    expect(app.shadowRoot!.textContent).to.contain('Hallo');
    expect(host.getLocale()).to.equal('de');
  });
});

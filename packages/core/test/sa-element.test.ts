import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SaElement } from '../src/base/sa-element.js';
import { defineElement } from '../src/base/define-element.js';

class EmitProbe extends SaElement {
  override render() {
    return html`<button @click=${() => this.emit('sa-probe', { value: 1 })}>go</button>`;
  }
}
defineElement('sa-emit-probe', EmitProbe);

describe('SaElement', () => {
  it('emits sa- events that bubble out of shadow roots to the document', async () => {
    const el = await fixture<EmitProbe>(html`<div><sa-emit-probe></sa-emit-probe></div>`);
    const probe = el.querySelector('sa-emit-probe')!;
    const heard = oneEvent(document, 'sa-probe');
    probe.shadowRoot!.querySelector('button')!.click();
    const event = (await heard) as CustomEvent<{ value: number }>;
    expect(event.detail).to.deep.equal({ value: 1 });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });

  it('emits cancelable events only when asked', async () => {
    const el = await fixture<EmitProbe>(html`<sa-emit-probe></sa-emit-probe>`);
    el.addEventListener('sa-ask', (e) => e.preventDefault());
    const event = el.emit('sa-ask', null, { cancelable: true });
    expect(event.defaultPrevented).to.equal(true);
  });

  it('is hidden by the hidden attribute even when a host stylesheet sets display', async () => {
    const el = await fixture<EmitProbe>(html`<sa-emit-probe hidden style="display:block"></sa-emit-probe>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it("inherits the host page's font", async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif"><sa-emit-probe></sa-emit-probe></div>`);
    const button = wrapper.querySelector('sa-emit-probe')!.shadowRoot!.querySelector('button')!;
    const probe = wrapper.querySelector('sa-emit-probe')!;
    expect(getComputedStyle(probe).fontFamily).to.contain('Georgia');
    expect(button).to.exist;
  });

  it('lets a host set a design token', async () => {
    const el = await fixture<EmitProbe>(html`<sa-emit-probe style="--sa-color-accent: rgb(1, 2, 3)"></sa-emit-probe>`);
    expect(getComputedStyle(el).getPropertyValue('--_sa-color-accent').trim()).to.equal('rgb(1, 2, 3)');
  });

  it('follows a dark host colour scheme', async () => {
    const wrapper = await fixture(html`<div style="color-scheme: dark"><sa-emit-probe></sa-emit-probe></div>`);
    const probe = wrapper.querySelector('sa-emit-probe')!;
    const probeEl = document.createElement('span');
    probeEl.style.color = 'var(--_sa-color-accent)';
    probe.shadowRoot!.append(probeEl);
    expect(getComputedStyle(probeEl).color).to.equal('rgb(168, 200, 255)');
  });
});

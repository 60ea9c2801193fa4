import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { str } from '@lit/localize';
import { defineElement } from '../src/base/define-element.js';
import { SaElement } from '../src/base/sa-element.js';
import { msg } from '../src/localization/messages.js';
import { provideTemplates, type LocaleLoaders } from '../src/localization/catalog.js';

// Issue 14: on a Spanish page an element must never paint in English first
// and then in Spanish (the text changes size and the page moves).

let count = 0;
const uniqueTag = () => `sa-preload-test-${++count}`;

/** A class with its own loaders (each test gets fresh ones, so nothing is cached between tests). */
function probeClass(loadDelayMs: number, onLoad: () => void = () => {}) {
  const loaders: LocaleLoaders = {
    es: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          onLoad();
          resolve({ templates: { 'preload.greeting': 'Salir de esta página', 'preload.n': str`${0} más` } });
        }, loadDelayMs),
      ),
  };
  return class Probe extends SaElement {
    static override localeLoaders = loaders;
    /** Every text this element has ever painted, in order. */
    painted: string[] = [];
    override render() {
      return html`<p>${msg('Exit this page', { id: 'preload.greeting' })}</p>`;
    }
    protected override updated(): void {
      this.painted.push(this.shadowRoot!.textContent!.trim());
    }
  };
}

describe('defineElement on a page in another language', () => {
  let stage: HTMLElement;
  beforeEach(() => {
    stage = document.createElement('div');
    document.body.append(stage);
  });
  afterEach(() => {
    stage.remove();
    document.documentElement.removeAttribute('data-test');
  });

  it('registers at once on an English page (no translations to wait for)', () => {
    const Probe = probeClass(0);
    const tag = uniqueTag();
    stage.innerHTML = `<${tag}></${tag}>`;
    const result = defineElement(tag, Probe);
    expect(result).to.equal(Probe);
    expect(customElements.get(tag)).to.equal(Probe);
  });

  it('with its Spanish provided up front (a bundle with Spanish built in): registers at once, paints Spanish, loads nothing', async () => {
    let loads = 0;
    const Probe = probeClass(50, () => loads++);
    provideTemplates(Probe.localeLoaders, 'es', { 'preload.greeting': 'Salir de esta página' });
    const tag = uniqueTag();
    stage.setAttribute('lang', 'es');
    stage.innerHTML = `<${tag}></${tag}>`;
    expect(defineElement(tag, Probe)).to.equal(Probe);
    const element = stage.querySelector(tag) as InstanceType<typeof Probe>;
    await element.updateComplete;
    expect(element.painted).to.deep.equal(['Salir de esta página']);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(loads, 'the loader never ran').to.equal(0);
  });

  it('loads Spanish first, then upgrades: the first paint is already Spanish', async () => {
    const Probe = probeClass(50);
    const tag = uniqueTag();
    stage.setAttribute('lang', 'es');
    stage.innerHTML = `<${tag}></${tag}>`;
    const result = defineElement(tag, Probe);
    expect(customElements.get(tag), 'not registered before the strings are in').to.equal(undefined);
    await result;
    const element = stage.querySelector(tag) as InstanceType<typeof Probe>;
    await element.updateComplete;
    expect(element.painted).to.deep.equal(['Salir de esta página']);
  });

  it('upgrades in English after the time limit when the translations never arrive', async () => {
    const Probe = probeClass(60_000);
    const tag = uniqueTag();
    stage.setAttribute('lang', 'es');
    stage.innerHTML = `<${tag}></${tag}>`;
    const started = performance.now();
    await defineElement(tag, Probe);
    expect(performance.now() - started).to.be.below(3000);
    expect(customElements.get(tag)).to.equal(Probe);
  }).timeout(5000);
});

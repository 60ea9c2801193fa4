import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { resetWarnings } from '@stalking-awareness/core/testing';
import '../src/define-all.js';
import { defineWhenUsed } from '../src/shared/load-when-used.js';
import { mountWidgets, UNREGISTERED_WARNING_MS } from '../src/mount/index.js';
import type { SaHotlineBanner } from '../src/hotline-banner/index.js';
import type { SaQuickExit } from '../src/quick-exit/index.js';
import type { SaResourceList } from '../src/resource-list/index.js';
import { captureWarnings, textOf, inputWarnings } from './helpers/content-fixtures.js';

/** What an editor pastes into a CMS whose editor strips unknown tags: only <div>, <a> and data- attributes. */
const EDITOR_CONTENT = `
<div data-sa-widget="quick-exit"><a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></div>
<div data-sa-widget="hotline-banner" data-variant="compact" data-resource-ids="ndvh victimconnect"></div>
<div data-sa-widget="resource-list" data-categories="legal" data-heading-level="3" data-search=""></div>
<div data-sa-widget="legal-disclaimer" data-agency="Child Support Services" data-variant="compact"></div>`;

async function mountedIn<T extends HTMLElement>(holder: Element, tag: string): Promise<T> {
  await waitUntil(() => holder.querySelector(tag)?.shadowRoot?.childElementCount, `<${tag}> to mount and render`);
  const element = holder.querySelector(tag) as T & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  return element;
}

describe('data-sa-widget markup', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('upgrades a div into the element it names, each data- attribute becoming its attribute', async () => {
    const holder = await fixture(
      html`<div data-sa-widget="hotline-banner" data-variant="compact" data-resource-ids="victimconnect"></div>`,
    );
    const banner = await mountedIn<SaHotlineBanner>(holder, 'sa-hotline-banner');
    expect(banner.getAttribute('variant')).to.equal('compact');
    expect(banner.variant).to.equal('compact');
    expect(textOf(banner)).to.include('VictimConnect');
    expect(holder.attributes.length, 'the holder itself is left as the editor wrote it').to.equal(3);
    await expect(holder).to.be.accessible();
    expect(inputWarnings(warnings.messages)).to.deep.equal([]);
  });

  it('moves the quick exit fallback link inside, where it still sets the destination', async () => {
    const holder = await fixture(
      html`<div data-sa-widget="quick-exit" data-position="inline">
        <a href="https://www.example.org/" rel="noreferrer nofollow">Exit this page</a>
      </div>`,
    );
    const exit = await mountedIn<SaQuickExit>(holder, 'sa-quick-exit');
    expect(exit.querySelector(':scope > a')!.getAttribute('href')).to.equal('https://www.example.org/');
    expect(exit.destination).to.equal('https://www.example.org/');
    expect(exit.shadowRoot!.querySelector('[part="control"]')!.textContent).to.include('Exit this page');
    await expect(holder).to.be.accessible();
  });

  it('mounts markup added to the page later, in Spanish when the holder says lang="es"', async () => {
    const host = await fixture(html`<main></main>`);
    host.innerHTML = `<section lang="es"><div data-sa-widget="safety-alert" data-variant="inline"></div></section>`;
    const alert = await mountedIn<HTMLElement>(host, 'sa-safety-alert');
    await waitUntil(() => textOf(alert).includes('El historial del navegador'), 'Spanish text');
    await expect(host).to.be.accessible();
  });

  it('shows the content and warns, naming the attribute, when no such element is ever registered', async () => {
    const host = await fixture(
      html`<div>
        <div data-sa-widget="no-such-thing"><p>Call us</p></div>
        <div data-sa-widget="sa-quick-exit"></div>
        <div data-sa-widget="<b>">kept</div>
      </div>`,
    );
    expect(host.querySelector('[data-sa-widget="no-such-thing"] > sa-no-such-thing > p')!.textContent).to.equal(
      'Call us',
    );
    expect(host.querySelector<HTMLElement>('sa-no-such-thing p')!.offsetHeight).to.be.greaterThan(0);
    expect(host.querySelector('[data-sa-widget="<b>"]')!.innerHTML).to.equal('kept');
    expect(warnings.messages.join('\n')).to.include('data-sa-widget="<b>": not an element name');
    await new Promise((done) => setTimeout(done, UNREGISTERED_WARNING_MS + 100));
    const all = warnings.messages.join('\n');
    expect(all).to.include('data-sa-widget="no-such-thing": no <sa-no-such-thing> is registered');
    expect(all).to.include('data-sa-widget="sa-quick-exit": no <sa-sa-quick-exit> is registered (drop the sa- prefix)');
  });

  it('mounts an element registered later, keeping the attributes it knows', async () => {
    const holder = await fixture(html`<div data-sa-widget="late-test" data-label="Hi" data-bogus="x">kept</div>`);
    class Late extends HTMLElement {
      static observedAttributes = ['label'];
    }
    customElements.define('sa-late-test', Late);
    await waitUntil(() => !holder.querySelector('sa-late-test')!.hasAttribute('bogus'), 'attributes checked');
    const late = holder.querySelector('sa-late-test')!;
    expect(late).to.be.instanceOf(Late);
    expect(late.getAttribute('label')).to.equal('Hi');
    expect(late.textContent).to.equal('kept');
    expect(warnings.messages.join('\n')).to.include('<sa-late-test> has no attribute "bogus"');
  });

  it('mounts despite an attribute name the parser allows but the DOM refuses (data-)', async () => {
    const host = await fixture(html`<div></div>`);
    host.innerHTML = '<div data-sa-widget="legal-disclaimer" data-="" data-variant="inline"></div>';
    const disclaimer = await mountedIn<HTMLElement>(host, 'sa-legal-disclaimer');
    expect(disclaimer.getAttribute('variant')).to.equal('inline');
  });

  it('mounts a holder once when two copies of the library are on the page', async () => {
    // The same module under another URL: a second, independent copy.
    const secondCopy = '../src/mount/mount.ts?second-copy';
    const other = (await import(secondCopy)) as typeof import('../src/mount/mount.js');
    const host = await fixture(html`<div></div>`);
    const observer = other.observeWidgets(host);
    host.innerHTML = '<div data-sa-widget="legal-disclaimer" data-variant="inline"></div>';
    await mountedIn(host, 'sa-legal-disclaimer');
    mountWidgets(host);
    other.mountWidgets(host);
    await new Promise((done) => setTimeout(done));
    observer();
    expect(host.querySelectorAll('sa-legal-disclaimer').length).to.equal(1);
  });

  it('lets an element the bundle loads only when its tag is used load from the markup', async () => {
    let loads = 0;
    defineWhenUsed('sa-lazy-test', async () => {
      loads += 1;
      customElements.define('sa-lazy-test', class extends HTMLElement {});
    });
    const holder = await fixture(html`<div data-sa-widget="lazy-test"></div>`);
    await waitUntil(() => holder.querySelector('sa-lazy-test')?.matches(':defined'), 'the lazy element to load');
    expect(loads).to.equal(1);
  });

  it('ignores unknown attributes and never takes src or remember-dismissal from content', async () => {
    const holder = await fixture(
      html`<div
        data-sa-widget="resource-list"
        data-src="https://tracker.example/resources.json"
        data-colour="red"
        data-categories="legal"
      ></div>`,
    );
    const list = await mountedIn<SaResourceList>(holder, 'sa-resource-list');
    expect(list.hasAttribute('src')).to.equal(false);
    expect(list.hasAttribute('colour')).to.equal(false);
    expect(list.getAttribute('categories')).to.equal('legal');
    const all = warnings.messages.join('\n');
    expect(all).to.include('data-src ignored');
    expect(all).to.include('<sa-resource-list> has no attribute "colour"');
  });

  describe("after DOMPurify's default sanitizing", () => {
    it('keeps the data-sa-widget markup, which mounts every element', async () => {
      const clean = DOMPurify.sanitize(EDITOR_CONTENT);
      expect(clean.replace(/\s+/g, ' ').trim()).to.equal(EDITOR_CONTENT.replace(/\s+/g, ' ').trim());
      const host = await fixture(html`<main></main>`);
      host.innerHTML = clean;
      for (const tag of ['sa-quick-exit', 'sa-hotline-banner', 'sa-resource-list', 'sa-legal-disclaimer']) {
        await mountedIn(host, tag);
      }
      expect(host.querySelector('sa-quick-exit > a[href="https://www.weather.gov/"]')).to.exist;
      expect(host.querySelector('sa-resource-list')!.hasAttribute('search')).to.equal(true);
      await expect(host).to.be.accessible();
      expect(inputWarnings(warnings.messages)).to.deep.equal([]);
    });

    it('removes the sa- tags themselves (why the data- form exists), keeping only the link', () => {
      const clean = DOMPurify.sanitize(
        '<sa-quick-exit><a href="https://www.weather.gov/">Exit this page</a></sa-quick-exit><sa-hotline-banner></sa-hotline-banner>',
      );
      expect(clean).to.equal('<a href="https://www.weather.gov/">Exit this page</a>');
    });
  });
});

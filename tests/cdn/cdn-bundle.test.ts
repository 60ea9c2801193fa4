import { expect } from '@open-wc/testing';
import { defaultResources } from '@stalking-awareness/core';

interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; customElement?: boolean }> }>;
}

/** Every tag the manifest documents: the bundle must register all of them. */
async function documentedTags(): Promise<string[]> {
  const manifest = (await (await fetch('/packages/widgets/custom-elements.json')).json()) as Manifest;
  const tags = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!),
  );
  return [...new Set(tags)].sort();
}

function loadPage(src: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.width = '1024px';
    frame.style.height = '768px';
    frame.onload = () => resolve(frame);
    frame.onerror = reject;
    document.body.append(frame);
  });
}

/** Tools the CDN bundle loads from chunks/ only when their tag appears on the page (cdn-page.html has none). */
const LAZY_TAGS = ['sa-safety-plan', 'sa-stalking-log', 'sa-stalking-facts', 'sa-safe-access'];

async function until(check: () => boolean, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('CDN bundle in a plain HTML page (no build step)', () => {
  it('registers every documented element and renders them', async () => {
    const tags = await documentedTags();
    expect(tags).to.include.members([
      'sa-quick-exit',
      'sa-hotline-banner',
      'sa-resource-card',
      'sa-resource-list',
      'sa-legal-disclaimer',
      'sa-safety-alert',
    ]);
    const errors: string[] = [];
    const frame = await loadPage('/tests/fixtures/cdn-page.html');
    const win = frame.contentWindow as Window & typeof globalThis;
    win.addEventListener('error', (e) => errors.push(e.message));
    const core = tags.filter((tag) => !LAZY_TAGS.includes(tag));
    await until(() => core.every((tag) => win.customElements.get(tag) !== undefined));
    // The page uses none of the larger tools: their code is not even fetched.
    const fetched = () => win.performance.getEntriesByType('resource').map((entry) => entry.name);
    // The card, list and disclaimer it does use come in one chunk, requested once for the three tags.
    expect(fetched().filter((name) => name.includes('later-elements')).length).to.equal(1);
    for (const tag of LAZY_TAGS) {
      expect(win.customElements.get(tag), `${tag} waits until it is used`).to.equal(undefined);
      expect(fetched().filter((name) => name.includes(tag.replace('sa-', '')))).to.deep.equal([]);
    }
    // Using one loads it, from chunks/ beside the bundle (same origin).
    for (const tag of LAZY_TAGS) win.document.body.append(win.document.createElement(tag));
    await until(() => tags.every((tag) => win.customElements.get(tag) !== undefined));
    expect(fetched().every((name) => name.startsWith(win.location.origin))).to.equal(true);
    for (const tag of tags) {
      const element = win.document.querySelector(tag);
      if (element) {
        await until(() => element.shadowRoot !== null);
        expect(element.shadowRoot!.childNodes.length, `${tag} rendered`).to.be.greaterThan(0);
      }
    }
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('an English page with only the bundled data never downloads the validator; host records load it and are checked', async () => {
    const frame = await loadPage('/tests/fixtures/cdn-page.html');
    const win = frame.contentWindow as Window & typeof globalThis;
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    const bundledList = win.document.querySelector('sa-resource-list')!;
    await until(() => bundledList.shadowRoot?.querySelector('[part="list"] li') != null);
    const validatorRequests = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('validator'));
    expect(validatorRequests()).to.deep.equal([]);

    // A host's own records: the validator loads once; every valid record shows, the invalid one is reported.
    type Updating = HTMLElement & { updateComplete: Promise<boolean> };
    const valid = { ...defaultResources[0]!, id: 'host-copy', name: 'Host copy of a line' };
    const invalid = { ...defaultResources[0]!, id: 'host-bad', contacts: [{ channel: 'web', value: 'javascript:alert(1)' }] };
    const list = Object.assign(win.document.createElement('sa-resource-list'), { resources: [valid, invalid] }) as Updating;
    const card = Object.assign(win.document.createElement('sa-resource-card'), { resource: invalid }) as Updating;
    win.document.body.append(list, card);
    await list.updateComplete;
    await card.updateComplete;
    expect(validatorRequests().length).to.equal(1);
    const names = [...list.shadowRoot!.querySelectorAll('[part="name"]')].map((name) => name.textContent?.trim());
    expect(names).to.deep.equal(['Host copy of a line']);
    expect(card.shadowRoot!.querySelector('[part="invalid"]'), 'a calm visible state').to.not.equal(null);
    for (const element of [list, card]) expect(element.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(warnings.some((text) => text.includes('host-bad') && text.includes('contacts[0]'))).to.equal(true);
    expect(warnings.some((text) => text.includes('<sa-resource-card> resource'))).to.equal(true);
    frame.remove();
  });

  it('the quick-exit-only bundle registers the quick exit alone', async () => {
    const frame = await loadPage('/tests/fixtures/cdn-quick-exit-page.html');
    const win = frame.contentWindow as Window & typeof globalThis;
    await until(() => win.customElements.get('sa-quick-exit') !== undefined);
    expect(win.customElements.get('sa-resource-list')).to.equal(undefined);
    frame.remove();
  });
});

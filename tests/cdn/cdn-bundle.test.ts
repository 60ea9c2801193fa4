import { expect } from '@open-wc/testing';

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
    await until(() => tags.every((tag) => win.customElements.get(tag) !== undefined));
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

  it('the quick-exit-only bundle registers the quick exit alone', async () => {
    const frame = await loadPage('/tests/fixtures/cdn-quick-exit-page.html');
    const win = frame.contentWindow as Window & typeof globalThis;
    await until(() => win.customElements.get('sa-quick-exit') !== undefined);
    expect(win.customElements.get('sa-resource-list')).to.equal(undefined);
    frame.remove();
  });
});

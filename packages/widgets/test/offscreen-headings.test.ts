// Headings far below the screen still reach screen readers. Skipping the
// layout of off-screen content with `content-visibility: auto` (tried for
// issue 14, and used for resource cards after the 25th until now) takes its
// headings out of Chromium's accessibility tree until it is scrolled near:
// someone moving through the page by headings would not find them. Every
// element is checked on one long phone page, so no element brings it back.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { testResource } from '@stalking-awareness/core/testing';
import '../src/quick-exit/define.js';
import '../src/safety-alert/define.js';
import '../src/hotline-banner/define.js';
import '../src/resource-card/define.js';
import '../src/resource-list/define.js';
import '../src/legal-disclaimer/define.js';
import '../src/safety-plan/define.js';
import '../src/stalking-log/define.js';
import '../src/stalking-facts/define.js';
import '../src/safe-access/define.js';
import type { SaResourceList } from '../src/resource-list/resource-list.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

interface AccessibleNode {
  role?: string;
  name?: string;
  children?: AccessibleNode[];
}
const headingsIn = (node: AccessibleNode): string[] => [
  ...(node.role === 'heading' && node.name ? [node.name] : []),
  ...(node.children ?? []).flatMap(headingsIn),
];

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Headings the elements show (in their shadow roots, not hidden, not in a
 * closed disclosure) that a screen reader is not given.
 */
async function headingsNotRead(root: Element): Promise<string[]> {
  const shown = [...root.querySelectorAll<Updatable>('*')]
    .filter((element) => element.shadowRoot)
    .flatMap((element) => [...element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')])
    .filter((heading) => heading.checkVisibility())
    .map(text);
  const read = headingsIn((await a11ySnapshot({})) as unknown as AccessibleNode);
  return shown.filter((heading) => !read.includes(heading));
}

async function settle(root: Element): Promise<void> {
  const elements = [...root.querySelectorAll<Updatable>('*')].filter((element) => element.localName.startsWith('sa-'));
  await Promise.all(elements.map((element) => element.updateComplete));
  await nextFrame();
  await nextFrame();
}

describe('headings screens below the first reach screen readers', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('every element on one long page at 375 px', async () => {
    await setViewport({ width: 375, height: 812 });
    const page = await fixture(
      html`<div>
        <sa-quick-exit><a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></sa-quick-exit>
        <sa-safety-alert variant="emergency"></sa-safety-alert>
        <sa-hotline-banner></sa-hotline-banner>
        <sa-resource-list heading-level="2"></sa-resource-list>
        <sa-resource-card resource-id="ndvh"></sa-resource-card>
        <sa-stalking-facts></sa-stalking-facts>
        <sa-safe-access></sa-safe-access>
        <sa-safety-plan></sa-safety-plan>
        <sa-stalking-log></sa-stalking-log>
        <sa-legal-disclaimer agency="Child Support Services"></sa-legal-disclaimer>
      </div>`,
    );
    await settle(page);
    const last = page.querySelector('sa-legal-disclaimer')!;
    expect(last.getBoundingClientRect().top, 'the page is many screens long').to.be.greaterThan(4 * 812);
    expect(await headingsNotRead(page)).to.deep.equal([]);
  });

  it('a long list shown whole (page-size="60"): all 60 card headings are read', async () => {
    const many = Array.from({ length: 60 }, (_, i) => testResource(`line-${i}`, { name: `Line number ${i}` }));
    const list = await fixture<SaResourceList>(
      html`<sa-resource-list page-size="60" .resources=${many}></sa-resource-list>`,
    );
    await settle(list.parentElement!);
    expect(list.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(60);
    expect(await headingsNotRead(list.parentElement!)).to.deep.equal([]);
  });
});

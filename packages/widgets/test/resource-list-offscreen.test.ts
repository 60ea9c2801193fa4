// Cards far below the screen stay readable by screen readers. Skipping their
// layout with `content-visibility: auto` (tried for issue 14, and used for
// cards after the 25th until now) takes their headings out of Chromium's
// accessibility tree until they are scrolled near: someone moving through
// the page by headings would not find them. So every card is laid out.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { testResource } from '@stalking-awareness/core/testing';
import '../src/resource-list/define.js';
import type { SaResourceList } from '../src/resource-list/resource-list.js';

interface AccessibleNode {
  role?: string;
  name?: string;
  children?: AccessibleNode[];
}
const headings = (node: AccessibleNode): string[] => [
  ...(node.role === 'heading' && node.name ? [node.name] : []),
  ...(node.children ?? []).flatMap(headings),
];

/** The names of the cards' headings a screen reader is given. */
async function cardHeadingsRead(list: SaResourceList): Promise<string[]> {
  const cardNames = new Set(
    [...list.shadowRoot!.querySelectorAll('[part~="card"] [part~="name"]')].map((name) => name.textContent!.trim()),
  );
  return headings((await a11ySnapshot({})) as unknown as AccessibleNode).filter((name) => cardNames.has(name));
}

async function rendered(template: ReturnType<typeof html>): Promise<SaResourceList> {
  const list = await fixture<SaResourceList>(template);
  await list.updateComplete;
  await nextFrame();
  await nextFrame();
  return list;
}

describe('sa-resource-list cards far below the screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at phone width, every bundled card’s heading is read, screens below the first', async () => {
    await setViewport({ width: 375, height: 812 });
    const list = await rendered(html`<sa-resource-list></sa-resource-list>`);
    const cards = list.shadowRoot!.querySelectorAll('[part~="card"]');
    expect(cards[cards.length - 1]!.getBoundingClientRect().top, 'the last card is screens below').to.be.greaterThan(
      2 * 812,
    );
    expect(await cardHeadingsRead(list)).to.have.length(cards.length);
  });

  it('a long list shown whole (page-size="60"): all 60 headings are read', async () => {
    const many = Array.from({ length: 60 }, (_, i) => testResource(`line-${i}`, { name: `Line number ${i}` }));
    const list = await rendered(html`<sa-resource-list page-size="60" .resources=${many}></sa-resource-list>`);
    const read = await cardHeadingsRead(list);
    expect(read).to.have.length(60);
    expect(read.at(-1)).to.equal('Line number 59');
  });
});

// Phone numbers never break across lines (issue 20): "1-800-787-3224" and
// "(1-855-484-2846)" stay whole in the three-column grid at 1280 px and on a
// 375 px phone, in English and Spanish, and "llame al 911" keeps 911 with
// the word before it.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/hotline-banner/define.js';
import '../src/resource-list/define.js';
import '../src/resource-card/define.js';

/** Every text node inside `root`, through open shadow roots. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** Visible text only: a screen-reader-only copy (clipped to 1 px) cannot wrap visibly. */
function isShown(text: Text): boolean {
  const element = text.parentElement;
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && element.closest('[hidden]') === null;
}

/**
 * Each shown occurrence of a phone-number-like run ("1-800-787-3224",
 * "(1-855-484-2846)", "911" with the word before it, even across elements)
 * and the number of line boxes it is laid out on.
 */
function numberLines(root: Element, patterns: RegExp[]): Array<{ text: string; lines: number }> {
  const nodes = textNodes(root).filter(isShown);
  const starts: number[] = [];
  let all = '';
  for (const node of nodes) {
    starts.push(all.length);
    all += node.data;
  }
  const at = (index: number): [Text, number] => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > index) i--;
    return [nodes[i]!, index - starts[i]!];
  };
  const results: Array<{ text: string; lines: number }> = [];
  for (const pattern of patterns) {
    for (const match of all.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(...at(match.index));
      const [endNode, endOffset] = at(match.index + match[0].length - 1);
      range.setEnd(endNode, endOffset + 1);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      results.push({ text: match[0], lines: tops.size });
    }
  }
  return results;
}

// Dashed numbers, each space-separated part on its own ("1-855-4-VICTIM" and "(1-855-484-2846)" may sit on two
// lines, but neither breaks inside), and 911 with the word before it.
const NUMBER_PARTS = [/\(?\d[\d-]*-[\dA-Z-]*\d\)?/g, /\S+[\s\u00a0]911\b/g];

const page = (lang: string) => html`
  <div lang=${lang} style="max-width: 1280px">
    <sa-hotline-banner resource-ids="ndvh victimconnect"></sa-hotline-banner>
    <sa-resource-list categories="support-network" page-size="6" include-banner-hotlines></sa-resource-list>
    <div style="display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem">
      <sa-resource-card resource-id="ndvh"></sa-resource-card>
      <sa-resource-card resource-id="victimconnect"></sa-resource-card>
      <sa-resource-card resource-id="988-lifeline"></sa-resource-card>
    </div>
  </div>
`;

describe('phone numbers never break across lines', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 375]) {
    for (const lang of ['en', 'es']) {
      it(`stay on one line at ${width} px (${lang})`, async () => {
        await setViewport({ width, height: 900 });
        const root = await fixture<HTMLElement>(page(lang));
        const elements = [...root.querySelectorAll('sa-hotline-banner, sa-resource-list, sa-resource-card')];
        await Promise.all(
          elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
        );
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const found = numberLines(root, NUMBER_PARTS);
        expect(found.some((f) => f.text.includes('1-800-787-3224'))).to.equal(true);
        expect(found.some((f) => f.text.includes('(1-855-484-2846)'))).to.equal(true);
        expect(found.some((f) => /911$/.test(f.text))).to.equal(true);
        const broken = found.filter((f) => f.lines > 1);
        expect(broken, JSON.stringify(broken)).to.deep.equal([]);
      });
    }
  }
});

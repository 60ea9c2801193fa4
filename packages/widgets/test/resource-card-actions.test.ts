// Cards (issue 20): no repeated actions, labels that do not repeat their
// buttons, and actions that line up across a row of the list.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/resource-card/define.js';
import '../src/resource-list/define.js';
import type { SaResourceCard } from '../src/resource-card/index.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The visible words of each action (the digit-by-digit copy for screen readers left out). */
function actionTexts(root: ParentNode): string[] {
  return [...root.querySelectorAll('[part~="contact"]')].map((link) => {
    const clone = link.cloneNode(true) as Element;
    clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return text(clone);
  });
}

async function card(id: string): Promise<ShadowRoot> {
  const el = await fixture<SaResourceCard>(html`<sa-resource-card resource-id=${id}></sa-resource-card>`);
  await el.updateComplete;
  return el.shadowRoot!;
}

describe('resource card actions', () => {
  it('988: one "Call 988", with what else the number is for next to it', async () => {
    const root = await card('988-lifeline');
    const actions = actionTexts(root);
    expect(actions.filter((action) => action === 'Call 988')).to.have.length(1);
    expect(new Set(actions).size, `no two identical buttons: ${actions.join(' | ')}`).to.equal(actions.length);
    const call = [...root.querySelectorAll('.contact-item')].find((item) => text(item).startsWith('Call 988'))!;
    expect(text(call)).to.contain('Spanish: press 2').and.to.contain('Veterans: press 1');
    // Labels do not repeat their buttons: "Text AYUDA to 988" is for Spanish, not "Spanish: text AYUDA".
    const labels = [...root.querySelectorAll('[part~="contact-label"]')].map(text);
    expect(labels.join(' ')).not.to.contain('text AYUDA');
    expect(labels.join(' ')).not.to.contain('text 838255');
    expect(labels).to.include('(Spanish)').and.to.include('(Veterans)');
    await expect(root.host).to.be.accessible();
  });

  it('SPARC: no two identical website buttons', async () => {
    const actions = actionTexts(await card('sparc'));
    expect(actions.length).to.be.greaterThan(0);
    expect(new Set(actions).size, actions.join(' | ')).to.equal(actions.length);
  });

  it('line their actions up across a row of the list at 1280 px', async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const list = await fixture<Updatable>(
        html`<sa-resource-list categories="support-network" style="max-width: 1200px"></sa-resource-list>`,
      );
      await list.updateComplete;
      const cards = [...list.shadowRoot!.querySelectorAll('[part~="card"]')];
      const rows = new Map<number, number[]>();
      for (const item of cards) {
        const top = Math.round(item.getBoundingClientRect().top);
        const actions = item.querySelector('[part~="contacts"]');
        if (!actions) continue;
        rows.set(top, [...(rows.get(top) ?? []), Math.round(actions.getBoundingClientRect().top)]);
      }
      const multi = [...rows.values()].filter((tops) => tops.length > 1);
      expect(multi.length, 'a row with several cards').to.be.greaterThan(0);
      for (const tops of multi) expect(new Set(tops).size, `actions' tops ${tops.join(', ')}`).to.equal(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

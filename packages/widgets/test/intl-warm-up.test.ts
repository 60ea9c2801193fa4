// Issue 14: ICU's data (the first Intl object a page builds costs 15–25 ms)
// is loaded only for a render that needs it, in a task before that render;
// an element showing nothing that needs it builds no Intl object at all.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/legal-disclaimer/define.js';
import '../src/resource-card/define.js';
import '../src/safety-alert/define.js';
import { SaHotlineBanner } from '../src/hotline-banner/index.js';
import { SaLegalDisclaimer } from '../src/legal-disclaimer/index.js';
import { SaResourceCard } from '../src/resource-card/index.js';
import { SaResourceList } from '../src/resource-list/index.js';

const built: string[] = [];
/** In order: `intl` (an Intl object built), `task` (the task that built the first one has ended), `update` (an element's willUpdate). */
const events: string[] = [];
const originals = new Map<string, unknown>();

// Every Intl constructor, with or without `new`, is noted.
before(() => {
  for (const kind of Object.getOwnPropertyNames(Intl).filter((name) => /^[A-Z]/.test(name))) {
    const Native = (Intl as unknown as Record<string, (...args: unknown[]) => unknown>)[kind]!;
    originals.set(kind, Native);
    const note = () => {
      if (built.length === 0) setTimeout(() => events.push('task'));
      built.push(kind);
      events.push('intl');
    };
    (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Native, {
      construct(target, args) {
        note();
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        note();
        return Reflect.apply(target, self, args) as unknown;
      },
    });
  }
});

after(() => {
  for (const [kind, Native] of originals) (Intl as unknown as Record<string, unknown>)[kind] = Native;
});

describe('ICU data only where a render needs it', () => {
  // First: nothing may have loaded ICU's data before it.
  it('a 24/7 card, an undated disclaimer and the alert, in English and Spanish, build no Intl object', async () => {
    for (const lang of ['en', 'es']) {
      const page = await fixture(
        html`<div lang=${lang}>
          <sa-safety-alert></sa-safety-alert>
          <sa-resource-card resource-id="988-lifeline"></sa-resource-card>
          <sa-legal-disclaimer agency="Child Support Services"></sa-legal-disclaimer>
        </div>`,
      );
      const card = page.querySelector<SaResourceCard>('sa-resource-card')!;
      const languages = lang === 'en' ? 'English and Spanish' : 'inglés y español';
      // Spanish strings arrive a moment later.
      await waitUntil(() => card.shadowRoot?.textContent?.includes(languages), `the card says "${languages}"`);
      await new Promise((settle) => setTimeout(settle, 50));
    }
    expect(built).to.deep.equal([]);
  });

  it('a disclaimer given a review date after its first render loads ICU in a task of its own, then prints the date', async () => {
    const element = document.createElement('sa-legal-disclaimer') as SaLegalDisclaimer;
    document.body.append(element);
    await element.updateComplete;
    expect(built).to.deep.equal([]);
    element.lastReviewed = '2026-03-03';
    const willUpdate = (element as unknown as { willUpdate: (changed: unknown) => void }).willUpdate;
    Object.assign(element, {
      willUpdate(this: SaLegalDisclaimer, changed: unknown) {
        events.push('update');
        willUpdate.call(this, changed);
      },
    });
    try {
      await element.updateComplete;
      expect(events.slice(0, 3)).to.deep.equal(['intl', 'task', 'update']);
      expect(element.shadowRoot!.textContent).to.contain('March 3, 2026');
    } finally {
      element.remove();
    }
  });

  it('tells before upgrading whether a first render needs Intl (what the CDN bundle warms up for)', () => {
    const element = (attributes: Record<string, string> = {}) => {
      const created = document.createElement('div');
      for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
      return created;
    };
    // ndvh shows the full date its source was checked; the 988 line is 24/7 and dated by no day.
    expect(SaResourceCard.firstRenderNeedsIntlData(element({ 'resource-id': 'ndvh' }))).to.equal(true);
    expect(SaResourceCard.firstRenderNeedsIntlData(element({ 'resource-id': '988-lifeline' }))).to.equal(false);
    expect(SaLegalDisclaimer.firstRenderNeedsIntlData(element({ 'last-reviewed': '2026-03-03' }))).to.equal(true);
    expect(SaLegalDisclaimer.firstRenderNeedsIntlData(element())).to.equal(false);
    // No banner on this page: the bundled list shows ndvh too. A src list shows a host's records later.
    expect(SaResourceList.firstRenderNeedsIntlData(element())).to.equal(true);
    expect(SaResourceList.firstRenderNeedsIntlData(element({ src: '/data.json' }))).to.equal(false);
    expect(SaHotlineBanner.firstRenderNeedsIntlData(element())).to.equal(false);
  });
});

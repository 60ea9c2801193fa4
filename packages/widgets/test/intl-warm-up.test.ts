// Issue 14: ICU's data (the first Intl object a page builds costs 15–25 ms)
// is loaded only for a render that needs it, in a task before that render;
// an element showing nothing that needs it builds no Intl object at all.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/legal-disclaimer/define.js';
import '../src/resource-card/define.js';
import '../src/safety-alert/define.js';
import { testResource, weeklyHours } from '@stalking-awareness/core/testing';
import type { SaLegalDisclaimer } from '../src/legal-disclaimer/index.js';
import type { SaResourceCard } from '../src/resource-card/index.js';

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
  it('a 24/7 card, a dated card, a dated disclaimer and the alert, in English and Spanish, build no Intl object', async () => {
    for (const lang of ['en', 'es']) {
      const page = await fixture(
        html`<div lang=${lang}>
          <sa-safety-alert></sa-safety-alert>
          <sa-resource-card resource-id="988-lifeline"></sa-resource-card>
          <sa-resource-card resource-id="ndvh"></sa-resource-card>
          <sa-legal-disclaimer agency="Child Support Services" last-reviewed="2026-03-03"></sa-legal-disclaimer>
        </div>`,
      );
      const card = page.querySelector<SaResourceCard>('sa-resource-card')!;
      const languages = lang === 'en' ? 'English and Spanish' : 'inglés y español';
      // Spanish strings arrive a moment later.
      await waitUntil(() => card.shadowRoot?.textContent?.includes(languages), `the card says "${languages}"`);
      const disclaimer = page.querySelector<SaLegalDisclaimer>('sa-legal-disclaimer')!;
      const reviewed = lang === 'en' ? 'March 3, 2026' : '3 de marzo de 2026';
      await waitUntil(
        () => disclaimer.shadowRoot?.textContent?.includes(reviewed),
        `the disclaimer says "${reviewed}"`,
      );
      const dated = page.querySelectorAll<SaResourceCard>('sa-resource-card')[1]!;
      const checked = lang === 'en' ? 'January 20, 2022' : '20 de enero de 2022';
      expect(dated.shadowRoot!.textContent, 'ndvh shows the day its source was checked').to.contain(checked);
      await new Promise((settle) => setTimeout(settle, 50));
    }
    expect(built).to.deep.equal([]);
  });

  it("a card given a host's record with weekly hours after its first render loads ICU in a task of its own, then shows the hours' status", async () => {
    const element = document.createElement('sa-resource-card') as SaResourceCard;
    element.resourceId = '988-lifeline';
    document.body.append(element);
    await element.updateComplete;
    expect(built).to.deep.equal([]);
    const willUpdate = (element as unknown as { willUpdate: (changed: unknown) => void }).willUpdate;
    Object.assign(element, {
      willUpdate(this: SaResourceCard, changed: unknown) {
        events.push('update');
        willUpdate.call(this, changed);
      },
    });
    try {
      // A Wednesday at 15:00 UTC: 11 a.m. in New York, inside 9 to 5.
      element.now = new Date('2026-03-04T15:00:00Z');
      element.resource = testResource('weekday-line', { hours: weeklyHours() });
      await waitUntil(() => element.shadowRoot!.textContent!.includes('Line weekday-line'), 'the host record renders');
      await element.updateComplete;
      expect(events.slice(0, 3)).to.deep.equal(['intl', 'task', 'update']);
      expect(element.shadowRoot!.textContent).to.match(/Open now/);
    } finally {
      element.remove();
    }
  });
});

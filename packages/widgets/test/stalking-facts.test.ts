import { expect, html } from '@open-wc/testing';
import { contactHref, findDefaultResource, localizeResource, safeUrl } from '@stalking-awareness/core';
import { resetWarnings } from '@stalking-awareness/core/testing';
import '../src/stalking-facts/define.js';
import { SaStalkingFacts } from '../src/stalking-facts/stalking-facts.js';
import { STALKING_FIGURES, isSourced, type StalkingFigure } from '../src/stalking-facts/figures.js';
import { captureWarnings, renderIn, textOf } from './helpers/content-fixtures.js';

const TAG = 'sa-stalking-facts';

function all(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('sa-stalking-facts', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('figures: every one carries its survey, year, population and source', () => {
    for (const figure of STALKING_FIGURES) {
      it(`${figure.id} is sourced`, () => {
        expect(figure.survey, 'survey').to.be.oneOf(['bjs-2019', 'cdc-nisvs']);
        expect(figure.source.title.trim(), 'source title').to.not.equal('');
        expect(figure.source.url, 'source url').to.match(/^https:\/\/(www\.ojp\.gov|www\.cdc\.gov)\//);
        expect(typeof figure.population, 'population').to.equal('function');
        expect(figure.year !== null || typeof figure.yearNote === 'function', 'year or why there is none').to.equal(
          true,
        );
        expect(isSourced(figure)).to.equal(true);
      });
    }

    it('never mixes surveys: each survey has one year, one population and one source', () => {
      const bySurvey = new Map<string, string>();
      for (const figure of STALKING_FIGURES) {
        const signature = JSON.stringify([figure.year, figure.population(), figure.source, figure.surveyName()]);
        const seen = bySurvey.get(figure.survey);
        if (seen) expect(signature, figure.id).to.equal(seen);
        else bySurvey.set(figure.survey, signature);
      }
      expect([...bySurvey.keys()]).to.deep.equal(['bjs-2019', 'cdc-nisvs']);
    });

    it('a figure without a source is recognised as unsourced', () => {
      const base = STALKING_FIGURES[0]!;
      const unsourced: StalkingFigure[] = [
        { ...base, source: { title: '', url: base.source.url } },
        { ...base, source: { title: base.source.title, url: '' } },
        { ...base, source: { title: base.source.title, url: 'javascript:alert(1)' } },
        { ...base, year: null, yearNote: undefined },
      ];
      for (const figure of unsourced) expect(isSourced(figure)).to.equal(false);
    });

    it('an unsourced figure is left out of the page with a warning naming the element', async () => {
      class LeakyFacts extends SaStalkingFacts {
        protected override sourcedFigures(figures: readonly StalkingFigure[]) {
          const base = figures[0]!;
          return super.sourcedFigures([
            ...figures,
            { ...base, id: 'no-source', headline: false, source: { title: '', url: '' } },
          ]);
        }
      }
      customElements.define('leaky-stalking-facts', LeakyFacts);
      const el = await renderIn<SaStalkingFacts>(
        html`<leaky-stalking-facts></leaky-stalking-facts>`,
        'leaky-stalking-facts',
      );
      expect(all(el, '[part~="figure"]').length).to.equal(STALKING_FIGURES.length);
      expect(all(el, '[data-figure="no-source"]').length).to.equal(0);
      expect(warnings.messages.some((m) => m.includes('<leaky-stalking-facts> figure "no-source"'))).to.equal(true);
    });

    it('shows every figure with its source line: a link to the source, who was counted and the year', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts></sa-stalking-facts>`, TAG);
      const shown = all(el, '[part~="figure"]');
      expect(shown.map((li) => li.dataset['figure'])).to.deep.equal(STALKING_FIGURES.map((f) => f.id));
      for (const li of shown) {
        const figure = STALKING_FIGURES.find((f) => f.id === li.dataset['figure'])!;
        const source = li.querySelector('[part~="figure-source"]');
        expect(source, `${figure.id} source line`).to.exist;
        const link = source!.querySelector('a')!;
        expect(link.getAttribute('href')).to.equal(figure.source.url);
        expect(text(source)).to.include(`Who: ${figure.population()}`);
        expect(text(source)).to.include(figure.year === null ? `Year: ${figure.yearNote!()}` : `Year: ${figure.year}`);
      }
    });

    it('shows the BJS 2019 figure exactly: 3.4 million people age 16 or older, in 2019', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts variant="compact"></sa-stalking-facts>`, TAG);
      const figures = all(el, '[part~="figure"]');
      expect(figures.length).to.equal(1);
      expect(text(figures[0])).to.include('About 3.4 million people age 16 or older were stalked in 2019.');
      expect(text(figures[0])).to.include('Bureau of Justice Statistics, Stalking Victimization, 2019');
      expect(text(figures[0])).to.include('People age 16 or older, in the past 12 months');
    });

    it('shows the CDC lifetime figures as published, saying the page gives no survey year', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts></sa-stalking-facts>`, TAG);
      const cdc = el.shadowRoot!.querySelector('[data-figure="cdc-nisvs-lifetime"]');
      expect(text(cdc)).to.include('About 1 in 6 women and 1 in 17 men have been stalked at some time in their life.');
      expect(text(cdc)).to.include('Year: The page does not give the survey year');
    });
  });

  describe('what stalking is', () => {
    it('names the four SLII behaviours with examples, credited to T.K. Logan and SPARC', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts></sa-stalking-facts>`, TAG);
      const items = all(el, '[part~="slii"] > li').map(text);
      expect(items.map((item) => item.split(':')[0])).to.deep.equal([
        'Surveillance',
        'Life invasion',
        'Intimidation',
        'Interference through sabotage or attack',
      ]);
      expect(items[0]).to.include('Following you, showing up where you are');
      expect(text(el.shadowRoot!.querySelector('[part~="attribution"]'))).to.match(/T\.K\. Logan.*SPARC/);
      expect(textOf(el)).to.include('More often they say “my ex keeps bothering me.”');
      expect(text(el.shadowRoot!.querySelector('[part~="not-your-fault"]'))).to.include('It is not your fault.');
    });
  });

  describe('Could this be happening to me?', () => {
    it('is text to read: no input, no score, nothing to submit', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts></sa-stalking-facts>`, TAG);
      const reflection = el.shadowRoot!.querySelector('[part~="reflection"]')!;
      expect(reflection.querySelectorAll('input, select, textarea, button, form, [contenteditable]').length).to.equal(
        0,
      );
      expect(text(reflection)).to.include('There is no score, and nothing is saved.');
      expect(reflection.querySelectorAll('.questions li').length).to.equal(5);
    });

    it('ends with where to talk it over: the hotline from the dataset, then 911', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts></sa-stalking-facts>`, TAG);
      const talk = el.shadowRoot!.querySelector('[part~="reflection"] [part~="talk"]')!;
      const ndvh = findDefaultResource('ndvh')!;
      expect(text(talk)).to.include(ndvh.name);
      const hrefs = [...talk.querySelectorAll('[part~="contacts"] a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(ndvh.contacts.map((contact) => contactHref(contact)));
      expect(hrefs[0]).to.equal('tel:+18007997233');
      expect(text(talk.querySelector('.danger'))).to.include('911');
      expect(talk.querySelector('.danger a')!.getAttribute('href')).to.equal('tel:911');
    });

    it('uses another dataset hotline when the host names one, and warns and falls back for an unknown id', async () => {
      const el = await renderIn<SaStalkingFacts>(
        html`<sa-stalking-facts hotline="victimconnect"></sa-stalking-facts>`,
        TAG,
      );
      const talk = el.shadowRoot!.querySelector('[part~="talk"]')!;
      expect(text(talk)).to.include('VictimConnect Resource Center');
      expect(text(talk)).to.include('(details not yet confirmed)');
      const fallback = await renderIn<SaStalkingFacts>(
        html`<sa-stalking-facts hotline="nope"></sa-stalking-facts>`,
        TAG,
      );
      expect(text(fallback.shadowRoot!.querySelector('[part~="talk"]'))).to.include(
        'National Domestic Violence Hotline',
      );
      expect(warnings.messages.some((m) => m.includes('<sa-stalking-facts> hotline "nope"'))).to.equal(true);
    });

    it('reports a used contact link as sa-resource-action, with nothing typed in it', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts></sa-stalking-facts>`, TAG);
      const seen: unknown[] = [];
      el.addEventListener('sa-resource-action', (event) => seen.push(event.detail));
      const links = all(el, '[part~="talk"] a');
      const stop = (event: Event) => event.preventDefault();
      el.shadowRoot!.addEventListener('click', stop);
      links[0]!.click();
      links.at(-1)!.click();
      el.shadowRoot!.removeEventListener('click', stop);
      expect(seen).to.deep.equal([
        { resourceId: 'ndvh', channel: 'voice' },
        { resourceId: 'emergency-911', channel: 'voice' },
      ]);
    });
  });

  describe('variants', () => {
    it('compact: SLII in short, one figure with its source, the hotline, no reflection', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts variant="compact"></sa-stalking-facts>`, TAG);
      expect(all(el, '[part~="slii"] > li').length).to.equal(4);
      expect(all(el, '[part~="figure-source"]').length).to.equal(1);
      expect(all(el, '[part~="reflection"]').length).to.equal(0);
      expect(all(el, '[part~="talk"]').length).to.equal(1);
    });

    it('awareness-month: the January banner, shown whenever the host places it', async () => {
      const el = await renderIn<SaStalkingFacts>(
        html`<sa-stalking-facts variant="awareness-month" .today=${new Date(2027, 5, 10)}></sa-stalking-facts>`,
        TAG,
      );
      expect(textOf(el)).to.include('January is National Stalking Awareness Month.');
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal(
        'National Stalking Awareness Month',
      );
      expect(all(el, '[part~="figure-source"]').length).to.equal(1);
      const sparc = el.shadowRoot!.querySelector('[part~="learn-more"]')!;
      expect(sparc.getAttribute('href')).to.equal(
        safeUrl(localizeResource(findDefaultResource('sparc')!, 'en').url!, { schemes: ['https:'] }),
      );
    });

    for (const [date, shown] of [
      [new Date(2027, 0, 1, 0, 5), true],
      [new Date(2027, 0, 31, 23, 55), true],
      [new Date(2026, 11, 31, 23, 55), false],
      [new Date(2027, 1, 1, 0, 5), false],
    ] as const) {
      it(`show-in-january: ${shown ? 'shown' : 'nothing'} on ${date.toDateString()}`, async () => {
        const el = await renderIn<SaStalkingFacts>(
          html`<sa-stalking-facts variant="awareness-month" show-in-january .today=${date}></sa-stalking-facts>`,
          TAG,
        );
        expect(el.showing).to.equal(shown);
        expect(el.shadowRoot!.querySelectorAll('section').length).to.equal(shown ? 1 : 0);
        expect(el.getBoundingClientRect().height > 0).to.equal(shown);
      });
    }

    it('show-in-january does not hide the full or compact variants', async () => {
      const el = await renderIn<SaStalkingFacts>(
        html`<sa-stalking-facts show-in-january .today=${new Date(2027, 5, 1)}></sa-stalking-facts>`,
        TAG,
      );
      expect(el.showing).to.equal(true);
      expect(all(el, 'section').length).to.equal(1);
    });

    it('warns for an unknown variant and shows the full one', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts variant="huge"></sa-stalking-facts>`, TAG);
      expect(all(el, '[part~="reflection"]').length).to.equal(1);
      expect(warnings.messages.some((m) => m.includes('<sa-stalking-facts> variant "huge"'))).to.equal(true);
    });

    it('fits the host outline: heading-level 3 makes section headings h4', async () => {
      const el = await renderIn<SaStalkingFacts>(html`<sa-stalking-facts heading-level="3"></sa-stalking-facts>`, TAG);
      expect(el.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
      expect(all(el, '[part~="subheading"]').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4']);
    });
  });

  describe('Spanish', () => {
    it('speaks Spanish, figures and sources included', async () => {
      const el = await renderIn<SaStalkingFacts>(
        html`<div lang="es"><sa-stalking-facts></sa-stalking-facts></div>`,
        TAG,
        'es',
      );
      expect(text(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('¿Qué es el acecho?');
      expect(textOf(el)).to.include('Fuente:');
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('es');
    });

    it('tells a Spanish reader that the hotline chat opens a page in English, and offers 911 in Spanish', async () => {
      const el = await renderIn<SaStalkingFacts>(
        html`<div lang="es"><sa-stalking-facts></sa-stalking-facts></div>`,
        TAG,
        'es',
      );
      const talk = el.shadowRoot!.querySelector('[part~="talk"]')!;
      const chat = talk.querySelector<HTMLAnchorElement>('a[data-channel="chat"]')!;
      expect(text(chat)).to.equal('Chatear en línea (página en inglés)');
      expect(chat.getAttribute('hreflang')).to.equal('en');
      const emergency = talk.querySelector<HTMLAnchorElement>('.danger a')!;
      expect(text(emergency)).to.match(/^Llamar al 911\b/);
      expect(text(emergency)).not.to.include('página');
    });
  });

  describe('accessibility', () => {
    for (const variant of ['full', 'compact', 'awareness-month']) {
      for (const lang of ['en', 'es']) {
        it(`axe passes: ${variant}, ${lang}`, async () => {
          const el = await renderIn<SaStalkingFacts>(
            html`<div lang=${lang}><sa-stalking-facts variant=${variant}></sa-stalking-facts></div>`,
            TAG,
            lang,
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});

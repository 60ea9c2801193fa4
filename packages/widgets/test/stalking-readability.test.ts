// Both elements are read by people under stress: every state of their text,
// in English and Spanish, at US grade 8 or below.
import { expect, html } from '@open-wc/testing';
import '../src/stalking-facts/define.js';
import '../src/stalking-log/define.js';
import type { SaStalkingFacts } from '../src/stalking-facts/index.js';
import type { SaStalkingLog } from '../src/stalking-log/index.js';
import { fernandezHuertaEase, fleschKincaidGrade, renderedTextBlocks, spanishGrade } from './helpers/readability.js';
import { renderIn } from './helpers/content-fixtures.js';
import { addEntry, q } from './stalking-log-helpers.js';

// Everything is measured, source lines and survey names included.
function grade(lang: string, blocks: string[]): number {
  return lang === 'es' ? spanishGrade(blocks) : fleschKincaidGrade(blocks);
}

describe('stalking elements: plain language', () => {
  for (const lang of ['en', 'es']) {
    for (const variant of ['full', 'compact', 'awareness-month']) {
      it(`sa-stalking-facts ${variant} (${lang}) reads at grade 8 or below`, async () => {
        const el = await renderIn<SaStalkingFacts>(
          html`<div lang=${lang}><sa-stalking-facts variant=${variant}></sa-stalking-facts></div>`,
          'sa-stalking-facts',
          lang,
        );
        const blocks = renderedTextBlocks(el);
        expect(blocks.length).to.be.above(variant === 'awareness-month' ? 2 : 8);
        const result = grade(lang, blocks);
        expect(result, `grade ${result.toFixed(1)}; ease ${fernandezHuertaEase(blocks).toFixed(0)}`).to.be.at.most(8);
      });
    }

    it(`sa-stalking-log (${lang}) reads at grade 8 or below, with entries, an error and a delete question`, async () => {
      const el = await renderIn<SaStalkingLog>(
        html`<div lang=${lang}><sa-stalking-log></sa-stalking-log></div>`,
        'sa-stalking-log',
        lang,
      );
      const empty = grade(lang, renderedTextBlocks(el));
      expect(empty, `empty: grade ${empty.toFixed(1)}`).to.be.at.most(8);
      await addEntry(el, { what: 'x' });
      await addEntry(el, { where: 'no what' });
      q<HTMLButtonElement>(el, '[data-action="delete"]')!.click();
      await el.updateComplete;
      // The warning, labels, hints, error, buttons and the delete question; typed text excluded.
      const blocks = renderedTextBlocks(el).filter((block) => block.trim() !== 'x');
      const result = grade(lang, blocks);
      expect(result, `grade ${result.toFixed(1)}`).to.be.at.most(8);
    });
  }
});

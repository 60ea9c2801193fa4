import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findDefaultResource, localizeResource, safeUrl } from '@stalking-awareness/core';
import { resetWarnings } from '@stalking-awareness/core/testing';
import '../src/legal-disclaimer/define.js';
import type { SaLegalDisclaimer } from '../src/legal-disclaimer/index.js';
import { LEGAL_RESOURCE_IDS, JURISDICTION_CODES, jurisdictionName } from '../src/legal-disclaimer/index.js';
import { datasetLink } from '../src/shared/dataset-link.js';
import { fleschKincaidGrade, renderedTextBlocks, spanishGrade } from './helpers/readability.js';
import { captureWarnings, renderIn, textOf } from './helpers/content-fixtures.js';

const TAG = 'sa-legal-disclaimer';
const VARIANTS = ['full', 'compact', 'inline'] as const;

function parts(el: SaLegalDisclaimer, part: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

describe('sa-legal-disclaimer', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('text per agency, jurisdiction and locale', () => {
    it('says "Our staff cannot give legal advice" when no agency is named', async () => {
      const el = await renderIn<SaLegalDisclaimer>(html`<sa-legal-disclaimer></sa-legal-disclaimer>`, TAG);
      const text = textOf(el);
      expect(text).to.include('Our staff cannot give legal advice.');
      expect(text).to.include('It may not fit your situation or the laws in your state.');
      expect(text).to.include('For advice about your own case, talk with a lawyer or a legal aid program.');
      expect(parts(el, 'heading')[0]!.localName).to.equal('h2');
    });

    for (const variant of VARIANTS) {
      it(`names the agency in the ${variant} variant`, async () => {
        const el = await renderIn<SaLegalDisclaimer>(
          html`<sa-legal-disclaimer variant=${variant} agency="Child Support Services"></sa-legal-disclaimer>`,
          TAG,
        );
        expect(textOf(el)).to.match(
          /^(Legal information, not legal advice )?Child Support Services staff cannot give legal advice/,
        );
        expect(textOf(el)).not.to.include('Our staff');
      });
    }

    it('names the agency in Spanish', async () => {
      const el = await renderIn<SaLegalDisclaimer>(
        html`<sa-legal-disclaimer lang="es" agency="Child Support Services"></sa-legal-disclaimer>`,
        TAG,
        'es',
      );
      expect(textOf(el)).to.include('El personal de Child Support Services no puede dar asesoría legal.');
      expect(parts(el, 'base')[0]!.getAttribute('lang')).to.equal('es');
    });

    it('says "Nuestro personal" in Spanish without an agency', async () => {
      const el = await renderIn<SaLegalDisclaimer>(
        html`<div lang="es"><sa-legal-disclaimer variant="inline"></sa-legal-disclaimer></div>`,
        TAG,
        'es',
      );
      expect(textOf(el)).to.include(
        'Nuestro personal no puede dar asesoría legal; para recibirla, hable con un abogado o con un programa de asistencia legal.',
      );
    });

    const places: Array<[string, string, string, string]> = [
      ['CA', 'en', 'the laws in California.', 'California'],
      ['ny', 'en', 'the laws in New York.', 'New York'],
      ['DC', 'en', 'the laws in the District of Columbia.', 'District of Columbia'],
      ['CA', 'es', 'ni a las leyes en California.', 'California'],
      ['NC', 'es', 'ni a las leyes en Carolina del Norte.', 'Carolina del Norte'],
      ['DC', 'es', 'ni a las leyes en el Distrito de Columbia.', 'Distrito de Columbia'],
      ['PR', 'es', 'ni a las leyes en Puerto Rico.', 'Puerto Rico'],
    ];
    for (const [code, locale, sentence, name] of places) {
      it(`adds ${name} for jurisdiction="${code}" in ${locale}`, async () => {
        const el = await renderIn<SaLegalDisclaimer>(
          html`<sa-legal-disclaimer lang=${locale} jurisdiction=${code}></sa-legal-disclaimer>`,
          TAG,
          locale,
        );
        expect(textOf(el)).to.include(sentence);
        expect(jurisdictionName(code, locale)).to.equal(name);
      });
    }

    it('knows the 50 states, DC and the five inhabited territories', () => {
      expect(JURISDICTION_CODES).to.have.length(56);
      expect(new Set(JURISDICTION_CODES).size).to.equal(56);
      for (const code of ['AK', 'HI', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'WY']) {
        expect(JURISDICTION_CODES).to.include(code);
      }
    });

    it('warns naming the attribute and names no state for an unknown code', async () => {
      const el = await renderIn<SaLegalDisclaimer>(
        html`<sa-legal-disclaimer jurisdiction="ZZ"></sa-legal-disclaimer>`,
        TAG,
      );
      expect(textOf(el)).to.include('the laws in your state.');
      expect(textOf(el)).not.to.include('ZZ');
      expect(warnings.messages.some((m) => m.includes('jurisdiction') && m.includes('"ZZ"'))).to.equal(true);
    });

    it('switches wording when agency and jurisdiction change after rendering', async () => {
      const el = await renderIn<SaLegalDisclaimer>(html`<sa-legal-disclaimer></sa-legal-disclaimer>`, TAG);
      el.agency = 'Family Court Services';
      el.jurisdiction = 'TX';
      await el.updateComplete;
      expect(textOf(el)).to.include('Family Court Services staff cannot give legal advice.');
      expect(textOf(el)).to.include('the laws in Texas.');
    });
  });

  describe('plain language (at or below US grade 8)', () => {
    const cases = VARIANTS.flatMap((variant) => ['', 'Child Support Services'].map((agency) => ({ variant, agency })));
    for (const { variant, agency } of cases) {
      it(`${variant}${agency ? ' with an agency' : ''}: English Flesch–Kincaid grade ≤ 8`, async () => {
        const el = await renderIn<SaLegalDisclaimer>(
          html`<sa-legal-disclaimer
            variant=${variant}
            agency=${agency}
            jurisdiction="NM"
            last-reviewed="2026-03-03"
          ></sa-legal-disclaimer>`,
          TAG,
        );
        const grade = fleschKincaidGrade(renderedTextBlocks(el));
        expect(grade, `grade ${grade.toFixed(1)}`).to.be.at.most(8);
      });

      it(`${variant}${agency ? ' with an agency' : ''}: Spanish Fernández Huerta grade ≤ 8`, async () => {
        const el = await renderIn<SaLegalDisclaimer>(
          html`<sa-legal-disclaimer
            lang="es"
            variant=${variant}
            agency=${agency}
            jurisdiction="NM"
            last-reviewed="2026-03-03"
          ></sa-legal-disclaimer>`,
          TAG,
          'es',
        );
        const blocks = renderedTextBlocks(el);
        expect(blocks.join(' ')).to.include('asesoría legal');
        expect(spanishGrade(blocks)).to.be.at.most(8);
      });
    }
  });

  describe('links come from the dataset', () => {
    for (const locale of ['en', 'es']) {
      for (const variant of VARIANTS) {
        it(`${variant} (${locale}) links WomensLaw.org and LawHelp.org through their dataset records`, async () => {
          const el = await renderIn<SaLegalDisclaimer>(
            html`<sa-legal-disclaimer lang=${locale} variant=${variant}></sa-legal-disclaimer>`,
            TAG,
            locale,
          );
          const links = parts(el, 'link') as HTMLAnchorElement[];
          expect(links.map((a) => a.dataset['resource'])).to.deep.equal([
            LEGAL_RESOURCE_IDS.stateLaw,
            LEGAL_RESOURCE_IDS.legalAid,
          ]);
          for (const link of links) {
            const record = localizeResource(findDefaultResource(link.dataset['resource']!)!, locale);
            expect(link.getAttribute('href')).to.equal(safeUrl(record.url));
            // On a Spanish page the link says that the site is in English (issue 12).
            expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
              locale === 'en' ? record.name : `${record.name} (página en inglés)`,
            );
            expect(link.rel).to.include('noreferrer');
            expect(link.target).to.equal('');
            // A record the dataset could not confirm says so next to its link.
            const note = link.nextElementSibling;
            expect(note?.hasAttribute('data-unverified-note') ?? false).to.equal(!record.provenance.verified);
            if (!record.provenance.verified) {
              expect(note!.textContent).to.equal(
                locale === 'en' ? '(details not yet confirmed)' : '(datos aún no confirmados)',
              );
            }
          }
        });
      }
    }

    it('leaves a link out, with a warning naming the record, when the dataset has no such record', () => {
      expect(datasetLink('no-such-resource', 'en', TAG)).to.equal(undefined);
      expect(warnings.messages.some((m) => m.includes('"no-such-resource"'))).to.equal(true);
      expect(datasetLink(LEGAL_RESOURCE_IDS.legalAid, 'es', TAG)?.href).to.equal(
        safeUrl(findDefaultResource(LEGAL_RESOURCE_IDS.legalAid)!.url),
      );
    });

    it('the records it links are the legal ones of the dataset', () => {
      expect(findDefaultResource(LEGAL_RESOURCE_IDS.stateLaw)?.category).to.equal('legal');
      expect(findDefaultResource(LEGAL_RESOURCE_IDS.legalAid)?.category).to.equal('legal');
    });
  });

  describe('compact disclosure', () => {
    it('opens and closes "More about legal help" with Enter and Space', async () => {
      const el = await renderIn<SaLegalDisclaimer>(
        html`<sa-legal-disclaimer variant="compact"></sa-legal-disclaimer>`,
        TAG,
      );
      const details = parts(el, 'details')[0] as HTMLDetailsElement;
      const summary = parts(el, 'summary')[0]!;
      expect(details.localName).to.equal('details');
      expect(summary.localName).to.equal('summary');
      expect(summary.textContent!.trim()).to.equal('More about legal help');
      expect(details.open).to.equal(false);
      // The links wait inside the closed disclosure.
      expect(details.querySelectorAll('a[part="link"]').length).to.equal(2);

      summary.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details.open).to.equal(true);
      await sendKeys({ press: 'Space' });
      expect(details.open).to.equal(false);
      await sendKeys({ press: 'Space' });
      expect(details.open).to.equal(true);
    });

    it('has one statement before the disclosure', async () => {
      const el = await renderIn<SaLegalDisclaimer>(
        html`<sa-legal-disclaimer variant="compact"></sa-legal-disclaimer>`,
        TAG,
      );
      const wording = parts(el, 'wording')[0]!;
      expect(wording.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Our staff cannot give legal advice, and this general information may not fit your situation.',
      );
      expect(parts(el, 'heading').length).to.equal(0);
    });
  });

  describe('last-reviewed', () => {
    it('prints the review date in the reader’s language', async () => {
      const en = await renderIn<SaLegalDisclaimer>(
        html`<sa-legal-disclaimer last-reviewed="2026-03-03"></sa-legal-disclaimer>`,
        TAG,
      );
      expect(parts(en, 'reviewed')[0]!.textContent!.trim()).to.equal('Wording reviewed on March 3, 2026.');
      const es = await renderIn<SaLegalDisclaimer>(
        html`<sa-legal-disclaimer lang="es" variant="inline" last-reviewed="2026-03-03"></sa-legal-disclaimer>`,
        TAG,
        'es',
      );
      expect(parts(es, 'reviewed')[0]!.textContent!.trim()).to.equal('Texto revisado el 3 de marzo de 2026.');
    });

    for (const value of ['2026-02-30', 'March 3', '2026-3-3']) {
      it(`warns naming the attribute and prints no date for "${value}"`, async () => {
        const el = await renderIn<SaLegalDisclaimer>(
          html`<sa-legal-disclaimer last-reviewed=${value}></sa-legal-disclaimer>`,
          TAG,
        );
        expect(parts(el, 'reviewed').length).to.equal(0);
        expect(textOf(el)).to.include('Our staff cannot give legal advice.');
        expect(warnings.messages.some((m) => m.includes('last-reviewed') && m.includes(value))).to.equal(true);
      });
    }
  });

  describe('wording slot', () => {
    it('replaces the statements while heading, links and review date stay', async () => {
      const el = await renderIn<SaLegalDisclaimer>(
        html`<sa-legal-disclaimer last-reviewed="2026-01-15"
          ><p slot="wording">County staff share information only. Ask a lawyer for advice.</p></sa-legal-disclaimer
        >`,
        TAG,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="wording"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal(
        'County staff share information only. Ask a lawyer for advice.',
      );
      expect(renderedTextBlocks(el).join(' ')).not.to.include('Our staff cannot give legal advice');
      expect(parts(el, 'heading').length).to.equal(1);
      expect(parts(el, 'link').length).to.equal(2);
      expect(parts(el, 'reviewed').length).to.equal(1);
      await expect(el).to.be.accessible();
    });
  });

  for (const level of [3, 4, 5, 6]) {
    it(`uses the heading level the host asks for (${level})`, async () => {
      const el = await renderIn<SaLegalDisclaimer>(
        html`<sa-legal-disclaimer heading-level=${level}></sa-legal-disclaimer>`,
        TAG,
      );
      expect(parts(el, 'heading')[0]!.localName).to.equal(`h${level}`);
    });
  }

  it('falls back to h2, with a warning naming heading-level, for a level outside 2–6', async () => {
    const el = await renderIn<SaLegalDisclaimer>(
      html`<sa-legal-disclaimer heading-level="1"></sa-legal-disclaimer>`,
      TAG,
    );
    expect(parts(el, 'heading')[0]!.localName).to.equal('h2');
    expect(warnings.messages.some((m) => m.includes('heading-level'))).to.equal(true);
  });

  it('survives attributes being removed', async () => {
    const el = await renderIn<SaLegalDisclaimer>(
      html`<sa-legal-disclaimer
        agency="Child Support Services"
        jurisdiction="CA"
        last-reviewed="2026-03-03"
      ></sa-legal-disclaimer>`,
      TAG,
    );
    el.removeAttribute('agency');
    el.removeAttribute('jurisdiction');
    el.removeAttribute('last-reviewed');
    await el.updateComplete;
    expect(textOf(el)).to.include('Our staff cannot give legal advice.');
    expect(textOf(el)).to.include('the laws in your state.');
    expect(parts(el, 'reviewed').length).to.equal(0);
  });

  it('falls back to the full variant, with a warning, for an unknown variant', async () => {
    const el = await renderIn<SaLegalDisclaimer>(html`<sa-legal-disclaimer variant="huge"></sa-legal-disclaimer>`, TAG);
    expect(parts(el, 'heading').length).to.equal(1);
    expect(warnings.messages.some((m) => m.includes('variant') && m.includes('"huge"'))).to.equal(true);
  });

  describe('accessibility (axe)', () => {
    for (const locale of ['en', 'es']) {
      for (const variant of VARIANTS) {
        it(`${variant} in ${locale} passes axe`, async () => {
          const el = await renderIn<SaLegalDisclaimer>(
            html`<sa-legal-disclaimer
              lang=${locale}
              variant=${variant}
              agency="Child Support Services"
              jurisdiction="CA"
              last-reviewed="2026-03-03"
            ></sa-legal-disclaimer>`,
            TAG,
            locale,
          );
          const details = el.shadowRoot!.querySelector('details');
          if (details) details.open = true;
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});

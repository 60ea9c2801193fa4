// sa-safe-access, content and configuration: what a parent can ask their
// child support agency for, every statement sourced, information never advice,
// and an agency's configuration checked like resource data.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { contactHref, findDefaultResource, localizeResource } from '@stalking-awareness/core';
import { resetWarnings } from '@stalking-awareness/core/testing';
import '../src/safe-access/define.js';
import { ADDRESS_PROGRAMS, SaSafeAccess } from '../src/safe-access/index.js';
import { fleschKincaidGrade, renderedTextBlocks, spanishGrade } from './helpers/readability.js';
import { captureWarnings, renderIn, textOf, inputWarnings } from './helpers/content-fixtures.js';

const TAG = 'sa-safe-access';
const CASEWORKER = {
  contacts: [{ channel: 'voice', value: '+15555550123', display: '(555) 555-0123' }],
  hours: {
    type: 'weekly',
    timeZone: 'America/New_York',
    weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '17:00' }],
  },
};

const $ = (el: SaSafeAccess, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: SaSafeAccess, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const protectionIds = (el: SaSafeAccess) => $$(el, '[part="protection"]').map((li) => li.dataset['protection']);

/** Wording the reference file lists as crossing into legal advice, and promises, in both languages. */
const FORBIDDEN = [
  'you qualify',
  'you will get',
  'will never be released',
  'never be released',
  'never be shared',
  "don't cooperate",
  'do not cooperate',
  'close your case',
  'file a motion',
  'get a protective order',
  'tell the judge',
  'press charges',
  'this is stalking',
  'your affidavit',
  "don't need proof",
  'do not need proof',
  'represents you',
  'your attorney',
  'you are safe',
  'guarantee',
  'usted califica',
  'va a recibir',
  'nunca se dará',
  'nunca se divulgará',
  'no coopere',
  'cierre su caso',
  'presente una moción',
  'pida una orden de protección',
  'dígale al juez',
  'presentar cargos',
  'presente cargos',
  'declaración jurada',
  'no necesita pruebas',
  'le representa',
  'su abogado',
  'está a salvo',
  'garantiza',
];

describe('sa-safe-access', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('default (national) content', () => {
    it('says the person can tell their caseworker at any time and ask to talk in private', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const heading = $(el, 'h2')!;
      expect(clean(heading.textContent)).to.equal('Getting child support safely');
      expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      const intro = clean($(el, '[part="intro"]')!.textContent);
      expect(intro).to.include('You can tell your caseworker about safety concerns at any time.');
      expect(intro).to.include('You can ask to talk in private.');
      expect(intro).to.include('not legal advice');
      expect(intro).to.include('Rules differ by state, and the agency decides what it can do.');
    });

    it('lists each protection with its sources, and marks secondary ones', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      expect(protectionIds(el)).to.deep.equal([
        'address',
        'good-cause',
        'separate-appointments',
        'remote-hearing',
        'address-program',
      ]);
      for (const item of $$(el, '[part="protection"]')) {
        expect(item.querySelector('h4'), item.dataset['protection']).to.not.equal(null);
        expect(clean(item.querySelector('[part="sources"]')?.textContent), item.dataset['protection']).to.match(
          /^Sources:/,
        );
      }
      const remote = $(el, '[data-protection="remote-hearing"] [part="sources"]')!;
      expect(clean(remote.textContent)).to.include(
        'SAVES Center (secondary source, not confirmed on an official page)',
      );
      const address = $(el, '[data-protection="address"]')!;
      expect(clean(address.querySelector('[part="sources"]')!.textContent)).to.not.include('secondary');
    });

    it('says what the address protections do not do: courts still see it, court papers need a separate step', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const text = clean($(el, '[data-protection="address"]')!.textContent);
      expect(text).to.include('Family Violence Indicator');
      expect(text).to.include('non-disclosure');
      expect(text).to.include('A court can still see your address.');
      expect(text).to.include('separate step with the court');
      expect(text).to.include('The agency decides.');
    });

    it('says the agency decides good cause, that rules differ and that benefits can be affected', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const text = clean($(el, '[data-protection="good-cause"]')!.textContent);
      expect(text).to.include('TANF, Medicaid or SNAP');
      expect(text).to.include('The agency decides if you have good cause.');
      expect(text).to.include('differ by state');
      expect(text).to.include('Your benefits can be affected.');
      expect(text).to.include('An advocate or a lawyer can help you decide.');
    });

    it('takes the hotline and 911 from the dataset, never from its own copy', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const record = findDefaultResource('ndvh')!;
      const hotline = $(el, '[part="hotline"]')!;
      expect(hotline.dataset['resource']).to.equal('ndvh');
      expect(clean(hotline.querySelector('strong')!.textContent)).to.equal(record.name);
      const hrefs = [...hotline.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include(contactHref(record.contacts[0]!));
      expect(hrefs.filter((href) => href?.startsWith('tel:')).length).to.be.at.least(2);
      const emergency = $(el, '[part="emergency"] a')!;
      expect(emergency.getAttribute('href')).to.equal(contactHref(findDefaultResource('emergency-911')!.contacts[0]!));
    });

    it('speaks Spanish, with the hotline record localized', async () => {
      const el = await renderIn<SaSafeAccess>(html`<div lang="es"><sa-safe-access></sa-safe-access></div>`, TAG, 'es');
      expect(clean($(el, 'h2')!.textContent)).to.equal('Cómo pedir manutención de forma segura');
      expect($(el, 'section')!.getAttribute('lang')).to.equal('es');
      expect(textOf(el)).to.include('Las reglas cambian según el estado');
      expect(textOf(el)).to.include('La agencia decide si usted tiene causa justificada.');
      expect(clean($(el, '[part="hotline"] strong')!.textContent)).to.equal(
        localizeResource(findDefaultResource('ndvh')!, 'es').name,
      );
      expect(clean($(el, '[part="note-form"] button')!.textContent)).to.equal('Imprimir');
    });

    it('tells a Spanish reader which links open a page in English and marks English keywords', async () => {
      const caseworker = {
        contacts: [
          { channel: 'web', value: 'https://agency.example/secure-message', language: 'en' },
          { channel: 'sms', value: '+15555550123', display: '(555) 555-0123', keyword: 'PRIVATE', language: 'en' },
        ],
      };
      const el = await renderIn<SaSafeAccess>(
        html`<div lang="es"><sa-safe-access .caseworker=${caseworker}></sa-safe-access></div>`,
        TAG,
        'es',
      );
      const chat = $(el, '[part="hotline"] a[data-channel="chat"]')!;
      expect(clean(chat.textContent)).to.equal('Chatear en línea (página en inglés)');
      expect(chat.getAttribute('hreflang')).to.equal('en');
      const web = $(el, '[part="caseworker"] a[data-channel="web"]')!;
      expect(clean(web.textContent)).to.include('(página en inglés)');
      expect(clean($(el, '[part="caseworker"] a[data-channel="sms"] [lang="en"]')?.textContent)).to.equal('PRIVATE');
      await expect(el).to.be.accessible();
    });

    for (const locale of ['en', 'es']) {
      it(`never uses wording that crosses into legal advice or promises safety (${locale})`, async () => {
        const el = await renderIn<SaSafeAccess>(
          html`<div lang=${locale}>
            <sa-safe-access agency="Child Support Services" state="CA" .caseworker=${CASEWORKER}></sa-safe-access>
          </div>`,
          TAG,
          locale,
        );
        const text = textOf(el).toLowerCase();
        for (const phrase of FORBIDDEN) expect(text, phrase).not.to.include(phrase);
      });

      it(`reads at or below US grade 8 (${locale})`, async () => {
        const el = await renderIn<SaSafeAccess>(
          html`<div lang=${locale}><sa-safe-access state="WA"></sa-safe-access></div>`,
          TAG,
          locale,
        );
        const blocks = renderedTextBlocks(el);
        const grade = locale === 'en' ? fleschKincaidGrade(blocks) : spanishGrade(blocks);
        expect(grade).to.be.at.most(8);
      });
    }
  });

  describe('agency configuration', () => {
    it('names the agency and offers its private caseworker line with hours', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access agency="Child Support Services" .caseworker=${CASEWORKER}></sa-safe-access>`,
        TAG,
      );
      expect(clean($(el, '[part="intro"]')!.textContent)).to.include(
        'You can tell your caseworker at Child Support Services about safety concerns at any time.',
      );
      const line = $(el, '[part="caseworker"]')!;
      expect(clean(line.textContent)).to.include('To talk in private with a caseworker at Child Support Services:');
      expect(line.querySelector('a')!.getAttribute('href')).to.equal('tel:+15555550123');
      expect(clean(line.textContent)).to.match(/Hours: .*8/);
      expect(inputWarnings(warnings.messages)).to.deep.equal([]);
    });

    it('accepts the caseworker line as a JSON attribute', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access caseworker=${JSON.stringify(CASEWORKER)}></sa-safe-access>`,
        TAG,
      );
      expect($(el, '[part="caseworker"] a')!.getAttribute('href')).to.equal('tel:+15555550123');
    });

    it('reports a bad phone number by field and still shows the valid one; bad hours are left out', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access
          .caseworker=${{
            contacts: [
              { channel: 'voice', value: '555-0199' },
              { channel: 'voice', value: '+15555550123', display: '(555) 555-0123' },
            ],
            hours: { type: 'weekly', timeZone: 'Mars/Olympus', weekly: [] },
          }}
        ></sa-safe-access>`,
        TAG,
      );
      const links = $$(el, '[part="caseworker"] a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+15555550123']);
      expect(clean($(el, '[part="caseworker"]')!.textContent)).not.to.include('Hours');
      expect(warnings.messages.some((m) => m.includes('<sa-safe-access> caseworker.contacts[0].value'))).to.equal(true);
      expect(warnings.messages.some((m) => m.includes('<sa-safe-access> caseworker.hours.timeZone'))).to.equal(true);
    });

    it('reports JSON that does not parse, and renders everything else', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access caseworker="{contacts: [" agency="Child Support Services"></sa-safe-access>`,
        TAG,
      );
      expect(warnings.messages).to.include(
        '[stalking-awareness] <sa-safe-access> caseworker is not valid JSON; that part is not shown.',
      );
      expect($(el, '[part="caseworker"]')).to.equal(null);
      expect(protectionIds(el).length).to.equal(5);
    });

    it('uses the agency’s own wording and source for a protection, and keeps the heading', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access
          .wording=${{
            'good-cause': {
              text: 'Call your local office and ask about claiming good cause.',
              source: 'https://www.dfa.arkansas.gov/child-support/new-to-ocse-2/pursuing-child-support-safely',
              sourceName: 'Arkansas OCSE',
            },
          }}
        ></sa-safe-access>`,
        TAG,
      );
      const item = $(el, '[data-protection="good-cause"]')!;
      expect(clean(item.querySelector('h4')!.textContent)).to.include('Good cause');
      expect(clean(item.textContent)).to.include('Call your local office and ask about claiming good cause.');
      expect(clean(item.textContent)).not.to.include('TANF can be cut');
      const source = item.querySelector<HTMLAnchorElement>('[part="sources"] a')!;
      expect(source.textContent).to.equal('Arkansas OCSE');
      expect(source.getAttribute('href')).to.match(/^https:\/\/www\.dfa\.arkansas\.gov\//);
    });

    it('rejects wording with markup, an unsafe source or an unknown key, and keeps the default', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access
          .wording=${{
            address: { text: 'Ask us <script>alert(1)</script>' },
            'good-cause': { text: 'Ask about good cause.', source: 'javascript:alert(1)' },
            'free-lawyer': { text: 'You get a free lawyer.' },
          }}
        ></sa-safe-access>`,
        TAG,
      );
      expect(clean($(el, '[data-protection="address"]')!.textContent)).to.include('Family Violence Indicator');
      expect(clean($(el, '[data-protection="good-cause"]')!.textContent)).to.include('The agency decides');
      expect(textOf(el)).not.to.include('free lawyer');
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      for (const field of ['wording.address.text', 'wording.good-cause.source', 'wording.free-lawyer']) {
        expect(
          warnings.messages.some((m) => m.includes(`<sa-safe-access> ${field}`)),
          field,
        ).to.equal(true);
      }
    });

    it('lets slotted content replace a protection’s text', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access
          ><div slot="separate-appointments"><p>Ask the front desk for a private room.</p></div></sa-safe-access
        >`,
        TAG,
      );
      const slot = $(el, 'slot[name="separate-appointments"]') as HTMLSlotElement;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal([
        'Ask the front desk for a private room.',
      ]);
      expect(renderedTextBlocks(el).join(' ')).to.include('Ask the front desk for a private room.');
      expect(renderedTextBlocks(el).join(' ')).not.to.include('without the other parent there');
    });

    it('hides what does not apply, and names an unknown item', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access hide="good-cause remote-hearing self-check lawyers"></sa-safe-access>`,
        TAG,
      );
      expect(protectionIds(el)).to.deep.equal(['address', 'separate-appointments', 'address-program']);
      expect($(el, '[part="self-check"]')).to.equal(null);
      expect($(el, '[part="contact-note"]')).to.not.equal(null);
      expect(warnings.messages.some((m) => m.includes('<sa-safe-access> hide "lawyers"'))).to.equal(true);
    });

    it('shows a bundled, verified address program with its source', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access state="ca"></sa-safe-access>`, TAG);
      const program = $(el, '[part="address-program"]')!;
      expect(program.dataset['state']).to.equal('CA');
      expect(clean(program.textContent)).to.include('In California, the program is called Safe at Home.');
      expect(clean(program.textContent)).to.include('Secretary of State');
      expect(clean(program.textContent)).to.include('not to private companies or the federal government');
      expect(program.querySelector('a')!.getAttribute('href')).to.equal(
        ADDRESS_PROGRAMS.find((p) => p.state === 'CA')!.source,
      );
    });

    it('never says a state without a bundled program has none', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access state="OR"></sa-safe-access>`, TAG);
      expect(clean($(el, '[part="address-program"]')!.textContent)).to.equal(
        'Ask your agency if Oregon has a program.',
      );
    });

    it('shows the phone number the source gives (Washington)', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access state="WA"></sa-safe-access>`, TAG);
      expect($(el, '[part="address-program"] a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+18008221065');
    });

    it('prefers the agency’s program; an unsafe link is dropped alone', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access
          state="CA"
          address-program=${JSON.stringify({ name: 'Safe at Home', runBy: 'the Secretary of State', url: 'javascript:alert(1)' })}
        ></sa-safe-access>`,
        TAG,
      );
      const program = $(el, '[part="address-program"]')!;
      expect(clean(program.textContent)).to.equal('In California: Safe at Home. Run by: the Secretary of State.');
      expect(program.querySelector('a')).to.equal(null);
      expect(warnings.messages.some((m) => m.includes('<sa-safe-access> address-program.url'))).to.equal(true);
    });

    it('reports a bad state code, agency name and heading level, and renders calmly', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access state="Cali" agency="<b>Agency X</b>" heading-level="9"></sa-safe-access>`,
        TAG,
      );
      for (const field of ['state', 'agency', 'heading-level']) {
        expect(
          warnings.messages.some((m) => m.includes(`<sa-safe-access> ${field}`)),
          field,
        ).to.equal(true);
      }
      expect(textOf(el)).not.to.include('Agency X');
      expect($(el, 'h2')).to.not.equal(null);
      expect($(el, '[part="address-program"]')).to.equal(null);
    });

    it('goes back to the national defaults when a host removes its attributes', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<sa-safe-access
          state="CA"
          hide="good-cause"
          agency="CSS"
          caseworker=${JSON.stringify(CASEWORKER)}
        ></sa-safe-access>`,
        TAG,
      );
      for (const name of ['state', 'hide', 'agency', 'caseworker']) el.removeAttribute(name);
      await el.updateComplete;
      expect(protectionIds(el).length).to.equal(5);
      expect($(el, '[part="address-program"]')).to.equal(null);
      expect($(el, '[part="caseworker"]')).to.equal(null);
    });

    it('names its own tag in warnings when a host registers it under another name', async () => {
      if (!customElements.get('agency-safe-access'))
        customElements.define('agency-safe-access', class extends SaSafeAccess {});
      await renderIn<SaSafeAccess>(html`<agency-safe-access state="XX"></agency-safe-access>`, 'agency-safe-access');
      expect(warnings.messages.some((m) => m.includes('<agency-safe-access> state "XX"'))).to.equal(true);
    });

    it('follows heading-level for every heading', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access heading-level="3"></sa-safe-access>`, TAG);
      expect($$(el, 'h3').length).to.equal(1);
      expect($$(el, 'h4').map((h) => clean(h.textContent))).to.deep.equal([
        'What you can ask about',
        'A private self-check',
        'A note for your caseworker',
      ]);
      expect($$(el, 'h5').length).to.equal(5);
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'es']) {
      it(`passes axe, default and fully configured (${locale})`, async () => {
        const plain = await renderIn<SaSafeAccess>(
          html`<div lang=${locale}><sa-safe-access></sa-safe-access></div>`,
          TAG,
          locale,
        );
        await expect(plain).to.be.accessible();
        const configured = await renderIn<SaSafeAccess>(
          html`<div lang=${locale}>
            <sa-safe-access
              agency="Child Support Services"
              state="WA"
              .caseworker=${CASEWORKER}
              .wording=${{ 'remote-hearing': { text: 'Ask us about hearings by phone.', source: 'https://example.org/' } }}
            ></sa-safe-access>
          </div>`,
          TAG,
          locale,
        );
        await expect(configured).to.be.accessible();
      });
    }

    it('fits a 320 px screen without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await renderIn<SaSafeAccess>(
          html`<div lang="es"><sa-safe-access state="CA" .caseworker=${CASEWORKER}></sa-safe-access></div>`,
          TAG,
          'es',
        );
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Resource } from '@stalking-awareness/core';
import {
  captureWarnings,
  resetWarnings,
  testProvenance,
  testResource,
  weeklyHours,
} from '@stalking-awareness/core/testing';
import '../src/resource-card/define.js';
import type { SaResourceCard } from '../src/resource-card/resource-card.js';

/** A valid record with every contact channel; tests change one thing at a time. */
function record(overrides: Partial<Resource> = {}): Resource {
  return testResource('test-line', {
    name: 'Test Help Line',
    description:
      'A made-up line used only by these tests: https://averyveryveryverylongdomainnamethatdoesnotwrap.example.org/path',
    url: 'https://line.example.org/',
    contacts: [
      { channel: 'voice', value: '+18005550100', display: '1-800-555-0100' },
      { channel: 'textphone', value: '+18005550101', display: '1-800-555-0101' },
      { channel: 'sms', shortCode: '55555', display: '55555', keyword: 'HELLO' },
      { channel: 'videophone', value: '+18005550102', display: '1-800-555-0102' },
      { channel: 'chat', value: 'https://chat.example.org/start' },
      { channel: 'web', value: 'https://line.example.org/about' },
      { channel: 'email', value: 'help@line.example.org' },
    ],
    hours: weeklyHours(),
    languages: ['en', 'es'],
    provenance: testProvenance({ source: 'https://source.example.org/page' }),
    translations: { es: { name: 'Línea de prueba', description: 'Una línea inventada para estas pruebas.' } },
    ...overrides,
  });
}

// Wednesday 11 March 2026, 12:00 in New York (EDT, UTC−4) and 22:00 the same day.
const WEDNESDAY_NOON_NY = new Date('2026-03-11T16:00:00Z');
const WEDNESDAY_NIGHT_NY = new Date('2026-03-12T02:00:00Z');

const shadow = (el: Element) => el.shadowRoot!;
const links = (el: Element) => [...shadow(el).querySelectorAll<HTMLAnchorElement>('a')];
const contactLinks = (el: Element) => [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part~="contact"]')];
const text = (el: Element, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** What a sighted reader sees: the link's text without the screen-reader-only part. */
function visibleText(link: HTMLElement): string {
  const clone = link.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.visually-hidden').forEach((node) => node.remove());
  return clone.textContent!.replace(/\s+/g, ' ').trim();
}

/** The accessible name a screen reader computes from the link's content (aria-hidden text left out). */
function spokenText(link: HTMLElement): string {
  const clone = link.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return (link.getAttribute('aria-label') ?? clone.textContent!).replace(/\s+/g, ' ').trim();
}

async function card(resource: unknown, attrs: { now?: Date; level?: number; variant?: string } = {}) {
  const el = await fixture<SaResourceCard>(
    html`<sa-resource-card
      .resource=${resource as Resource}
      .now=${attrs.now ?? WEDNESDAY_NOON_NY}
      heading-level=${attrs.level ?? 3}
      variant=${attrs.variant ?? 'full'}
    ></sa-resource-card>`,
  );
  await el.updateComplete;
  return el;
}

describe('sa-resource-card', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('shows a bundled resource by resource-id, with its name as a level-3 heading and its category', async () => {
    const el = await fixture<SaResourceCard>(html`<sa-resource-card resource-id="ndvh"></sa-resource-card>`);
    const heading = shadow(el).querySelector('h3');
    expect(heading?.textContent?.trim()).to.equal('National Domestic Violence Hotline');
    expect(text(el, '[part="category"]')).to.equal('Support and helplines');
    expect(text(el, '[part="description"]')).to.contain('does not give legal advice');
  });

  it('follows heading-level', async () => {
    const el = await card(record(), { level: 2 });
    expect(shadow(el).querySelector('h2')?.textContent?.trim()).to.equal('Test Help Line');
    expect(shadow(el).querySelector('h3')).to.equal(null);
  });

  it('renders every contact channel as a real link with the right href', async () => {
    const el = await card(record());
    const hrefs = contactLinks(el).map((a) => [a.dataset['channel'], a.getAttribute('href')]);
    expect(hrefs).to.deep.equal([
      ['voice', 'tel:+18005550100'],
      ['textphone', 'tel:+18005550101'],
      ['sms', 'sms:55555?body=HELLO'],
      ['videophone', 'tel:+18005550102'],
      ['chat', 'https://chat.example.org/start'],
      ['web', 'https://line.example.org/about'],
      ['email', 'mailto:help@line.example.org'],
      // Not the record's own url, https://line.example.org/: a contact already links into that site (issue 20).
    ]);
  });

  it('labels the TTY line and names each link by its visible words, then its digits in groups', async () => {
    const el = await card(record());
    const [voice, tty, sms] = contactLinks(el);
    expect(visibleText(voice!)).to.equal('Call 1-800-555-0100');
    expect(spokenText(voice!)).to.equal('Call 1-800-555-0100, 1, 8 0 0, 5 5 5, 0 1 0 0');
    expect(visibleText(tty!)).to.equal('TTY (text telephone) 1-800-555-0101');
    expect(spokenText(tty!)).to.equal('TTY (text telephone) 1-800-555-0101, 1, 8 0 0, 5 5 5, 0 1 0 1');
    expect(visibleText(sms!)).to.equal('Text HELLO to 55555');
    expect(spokenText(sms!)).to.equal('Text HELLO to 55555, 5 5 5 5 5');
  });

  it('dials and reads an extension', async () => {
    const el = await card(
      record({ contacts: [{ channel: 'voice', value: '+18005550100', display: '1-800-555-0100', extension: '12' }] }),
    );
    const [call] = contactLinks(el);
    expect(call!.getAttribute('href')).to.equal('tel:+18005550100;ext=12');
    expect(visibleText(call!)).to.equal('Call 1-800-555-0100 ext. 12');
    expect(spokenText(call!)).to.equal('Call 1-800-555-0100 ext. 12, 1, 8 0 0, 5 5 5, 0 1 0 0 ext. 1 2');
  });

  it('reads a short code such as 988 as "9 8 8" after its visible words', async () => {
    const el = await fixture<SaResourceCard>(html`<sa-resource-card resource-id="988-lifeline"></sa-resource-card>`);
    const call = contactLinks(el).find((a) => a.getAttribute('href') === 'tel:988');
    expect(spokenText(call!)).to.equal('Call 988, 9 8 8');
    expect(visibleText(call!)).to.equal('Call 988');
  });

  it('opens chat and web links in the same tab with rel="noopener noreferrer"', async () => {
    const el = await card(record());
    const leaving = links(el).filter((a) => /^https?:/.test(a.getAttribute('href') ?? ''));
    expect(leaving.length).to.equal(3); // chat, web, source (the record's url is on the web contact's site)
    for (const a of leaving) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.hasAttribute('target')).to.equal(false);
    }
  });

  it('shows "Information checked <date> · Source" with the source link', async () => {
    const el = await card(record());
    expect(text(el, '[part="provenance"]')).to.equal('Information checked March 3, 2026 · Source');
    const source = shadow(el).querySelector<HTMLAnchorElement>('[part="source"]');
    expect(source?.getAttribute('href')).to.equal('https://source.example.org/page');
    expect(source?.getAttribute('aria-label')).to.equal('Source for Test Help Line');
  });

  it('says when some details could not be confirmed', async () => {
    const el = await card(record({ provenance: { ...record().provenance, verified: false } }));
    expect(text(el, '[part="provenance"]')).to.contain('Some details could not be confirmed');
  });

  it('shows open now, with the closing time and its zone, at a fixed instant', async () => {
    const el = await card(record(), { now: WEDNESDAY_NOON_NY });
    const status = shadow(el).querySelector<HTMLElement>('[part="open-status"]')!;
    expect(status.dataset['state']).to.equal('open');
    expect(status.textContent).to.match(/^\s*Open now, until 5\b.*\bE[SD]?T\s*$/);
    expect(text(el, '.hours-text')).to.match(/^Hours: .*9.*5.*ET$/);
  });

  it('shows closed now, with the opening time, outside the hours', async () => {
    const el = await card(record(), { now: WEDNESDAY_NIGHT_NY });
    const status = shadow(el).querySelector<HTMLElement>('[part="open-status"]')!;
    expect(status.dataset['state']).to.equal('closed');
    expect(status.textContent).to.match(/^\s*Closed now, opens Thursday at 9\b.*\bET\s*$/);
  });

  it('names the day a line opens again when it is not today, so a Saturday reader does not wait for a closed phone', async () => {
    const saturdayNoon = new Date('2026-03-14T16:00:00Z'); // 12:00 in New York
    const el = await card(record(), { now: saturdayNoon });
    expect(text(el, '[part="open-status"]')).to.match(/^Closed now, opens Monday at 9\b.*\bET$/);
  });

  it('names the day in Spanish too', async () => {
    const saturdayNoon = new Date('2026-03-14T16:00:00Z');
    const el = await fixture<SaResourceCard>(
      html`<sa-resource-card lang="es" .resource=${record() as Resource} .now=${saturdayNoon}></sa-resource-card>`,
    );
    await waitUntil(() => (text(el, '[part="open-status"]') ?? '').startsWith('Cerrado'));
    expect(text(el, '[part="open-status"]')).to.match(/^Cerrado ahora, abre el lunes a las 9\b.*\bET$/);
  });

  it('shows a 24/7 line as open now, 24 hours a day', async () => {
    const el = await fixture<SaResourceCard>(html`<sa-resource-card resource-id="ndvh"></sa-resource-card>`);
    expect(text(el, '[part="open-status"]')).to.equal('Open now, 24 hours a day');
    expect(shadow(el).querySelector('.hours-text')).to.equal(null); // not "24/7" a second time
  });

  for (const [status, notice] of [
    ['temporarily closed', 'Temporarily closed.'],
    ['inactive', 'Not currently offering this service.'],
    ['defunct', 'This service has closed.'],
  ] as const) {
    it(`says a ${status} service is not available and never shows it as open`, async () => {
      const el = await card(record({ status, hours: { type: 'always' } }));
      expect(text(el, '[part="notice"]')).to.equal(notice);
      expect(shadow(el).querySelector('[part="open-status"]')).to.equal(null);
    });
  }

  it('lists languages in the reader’s language', async () => {
    const el = await card(record());
    expect(text(el, '[part="languages"]')).to.equal('Languages: English and Spanish');
  });

  it('compact variant leaves out the description and languages but keeps contacts and provenance', async () => {
    const el = await card(record(), { variant: 'compact' });
    expect(shadow(el).querySelector('[part="description"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="languages"]')).to.equal(null);
    expect(contactLinks(el).length).to.equal(7);
    expect(shadow(el).querySelector('[part="provenance"]')).not.to.equal(null);
  });

  it('emits sa-resource-action with the resource id and channel when a contact link is used', async () => {
    const el = await card(record());
    el.addEventListener('click', (event) => event.preventDefault()); // stay on the test page
    const sms = contactLinks(el).find((a) => a.dataset['channel'] === 'sms')!;
    setTimeout(() => sms.click());
    const event = (await oneEvent(el, 'sa-resource-action')) as CustomEvent;
    expect(event.detail).to.deep.equal({ resourceId: 'test-line', channel: 'sms' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('does not emit when the source link (not a contact) is used', async () => {
    const el = await card(record());
    let emitted = 0;
    el.addEventListener('sa-resource-action', () => emitted++);
    el.addEventListener('click', (event) => event.preventDefault());
    shadow(el).querySelector<HTMLAnchorElement>('[part="source"]')!.click();
    expect(emitted).to.equal(0);
  });

  describe('bad input', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://user:secret@evil.example/',
      'vbscript:msgbox(1)',
    ];

    for (const url of hostile) {
      it(`never renders a link for ${JSON.stringify(url)} and names the field`, async () => {
        const variants: Array<[string, Resource]> = [
          ['url', record({ url })],
          [
            'contacts[4].value',
            record({ contacts: [...record().contacts.slice(0, 4), { channel: 'chat', value: url }] }),
          ],
          ['provenance.source', record({ provenance: { ...record().provenance, source: url } })],
        ];
        for (const [field, resource] of variants) {
          resetWarnings();
          warnings.messages.length = 0;
          const el = await card(resource);
          const hrefs = links(el).map((a) => a.getAttribute('href') ?? '');
          expect(
            hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href) || href.includes('secret@')),
          ).to.deep.equal([]);
          expect(text(el, '[part="invalid"]')).to.equal('This resource cannot be shown right now.');
          expect(warnings.messages.join('\n')).to.contain(`$.${field}`);
        }
      });
    }

    it('rejects HTML in text, with a warning naming the field, and renders no markup', async () => {
      const el = await card(record({ name: '<img src=x onerror="window.hacked=1">Help' }));
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
      expect(text(el, '[part="invalid"]')).to.equal('This resource cannot be shown right now.');
      expect(warnings.messages.join('\n')).to.contain('$.name');
    });

    it('renders a stray "<" in plain text as text', async () => {
      const el = await card(record({ description: 'For people under < 18 & their families.' }));
      expect(text(el, '[part="description"]')).to.equal('For people under < 18 & their families.');
    });

    it('names the field of a wrong enum or a wrong type', async () => {
      await card(record({ category: 'hotline' as Resource['category'] }));
      await card(record({ id: 'typed', contacts: 'call us' as unknown as Resource['contacts'] }));
      const all = warnings.messages.join('\n');
      expect(all).to.contain('$.category');
      expect(all).to.contain('$.contacts');
    });

    it('falls back to a level-3 heading and the full variant on bad attributes, and warns', async () => {
      const el = await fixture<SaResourceCard>(
        html`<sa-resource-card resource-id="ndvh" heading-level="9" variant="huge"></sa-resource-card>`,
      );
      expect(shadow(el).querySelector('h3')).not.to.equal(null);
      expect(shadow(el).querySelector('[part="description"]')).not.to.equal(null);
      const all = warnings.messages.join('\n');
      expect(all).to.contain('heading-level "9"');
      expect(all).to.contain('variant "huge"');
    });

    it('says calmly that an unknown resource-id cannot be shown, and warns', async () => {
      const el = await fixture<SaResourceCard>(html`<sa-resource-card resource-id="no-such-line"></sa-resource-card>`);
      expect(text(el, '[part="invalid"]')).to.equal('This resource cannot be shown right now.');
      expect(warnings.messages.join('\n')).to.contain('no-such-line');
    });
  });

  describe('stale records', () => {
    const stale = () =>
      record({ provenance: { ...record().provenance, verifiedOn: '2025-06-01', reviewBy: '2026-01-01' } });

    it('warns and says the details are due to be checked', async () => {
      const el = await card(stale());
      expect(warnings.messages.join('\n')).to.contain('"test-line" was due for review on 2026-01-01');
      expect(text(el, '[part="card"]')).to.contain('due to be checked again');
    });

    it('hide-stale hides it', async () => {
      const el = await fixture<SaResourceCard>(
        html`<sa-resource-card hide-stale .resource=${stale()} .now=${WEDNESDAY_NOON_NY}></sa-resource-card>`,
      );
      expect(shadow(el).querySelector('[part="card"]')).to.equal(null);
      expect(warnings.messages.join('\n')).to.contain('was due for review');
    });
  });

  describe('in Spanish', () => {
    async function spanishCard(resource: Resource) {
      const wrapper = await fixture(
        html`<div lang="es">
          <sa-resource-card .resource=${resource} .now=${WEDNESDAY_NOON_NY}></sa-resource-card>
        </div>`,
      );
      const el = wrapper.querySelector('sa-resource-card')!;
      // The Spanish strings load lazily, then the card re-renders in Spanish.
      await waitUntil(() => shadow(el).querySelector('[lang="es"]'), 'the card never switched to Spanish');
      return el;
    }

    it('uses the record’s translation, Spanish labels, dates and language names', async () => {
      const el = await spanishCard(record());
      expect(shadow(el).querySelector('h3')?.textContent?.trim()).to.equal('Línea de prueba');
      expect(text(el, '[part="description"]')).to.equal('Una línea inventada para estas pruebas.');
      expect(text(el, '[part="category"]')).to.equal('Apoyo y líneas de ayuda');
      expect(visibleText(contactLinks(el)[0]!)).to.equal('Llamar al 1-800-555-0100');
      expect(spokenText(contactLinks(el)[0]!)).to.equal('Llamar al 1-800-555-0100, 1, 8 0 0, 5 5 5, 0 1 0 0');
      expect(text(el, '[part="languages"]')).to.equal('Idiomas: inglés y español');
      expect(text(el, '[part="provenance"]')).to.equal('Información revisada el 3 de marzo de 2026 · Fuente');
    });

    it('passes axe', async () => {
      const el = await spanishCard(record());
      await expect(el).to.be.accessible();
    });
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px">
        <sa-resource-card .resource=${record()} .now=${WEDNESDAY_NOON_NY}></sa-resource-card>
      </div>`,
    );
    const el = wrapper.querySelector('sa-resource-card')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const card = shadow(el).querySelector<HTMLElement>('.card')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
  });

  describe('accessibility (axe)', () => {
    it('full card', async () => {
      await expect(await card(record())).to.be.accessible();
    });
    it('compact card', async () => {
      await expect(await card(record(), { variant: 'compact' })).to.be.accessible();
    });
    it('bundled 988 card with labelled lines', async () => {
      const el = await fixture(html`<sa-resource-card resource-id="988-lifeline"></sa-resource-card>`);
      await expect(el).to.be.accessible();
    });
    it('invalid resource message', async () => {
      await expect(await card({ id: 'broken' })).to.be.accessible();
    });
  });
});

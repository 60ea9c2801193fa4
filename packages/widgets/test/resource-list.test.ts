import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultResources, type Hours, type Resource } from '@stalking-awareness/core';
import {
  captureWarnings,
  resetWarnings,
  testProvenance,
  testResource,
  weeklyHours,
} from '@stalking-awareness/core/testing';
import '../src/resource-list/define.js';
import type { SaResourceList } from '../src/resource-list/resource-list.js';

const record = testResource;

const WEEKDAYS_9_TO_5: Hours = weeklyHours();

/** Four good records: two languages of text, accents, several categories and hours. */
const good: Resource[] = [
  record('legal-aid', {
    name: 'Legal Aid Line',
    category: 'legal',
    description: 'Free legal information about protective orders.',
    hours: WEEKDAYS_9_TO_5,
    translations: {
      es: { name: 'Línea de asistencia legal', description: 'Información legal gratuita sobre órdenes de protección.' },
    },
  }),
  record('night-line', {
    name: 'Night Line',
    description: 'Someone to talk to at night.',
    hours: weeklyHours('20:00', '06:00', ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']),
    translations: { es: { name: 'Línea nocturna', description: 'Alguien con quien hablar por la noche.' } },
  }),
  record('always-line', {
    name: 'Always Line',
    description: 'A line for children (niños) and families.',
    hours: { type: 'always' },
  }),
  record('planning', {
    name: 'Safety Planning Guide',
    category: 'safety-planning',
    description: 'How to make a plan.',
    contacts: [],
  }),
];

// Wednesday 11 March 2026, noon in New York.
const NOON_NY = new Date('2026-03-11T16:00:00Z');

const root = (el: Element) => el.shadowRoot!;
const names = (el: Element) =>
  [...root(el).querySelectorAll('li [part="name"]')].map((node) => node.textContent?.trim());
const statusText = (el: Element) => root(el).querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
const emergencyLink = (el: Element) => root(el).querySelector<HTMLAnchorElement>('[part="emergency-link"]');

/** Text as seen (screen-reader-only parts dropped) and as read (aria-hidden parts dropped). */
function seenAndRead(node: Element | null | undefined): [string, string] {
  const seen = node!.cloneNode(true) as Element;
  seen.querySelectorAll('.visually-hidden').forEach((child) => child.remove());
  const read = node!.cloneNode(true) as Element;
  read.querySelectorAll('[aria-hidden="true"]').forEach((child) => child.remove());
  const clean = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
  return [clean(seen), clean(read)];
}

async function list(template: ReturnType<typeof html>): Promise<SaResourceList> {
  const el = await fixture<SaResourceList>(template);
  await el.updateComplete;
  return el;
}

async function typeInSearch(el: SaResourceList, text: string): Promise<void> {
  root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('sa-resource-list', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const realFetch = window.fetch;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    window.fetch = realFetch;
  });

  it('shows the bundled dataset by default as a list of cards with headings, and the 911 line', async () => {
    const el = await list(html`<sa-resource-list></sa-resource-list>`);
    const items = root(el).querySelectorAll('ul[part="list"] > li');
    expect(items.length).to.equal(defaultResources.length);
    expect(root(el).querySelectorAll('li h3').length).to.equal(defaultResources.length);
    expect(names(el)).to.include('National Domestic Violence Hotline');
    expect(seenAndRead(root(el).querySelector('[part="emergency"]'))).to.deep.equal([
      'If you are in immediate danger, call 911',
      'If you are in immediate danger, call 911, 9 1 1',
    ]);
    expect(emergencyLink(el)?.getAttribute('href')).to.equal('tel:911');
  });

  it('limits what is shown with categories (comma- or space-separated)', async () => {
    const el = await list(
      html`<sa-resource-list .resources=${good} categories="legal, safety-planning"></sa-resource-list>`,
    );
    expect(names(el)).to.deep.equal(['Legal Aid Line', 'Safety Planning Guide']);
  });

  it('warns about an unknown category name and ignores it', async () => {
    const el = await list(html`<sa-resource-list .resources=${good} categories="legal hotlines"></sa-resource-list>`);
    expect(names(el)).to.deep.equal(['Legal Aid Line']);
    expect(warnings.messages.join('\n')).to.contain('"hotlines"');
  });

  describe('validation', () => {
    const bad: unknown[] = [
      { ...record('missing-name'), name: undefined },
      record('wrong-enum', { category: 'hotline' as Resource['category'] }),
      record('hostile-url', { url: 'javascript:alert(1)' }),
      record('html-text', { description: '<img src=x onerror="window.listHacked=1">' }),
      record('wrong-types', { contacts: 'call 911' as unknown as Resource['contacts'] }),
      record('hostile-contact', { contacts: [{ channel: 'chat', value: 'JaVaScRiPt:alert(1)' }] }),
    ];

    it('skips each kind of bad record with a warning naming it, and renders the good ones', async () => {
      const el = await list(html`<sa-resource-list .resources=${[good[0], ...bad, good[3]]}></sa-resource-list>`);
      expect(names(el)).to.deep.equal(['Legal Aid Line', 'Safety Planning Guide']);
      for (const [id, path] of [
        ['missing-name', '$[1].name'],
        ['wrong-enum', '$[2].category'],
        ['hostile-url', '$[3].url'],
        ['html-text', '$[4].description'],
        ['wrong-types', '$[5].contacts'],
        ['hostile-contact', '$[6].contacts[0].value'],
      ]) {
        // Under the list's own tag and the field the data came through, naming the record and the bad field.
        const warning = warnings.messages.find((message) => message.includes(`"${id}"`)) ?? '';
        expect(warning).to.contain(`<sa-resource-list> resources skipped resource "${id}" at`);
        expect(warning).to.contain(path);
      }
      expect(root(el).querySelector('[part="notice"]')?.textContent?.trim()).to.equal('6 entries could not be shown.');
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as unknown as { listHacked?: number }).listHacked).to.equal(undefined);
    });

    it('never lets a javascript:, data: or credentialed href reach the DOM', async () => {
      const el = await list(html`<sa-resource-list .resources=${[...good, ...bad]}></sa-resource-list>`);
      const hrefs = [...root(el).querySelectorAll('[href]')].map((node) => node.getAttribute('href') ?? '');
      expect(hrefs.length).to.be.greaterThan(0);
      for (const href of hrefs) expect(href).to.match(/^(https:|tel:|sms:|mailto:)/);
    });

    it('falls back to the bundled resources, calmly, when the property holds no valid record', async () => {
      const el = await list(html`<sa-resource-list .resources=${bad}></sa-resource-list>`);
      expect(names(el).length).to.equal(defaultResources.length);
      expect(statusText(el)).to.contain('could not be read. Showing our built-in list instead.');
      expect(emergencyLink(el)?.getAttribute('href')).to.equal('tel:911');
    });
  });

  describe('search', () => {
    it('is case- and accent-insensitive', async () => {
      const el = await list(html`<sa-resource-list search .resources=${good}></sa-resource-list>`);
      await typeInSearch(el, 'NINOS');
      expect(names(el)).to.deep.equal(['Always Line']);
    });

    it('finds Spanish text typed without accents, in a Spanish list', async () => {
      const wrapper = await fixture(
        html`<div lang="es"><sa-resource-list search .resources=${good}></sa-resource-list></div>`,
      );
      const el = wrapper.querySelector('sa-resource-list')!;
      await waitUntil(() => root(el).querySelector('[lang="es"]'), 'the list never switched to Spanish');
      await typeInSearch(el, 'proteccion');
      expect(names(el)).to.deep.equal(['Línea de asistencia legal']);
      await typeInSearch(el, ' ORDENES');
      expect(names(el)).to.deep.equal(['Línea de asistencia legal']);
    });

    it('matches every word, in any order', async () => {
      const el = await list(html`<sa-resource-list search .resources=${good}></sa-resource-list>`);
      await typeInSearch(el, 'line night');
      expect(names(el)).to.deep.equal(['Night Line']);
    });

    it('has a labelled search box that browsers do not remember', async () => {
      const el = await list(html`<sa-resource-list search></sa-resource-list>`);
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(input.labels?.[0]?.textContent?.trim()).to.equal('Search resources');
      expect(input.getAttribute('autocomplete')).to.equal('off');
    });

    it('says so, and offers to show everything, when nothing matches', async () => {
      const el = await list(html`<sa-resource-list search .resources=${good}></sa-resource-list>`);
      await typeInSearch(el, 'zzzz');
      expect(names(el)).to.deep.equal([]);
      expect(root(el).querySelector('[part="empty"]')?.textContent).to.contain('No resources match these choices.');
      expect(emergencyLink(el)?.getAttribute('href')).to.equal('tel:911');
      root(el).querySelector<HTMLButtonElement>('[part="reset"]')!.click();
      await el.updateComplete;
      expect(names(el).length).to.equal(4);
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(root(el).querySelector('input[type="search"]'));
    });
  });

  describe('announcing the count', () => {
    it('has a polite live region from the first render and updates its text after typing pauses', async () => {
      const el = await list(html`<sa-resource-list search .resources=${good}></sa-resource-list>`);
      const region = root(el).querySelector('[role="status"]')!;
      expect(region).not.to.equal(null);
      expect(statusText(el)).to.equal('4 resources');
      await typeInSearch(el, 'line');
      expect(names(el).length).to.equal(3);
      await waitUntil(() => statusText(el) === '3 resources match', 'the count was not announced', { timeout: 2000 });
      expect(root(el).querySelector('[role="status"]')).to.equal(region); // the same region, not a new one
      await typeInSearch(el, ' night');
      await waitUntil(() => statusText(el) === '1 resource matches', 'the count was not announced', { timeout: 2000 });
    });
  });

  describe('category filter', () => {
    it('shows each category with its count and filters by it', async () => {
      const el = await list(html`<sa-resource-list category-filter .resources=${good}></sa-resource-list>`);
      const options = [...root(el).querySelectorAll('[part="category-option"]')].map((node) =>
        node.textContent?.trim(),
      );
      expect(options).to.deep.equal([
        'All (4)',
        'Safety planning (1)',
        'Support and helplines (2)',
        'Legal information (1)',
      ]);
      const legal = root(el).querySelector<HTMLInputElement>('input[value="legal"]')!;
      legal.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Legal Aid Line']);
      expect(root(el).querySelector('fieldset legend')?.textContent?.trim()).to.equal('Category');
    });

    it('counts reflect the search', async () => {
      const el = await list(html`<sa-resource-list search category-filter .resources=${good}></sa-resource-list>`);
      await typeInSearch(el, 'line');
      const options = [...root(el).querySelectorAll('[part="category-option"]')].map((node) =>
        node.textContent?.trim(),
      );
      expect(options).to.deep.equal([
        'All (3)',
        'Safety planning (0)',
        'Support and helplines (2)',
        'Legal information (1)',
      ]);
    });
  });

  describe('open-now filter', () => {
    it('hides only what is known to be closed at the given instant', async () => {
      const el = await list(
        html`<sa-resource-list open-now-filter .now=${NOON_NY} .resources=${good}></sa-resource-list>`,
      );
      expect(root(el).querySelector('[part="open-now"]')?.textContent?.trim()).to.equal('Hide services closed now');
      root(el).querySelector<HTMLInputElement>('[part="open-now"] input')!.click();
      await el.updateComplete;
      // The night line is closed at noon; the guide has no hours, so it is not hidden as if closed.
      expect(names(el)).to.deep.equal(['Legal Aid Line', 'Always Line', 'Safety Planning Guide']);
    });

    it('never counts a temporarily closed service as open', async () => {
      const closed = record('closed-line', {
        name: 'Closed Line',
        hours: { type: 'always' },
        status: 'temporarily closed',
      });
      const el = await list(
        html`<sa-resource-list open-now-filter .now=${NOON_NY} .resources=${[...good, closed]}></sa-resource-list>`,
      );
      root(el).querySelector<HTMLInputElement>('[part="open-now"] input')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Legal Aid Line', 'Always Line', 'Safety Planning Guide']);
    });

    it('at night keeps the night line, the 24/7 line and what has no hours', async () => {
      const night = new Date('2026-03-12T03:00:00Z'); // 23:00 in New York
      const el = await list(
        html`<sa-resource-list open-now-filter .now=${night} .resources=${good}></sa-resource-list>`,
      );
      root(el).querySelector<HTMLInputElement>('[part="open-now"] input')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Night Line', 'Always Line', 'Safety Planning Guide']);
    });

    it('at 3 a.m. with the bundled data hides nothing that is there: 911, 988, RAINN and the rest stay', async () => {
      // Thursday 12 March 2026, 3 a.m. in New York.
      const threeAm = new Date('2026-03-12T07:00:00Z');
      const el = await list(html`<sa-resource-list open-now-filter .now=${threeAm}></sa-resource-list>`);
      root(el).querySelector<HTMLInputElement>('[part="open-now"] input')!.click();
      await el.updateComplete;
      const shown = names(el);
      expect(shown).to.deep.equal(defaultResources.map((resource) => resource.name));
      for (const name of [
        'Emergency services (911)',
        '988 Suicide & Crisis Lifeline',
        'National Domestic Violence Hotline',
        'RAINN National Sexual Assault Hotline',
      ]) {
        expect(shown).to.include(name);
      }
      const card = (name: string) =>
        [...root(el).querySelectorAll('li[part="item"]')].find((item) =>
          item.querySelector('[part~="name"]')?.textContent?.includes(name),
        )!;
      const openStatus = (name: string) =>
        card(name).querySelector('[part="open-status"]')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(openStatus('988 Suicide')).to.equal('Open now, 24 hours a day');
      // Unknown hours are said as such, never as closed.
      expect(openStatus('RAINN')).to.equal('Hours not listed');
      expect(openStatus('VictimConnect')).to.equal('Hours not listed');
      expect(root(el).textContent).not.to.contain('Closed now');
      await expect(el).to.be.accessible();
    });
  });

  describe('src', () => {
    function serve(body: unknown, status = 200): string[] {
      const requested: string[] = [];
      window.fetch = (async (input: RequestInfo | URL) => {
        requested.push(String(input));
        return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
      }) as typeof fetch;
      return requested;
    }

    it('loads resources from a host-given URL', async () => {
      const requested = serve(good);
      const el = await list(html`<sa-resource-list src="https://data.example.org/resources.json"></sa-resource-list>`);
      await waitUntil(() => names(el).length === 4, 'the resources never rendered');
      expect(requested).to.deep.equal(['https://data.example.org/resources.json']);
      expect(statusText(el)).to.equal('4 resources');
    });

    it('reads Open Referral HSDS services (a real request to our own HSDS sample)', async () => {
      const el = await list(
        html`<sa-resource-list src="/packages/core/test/resources/fixtures/hsds-sample.json"></sa-resource-list>`,
      );
      await waitUntil(() => names(el).includes('Sample Helpline'), 'the HSDS services never rendered', {
        timeout: 3000,
      });
      expect(names(el)).to.deep.equal(['Sample Helpline', 'Sample Around-the-Clock Line']);
      const helpline = root(el).querySelector('li [data-resource-id] a[href^="tel:"]');
      expect(helpline?.getAttribute('href')).to.match(/^tel:\+1800555010\d$/);
      expect(root(el).querySelector('[part="notice"]')?.textContent).to.contain('Temporarily closed.');
    });

    it('says it is loading, in the live region, while it waits', async () => {
      let release!: () => void;
      window.fetch = (() =>
        new Promise<Response>(
          (resolve) => (release = () => resolve(new Response(JSON.stringify(good)))),
        )) as typeof fetch;
      const el = await list(html`<sa-resource-list src="https://data.example.org/slow.json"></sa-resource-list>`);
      expect(statusText(el)).to.equal('Loading resources…');
      expect(emergencyLink(el)?.getAttribute('href')).to.equal('tel:911');
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => names(el).length === 4, 'the resources never rendered');
    });

    for (const [what, setUp] of [
      [
        'a network failure',
        () => (window.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch),
      ],
      ['an HTTP error', () => serve('Not found', 404)],
      ['a body that is not JSON', () => serve('<html>oops</html>')],
    ] as const) {
      it(`after ${what}: a calm message, the bundled resources and the 911 line`, async () => {
        setUp();
        const el = await list(html`<sa-resource-list src="https://data.example.org/broken.json"></sa-resource-list>`);
        await waitUntil(() => names(el).length > 0, 'the fallback never rendered');
        expect(statusText(el)).to.contain('could not be loaded. Showing our built-in list instead.');
        expect(names(el).length).to.equal(defaultResources.length);
        expect(emergencyLink(el)?.getAttribute('href')).to.equal('tel:911');
        expect(warnings.messages.join('\n')).to.contain('could not load src');
      });
    }

    it('a late src response never replaces resources set since', async () => {
      let release!: () => void;
      window.fetch = (() =>
        new Promise<Response>(
          (resolve) => (release = () => resolve(new Response(JSON.stringify(good)))),
        )) as typeof fetch;
      const el = await list(html`<sa-resource-list src="https://data.example.org/slow.json"></sa-resource-list>`);
      // The request is in flight (the fetching code is a chunk of its own, loaded first).
      await waitUntil(() => release !== undefined, 'the data was never requested');
      el.resources = [good[3]!];
      await el.updateComplete;
      release();
      await aTimeout(50);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Safety Planning Guide']);
    });

    it('refuses a javascript: src without fetching', async () => {
      const requested = serve(good);
      const el = await list(html`<sa-resource-list src="javascript:alert(1)"></sa-resource-list>`);
      await waitUntil(() => names(el).length > 0, 'the fallback never rendered');
      expect(requested).to.deep.equal([]);
      expect(statusText(el)).to.contain('could not be loaded');
    });

    it('data without one valid record: says so, shows the bundled resources', async () => {
      serve([{ id: 'x' }, { hello: 'world' }]);
      const el = await list(html`<sa-resource-list src="https://data.example.org/bad.json"></sa-resource-list>`);
      await waitUntil(() => names(el).length > 0, 'the fallback never rendered');
      expect(statusText(el)).to.contain('could not be read. Showing our built-in list instead.');
      expect(names(el).length).to.equal(defaultResources.length);
    });

    it('error state passes axe', async () => {
      serve('nope', 500);
      const el = await list(
        html`<sa-resource-list search category-filter src="https://data.example.org/x.json"></sa-resource-list>`,
      );
      await waitUntil(() => names(el).length > 0, 'the fallback never rendered');
      await expect(el).to.be.accessible();
    });
  });

  describe('long lists', () => {
    const many = Array.from({ length: 60 }, (_, i) => record(`line-${i}`, { name: `Line number ${i}` }));

    it('shows a page of cards, counts all of them, and "Show more" reveals the next page and focuses it', async () => {
      const el = await list(html`<sa-resource-list search .resources=${many}></sa-resource-list>`);
      expect(names(el).length).to.equal(25);
      expect(statusText(el)).to.equal('60 resources');
      const more = root(el).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(more.textContent?.trim()).to.equal('Show 25 more (35 not shown yet)');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el).length).to.equal(50);
      const items = root(el).querySelectorAll('ul[part="list"] > li');
      expect(root(el).activeElement).to.equal(items[25]);
      root(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await el.updateComplete;
      expect(names(el).length).to.equal(60);
      expect(root(el).querySelector('[part="more"]')).to.equal(null);
    });

    it('searches every resource, not only the page shown', async () => {
      const el = await list(html`<sa-resource-list search .resources=${many}></sa-resource-list>`);
      await typeInSearch(el, 'number 59');
      expect(names(el)).to.deep.equal(['Line number 59']);
    });

    it('follows page-size, and warns about a bad one', async () => {
      const el = await list(html`<sa-resource-list page-size="10" .resources=${many}></sa-resource-list>`);
      expect(names(el).length).to.equal(10);
      el.setAttribute('page-size', 'lots');
      await el.updateComplete;
      expect(names(el).length).to.equal(25);
      expect(warnings.messages.join('\n')).to.contain('page-size "lots"');
    });
  });

  it('emits sa-resource-action with the card’s id and channel', async () => {
    const el = await list(html`<sa-resource-list .resources=${good}></sa-resource-list>`);
    el.addEventListener('click', (event) => event.preventDefault());
    const link = root(el).querySelector<HTMLAnchorElement>('[data-resource-id="night-line"] a[data-channel="voice"]')!;
    setTimeout(() => link.click());
    const event = (await oneEvent(el, 'sa-resource-action')) as CustomEvent;
    expect(event.detail).to.deep.equal({ resourceId: 'night-line', channel: 'voice' });
  });

  it('reports the 911 link like the hotline banner does', async () => {
    const el = await list(html`<sa-resource-list></sa-resource-list>`);
    el.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => emergencyLink(el)!.click());
    const event = (await oneEvent(el, 'sa-resource-action')) as CustomEvent;
    expect(event.detail).to.deep.equal({ resourceId: 'emergency-911', channel: 'voice' });
  });

  it('hide-stale leaves out records past their review date', async () => {
    const stale = record('stale-line', {
      provenance: testProvenance({ verifiedOn: '2025-01-01', reviewBy: '2026-01-01' }),
    });
    const el = await list(
      html`<sa-resource-list hide-stale .now=${NOON_NY} .resources=${[good[0], stale]}></sa-resource-list>`,
    );
    expect(names(el)).to.deep.equal(['Legal Aid Line']);
    expect(warnings.messages.join('\n')).to.contain('"stale-line" was due for review');
  });

  describe('in Spanish', () => {
    it('translates the controls, the count, the cards and the 911 line', async () => {
      const wrapper = await fixture(
        html`<div lang="es">
          <sa-resource-list search category-filter open-now-filter .now=${NOON_NY}></sa-resource-list>
        </div>`,
      );
      const el = wrapper.querySelector('sa-resource-list')!;
      await waitUntil(() => root(el).querySelector('[lang="es"]'), 'the list never switched to Spanish');
      expect(seenAndRead(root(el).querySelector('[part="emergency"]'))).to.deep.equal([
        'Si está en peligro inmediato, llame al 911',
        'Si está en peligro inmediato, llame al 911, 9 1 1',
      ]);
      expect(root(el).querySelector('label[for="search"]')?.textContent?.trim()).to.equal('Buscar recursos');
      expect(statusText(el)).to.equal(`${defaultResources.length} recursos`);
      expect(names(el)).to.include('Servicios de emergencia (911)');
      await expect(el).to.be.accessible();
    });
  });

  it('fits 320 px without horizontal scrolling, controls and cards included', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px">
        <sa-resource-list search category-filter open-now-filter></sa-resource-list>
      </div>`,
    );
    const el = wrapper.querySelector('sa-resource-list')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of root(el).querySelectorAll<HTMLElement>('.root, .controls, .list, .card, .contacts')) {
      expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
    }
  });

  describe('accessibility (axe)', () => {
    it('default, with every control', async () => {
      const el = await list(html`<sa-resource-list search category-filter open-now-filter></sa-resource-list>`);
      await expect(el).to.be.accessible();
    });
    it('compact cards', async () => {
      const el = await list(html`<sa-resource-list variant="compact" heading-level="2"></sa-resource-list>`);
      expect(root(el).querySelectorAll('li h2').length).to.equal(defaultResources.length);
      await expect(el).to.be.accessible();
    });
    it('empty', async () => {
      const el = await list(html`<sa-resource-list search .resources=${good}></sa-resource-list>`);
      await typeInSearch(el, 'zzzz');
      await aTimeout(0);
      await expect(el).to.be.accessible();
    });
  });
});

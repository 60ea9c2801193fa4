import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/hotline-banner/define.js';
import type { SaHotlineBanner } from '../src/hotline-banner/index.js';
import { resetWarnings } from '@stalking-awareness/core/testing';
// loadResources imports the data adapter lazily; load it up front so the src
// tests' short settle time does not race a module download.
import '@stalking-awareness/core/data';
import {
  accessibleName,
  captureWarnings,
  linkFor,
  links,
  settle,
  shadowOf,
  stubFetch,
  visibleText,
  weekdayLine,
} from './hotline-banner-helpers.js';

/** Accessible names of every link in the banner. */
async function linkNames(el: SaHotlineBanner): Promise<string[]> {
  return Promise.all(links(el).map((link) => accessibleName(link)));
}

describe('sa-hotline-banner: links and values', () => {
  it('shows the National Domestic Violence Hotline by default, with every channel as a real link', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner></sa-hotline-banner>`);
    await settle(el);
    expect(shadowOf(el).querySelector('[part~="name"]')!.textContent).to.equal('National Domestic Violence Hotline');

    const call = linkFor(el, 'voice', 'ndvh');
    expect(call.getAttribute('href')).to.equal('tel:+18007997233');
    expect(visibleText(call)).to.equal('Call 1-800-799-SAFE (7233)');

    const tty = linkFor(el, 'textphone', 'ndvh');
    expect(tty.getAttribute('href')).to.equal('tel:+18007873224');
    expect(visibleText(tty)).to.equal('TTY (text telephone) 1-800-787-3224');

    const text = linkFor(el, 'sms', 'ndvh');
    expect(text.getAttribute('href')).to.equal('sms:88788?body=START');
    expect(visibleText(text)).to.equal('Text START to 88788');

    const chat = linkFor(el, 'chat', 'ndvh');
    expect(chat.getAttribute('href')).to.equal('https://www.thehotline.org/');
    expect(chat.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(chat.hasAttribute('target')).to.be.false;
  });

  it('shows the emergency line by default and hides it with no-emergency', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner></sa-hotline-banner>`);
    const emergency = shadowOf(el).querySelector<HTMLAnchorElement>('[part~="emergency-link"]')!;
    expect(emergency.getAttribute('href')).to.equal('tel:911');
    expect(visibleText(emergency)).to.equal('If you are in immediate danger, call 911');
    expect(await linkNames(el)).to.include('If you are in immediate danger, call 911, 9 1 1');

    el.noEmergency = true;
    await el.updateComplete;
    expect(shadowOf(el).querySelector('[part~="emergency"]')).to.be.null;
    expect(links(el).some((a) => a.getAttribute('href') === 'tel:911')).to.be.false;
  });

  it('dials a short code as is and a full number in E.164, each named by its visible words, then read digit by digit', async () => {
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner resource-ids="988-lifeline ndvh"></sa-hotline-banner>`,
    );
    const shortCode = linkFor(el, 'voice', '988-lifeline');
    expect(shortCode.getAttribute('href')).to.equal('tel:988');
    expect(visibleText(shortCode)).to.equal('Call 988');
    const names = await linkNames(el);
    expect(names).to.include('Call 988, 9 8 8');

    const full = linkFor(el, 'voice', 'ndvh');
    expect(full.getAttribute('href')).to.equal('tel:+18007997233');
    expect(names).to.include('Call 1-800-799-SAFE (7233), 1, 8 0 0, 7 9 9, 7 2 3 3');

    const text = linkFor(el, 'sms', 'ndvh');
    expect(text.getAttribute('href')).to.equal('sms:88788?body=START');
    expect(names).to.include('Text START to 88788, 8 8 7 8 8');
    expect(names).to.include('Text 988, 9 8 8');
  });

  it('says what each line is for, so a referral line is not mistaken for a crisis line', async () => {
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner resource-ids="988-lifeline ndvh"></sa-hotline-banner>`,
    );
    const lines = [...shadowOf(el).querySelectorAll<HTMLElement>('[part~="line"]')];
    expect(lines.map((line) => line.dataset['resource'])).to.deep.equal(['988-lifeline', 'ndvh']);
    expect(lines[0]!.querySelector('[part~="purpose"]')!.textContent).to.contain('people in crisis');
    expect(lines[1]!.querySelector('[part~="purpose"]')!.textContent).to.contain('domestic violence');
    // Each group is named after its line, so "Call" is never heard without knowing which line it calls.
    for (const line of lines) {
      const nameId = line.getAttribute('aria-labelledby')!;
      expect(shadowOf(el).getElementById(nameId)!.textContent).to.equal(
        line.querySelector('[part~="name"]')!.textContent,
      );
    }
    // 988's extra routes say who they are for.
    expect(visibleText(lines[0]!)).to.contain('Spanish: press 2').and.to.contain('Text 838255 (Veterans)');
  });

  it('says what could not be confirmed about a line, in every variant', async () => {
    for (const variant of ['banner', 'compact', 'sticky']) {
      const el = await fixture<SaHotlineBanner>(
        html`<sa-hotline-banner variant=${variant} resource-ids="ndvh victimconnect"></sa-hotline-banner>`,
      );
      const unconfirmed = shadowOf(el).querySelector('[data-resource="victimconnect"] [part~="unverified"]');
      expect(unconfirmed!.textContent!.trim(), variant).to.contain(
        'Its current operating status could not be confirmed.',
      );
      expect(shadowOf(el).querySelector('[data-resource="ndvh"] [part~="unverified"]')).to.be.null;
      el.remove();
    }
  });

  it('falls back to a general line when an unconfirmed record has no note', async () => {
    const line = weekdayLine();
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner
        .resource=${{ ...line, provenance: { ...line.provenance, verified: false } }}
      ></sa-hotline-banner>`,
    );
    expect(shadowOf(el).querySelector('[part~="unverified"]')!.textContent!.trim()).to.equal(
      'Details not yet confirmed at the source',
    );
  });

  it('shows a hand-made record given as the resource property', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner .resource=${weekdayLine()}></sa-hotline-banner>`);
    expect(linkFor(el, 'voice', 'test-weekday-line').getAttribute('href')).to.equal('tel:+15555550123');
    expect(linkFor(el, 'sms', 'test-weekday-line').getAttribute('href')).to.equal('sms:+15555550123?body=HELP');
    expect(shadowOf(el).querySelector('[part~="purpose"]')!.textContent).to.contain('not a crisis line');
  });

  it('falls back to the default hotline, with a warning naming the field, for an invalid resource or unknown id', async () => {
    resetWarnings();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const bad = { ...weekdayLine(), contacts: [{ channel: 'chat', value: 'javascript:alert(1)' }] };
      const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner .resource=${bad}></sa-hotline-banner>`);
      expect(linkFor(el, 'voice', 'ndvh').getAttribute('href')).to.equal('tel:+18007997233');
      expect(links(el).some((a) => a.href.startsWith('javascript:'))).to.be.false;
      expect(warnings.some((w) => w.includes('resource') && w.includes('contacts[0]'))).to.be.true;

      const unknown = await fixture<SaHotlineBanner>(
        html`<sa-hotline-banner resource-id="no-such-line"></sa-hotline-banner>`,
      );
      expect(linkFor(unknown, 'voice', 'ndvh')).to.exist;
      expect(warnings.some((w) => w.includes('resource-id "no-such-line"'))).to.be.true;

      const notAHotline = await fixture<SaHotlineBanner>(
        html`<sa-hotline-banner resource-id="sparc"></sa-hotline-banner>`,
      );
      expect(shadowOf(notAHotline).querySelector('[data-resource="sparc"]')).to.be.null;
      expect(linkFor(notAHotline, 'voice', 'ndvh')).to.exist;
    } finally {
      console.warn = original;
    }
  });

  it('emits sa-resource-action with the resource id and channel when a contact link is used', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner></sa-hotline-banner>`);
    const text = linkFor(el, 'sms', 'ndvh');
    // Keep the test page from trying to open an sms: handler.
    text.addEventListener('click', (event) => event.preventDefault(), { once: true });
    setTimeout(() => text.click());
    const event = (await oneEvent(document, 'sa-resource-action')) as CustomEvent;
    expect(event.detail).to.deep.equal({ resourceId: 'ndvh', channel: 'sms' });
    expect(event.composed).to.be.true;

    const emergency = shadowOf(el).querySelector<HTMLAnchorElement>('[part~="emergency-link"]')!;
    emergency.addEventListener('click', (e) => e.preventDefault(), { once: true });
    setTimeout(() => emergency.click());
    const emergencyEvent = (await oneEvent(el, 'sa-resource-action')) as CustomEvent;
    expect(emergencyEvent.detail).to.deep.equal({ resourceId: 'emergency-911', channel: 'voice' });
  });

  it('is a labelled region that announces nothing on load', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner dismissible></sa-hotline-banner>`);
    const region = shadowOf(el).querySelector('section')!;
    expect(region.getAttribute('aria-label')).to.equal('Help lines');
    expect(shadowOf(el).querySelector('[role="alert"], [aria-live="assertive"]')).to.be.null;
    // The polite status exists for a later dismissal only and starts empty.
    expect(shadowOf(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('shows every number in full on paper', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner variant="sticky"></sa-hotline-banner>`);
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ media: 'print' });
    try {
      const panel = shadowOf(el).querySelector<HTMLElement>('[part~="panel"]')!;
      expect(getComputedStyle(panel).position).to.equal('static');
      for (const channel of ['voice', 'textphone', 'sms']) {
        const link = linkFor(el, channel, 'ndvh');
        expect(getComputedStyle(link).display).not.to.equal('none');
        expect(link.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      expect(visibleText(panel))
        .to.contain('1-800-799-SAFE (7233)')
        .and.to.contain('1-800-787-3224')
        .and.to.contain('88788');
      const chat = linkFor(el, 'chat', 'ndvh');
      expect(getComputedStyle(chat, '::after').content).to.contain('https://www.thehotline.org/');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('sa-hotline-banner: a sticky banner on paper', () => {
  it('prints every hotline in full, none cut off where the screen would scroll them', async () => {
    const { emulateMedia, setViewport } = await import('@web/test-runner-commands');
    // A short window, where on screen the three hotlines scroll inside the banner.
    await setViewport({ width: 800, height: 400 });
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner variant="sticky" resource-ids="988-lifeline ndvh victimconnect"></sa-hotline-banner>`,
    );
    const lines = shadowOf(el).querySelector<HTMLElement>('.lines')!;
    expect(lines.scrollHeight, 'on screen the hotlines scroll').to.be.greaterThan(lines.clientHeight);
    await emulateMedia({ media: 'print' });
    try {
      expect(lines.scrollHeight, 'on paper nothing is scrolled out of sight').to.be.at.most(lines.clientHeight);
    } finally {
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('sa-hotline-banner: open status', () => {
  // 24 Nov 2026 is a Tuesday; New York is on EST (UTC−5).
  const at = (iso: string) => new Date(iso);

  async function statusAt(now: Date, lang = 'en'): Promise<string> {
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner lang=${lang} .resource=${weekdayLine()} .now=${now}></sa-hotline-banner>`,
    );
    await settle(el);
    return shadowOf(el).querySelector('[part~="status"]')!.textContent!.trim();
  }

  it('says an always-open line is open 24 hours a day', async () => {
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner .now=${at('2026-11-24T15:00:00Z')}></sa-hotline-banner>`,
    );
    expect(shadowOf(el).querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Open now, 24 hours a day');
  });

  it('says when an open line closes, with its time zone', async () => {
    const text = await statusAt(at('2026-11-24T15:00:00Z')); // 10:00 in New York
    expect(text).to.match(/^Open now, until 5\s?(p\.m\.|PM) (ET|EST)$/);
  });

  it('says when a closed line opens later the same day', async () => {
    const text = await statusAt(at('2026-11-24T12:00:00Z')); // 07:00 in New York
    expect(text).to.match(/^Closed now, opens 9\s?(a\.m\.|AM) (ET|EST)$/);
  });

  it('names the day when a closed line opens on another day', async () => {
    const evening = await statusAt(at('2026-11-24T23:30:00Z')); // Tuesday 18:30
    expect(evening).to.match(/^Closed now, opens Wednesday at 9\s?(a\.m\.|AM) (ET|EST)$/);
    const saturday = await statusAt(at('2026-11-28T16:00:00Z')); // Saturday 11:00
    expect(saturday).to.match(/^Closed now, opens Monday at 9\s?(a\.m\.|AM) (ET|EST)$/);
  });

  it('speaks Spanish in Spanish', async () => {
    const open = await statusAt(at('2026-11-24T15:00:00Z'), 'es');
    expect(open).to.match(/^Abierto ahora, hasta las 5 p\. ?m\. ET$/);
    const closed = await statusAt(at('2026-11-28T16:00:00Z'), 'es');
    expect(closed).to.match(/^Cerrado ahora, abre el lunes a las 9 a\. ?m\. ET$/);
  });

  it('updates itself at closing time, so "Open now" never outlives the hours', async () => {
    const RealDate = Date;
    const realSetTimeout = window.setTimeout;
    let clock = new RealDate('2026-11-24T21:59:30Z').getTime(); // 16:59:30 in New York
    const timers: { callback: () => void; delay: number }[] = [];
    class FakeDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(clock);
        else super(...(args as [string]));
      }
      static override now() {
        return clock;
      }
    }
    globalThis.Date = FakeDate as DateConstructor;
    window.setTimeout = ((callback: () => void, delay = 0) => {
      if (delay < 1000) return realSetTimeout(callback, delay);
      timers.push({ callback, delay });
      return 0;
    }) as typeof setTimeout;
    try {
      const el = await fixture<SaHotlineBanner>(
        html`<sa-hotline-banner .resource=${weekdayLine()}></sa-hotline-banner>`,
      );
      const status = () => shadowOf(el).querySelector('[part~="status"]')!.textContent!.trim();
      expect(status()).to.match(/^Open now, until 5/);
      const refresh = timers.at(-1)!;
      expect(refresh.delay, 'refreshes soon after closing time').to.be.within(30_000, 32_000);
      clock += refresh.delay;
      refresh.callback();
      await el.updateComplete;
      expect(status()).to.match(/^Closed now, opens Wednesday at 9/);
    } finally {
      globalThis.Date = RealDate;
      window.setTimeout = realSetTimeout;
    }
  });

  it('never shows a line the source marks temporarily closed as open or dialable', async () => {
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner
        .resource=${weekdayLine({ status: 'temporarily closed' })}
        .now=${at('2026-11-24T15:00:00Z')}
      ></sa-hotline-banner>`,
    );
    const line = shadowOf(el).querySelector('[data-resource="test-weekday-line"]')!;
    expect(line.querySelector('[part~="status"]')!.textContent).not.to.contain('Open');
    expect(line.querySelector('a')).to.be.null;
  });
});

describe('sa-hotline-banner: Spanish', () => {
  it('translates the words and keeps the numbers and the START keyword as published', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner lang="es" dismissible></sa-hotline-banner>`);
    await settle(el);
    expect(shadowOf(el).querySelector('section')!.getAttribute('lang')).to.equal('es');
    expect(shadowOf(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Líneas de ayuda');
    expect(visibleText(linkFor(el, 'voice', 'ndvh'))).to.equal('Llamar al 1-800-799-SAFE (7233)');
    expect(visibleText(linkFor(el, 'sms', 'ndvh'))).to.equal('Enviar START por mensaje de texto al 88788');
    expect(linkFor(el, 'sms', 'ndvh').getAttribute('href')).to.equal('sms:88788?body=START');
    expect(shadowOf(el).querySelector('[part~="purpose"]')!.textContent).to.contain('violencia doméstica');
    expect(visibleText(shadowOf(el).querySelector('[part~="emergency-link"]')!)).to.equal(
      'Si está en peligro inmediato, llame al 911',
    );
    expect(shadowOf(el).querySelector('[part~="close"]')!.getAttribute('aria-label')).to.equal(
      'Ocultar las líneas de ayuda',
    );
  });
});

describe('sa-hotline-banner: accessibility', () => {
  for (const lang of ['en', 'es']) {
    for (const variant of ['banner', 'compact', 'sticky']) {
      it(`passes axe as ${variant} in ${lang}`, async () => {
        const el = await fixture<SaHotlineBanner>(
          html`<sa-hotline-banner
            lang=${lang}
            variant=${variant}
            resource-ids="ndvh 988-lifeline"
            dismissible
          ></sa-hotline-banner>`,
        );
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('passes axe on a dark host page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><sa-hotline-banner resource-ids="ndvh 988-lifeline" dismissible></sa-hotline-banner></div>`,
    );
    page.style.colorScheme = 'dark';
    page.style.background = '#121212';
    const el = page.querySelector('sa-hotline-banner')!;
    await settle(el);
    const panel = shadowOf(el).querySelector('[part~="panel"]')!;
    expect(getComputedStyle(panel).backgroundColor).not.to.equal('rgb(243, 245, 248)'); // the light surface
    await expect(el).to.be.accessible();
  });

  it('gives the close button a name and a 44 × 44 px target', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner dismissible></sa-hotline-banner>`);
    const close = shadowOf(el).querySelector<HTMLButtonElement>('[part~="close"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Hide help lines');
    const box = close.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
  });
});

describe('sa-hotline-banner: src', () => {
  let restoreFetch: (() => void) | undefined;
  let warnings: ReturnType<typeof captureWarnings> | undefined;

  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });

  afterEach(() => {
    restoreFetch?.();
    restoreFetch = undefined;
    warnings?.restore();
  });

  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

  /** Renders with `src`, then waits until the fetch has been answered and the banner re-rendered. */
  async function withSrc(body: () => Response | Promise<Response>, attributes = ''): Promise<SaHotlineBanner> {
    let answered!: () => void;
    const done = new Promise<void>((resolve) => (answered = resolve));
    restoreFetch = stubFetch(async () => {
      try {
        return await body();
      } finally {
        setTimeout(answered, 20);
      }
    });
    const el = await fixture<SaHotlineBanner>(
      attributes === 'ids'
        ? html`<sa-hotline-banner
            src="https://data.example.org/hotlines.json"
            resource-ids="ndvh test-weekday-line"
          ></sa-hotline-banner>`
        : html`<sa-hotline-banner src="https://data.example.org/hotlines.json"></sa-hotline-banner>`,
    );
    await done;
    await el.updateComplete;
    return el;
  }

  it('shows the lines a host publishes, so a number can change without a code deploy', async () => {
    const el = await withSrc(() => json([weekdayLine()]));
    expect(linkFor(el, 'voice', 'test-weekday-line').getAttribute('href')).to.equal('tel:+15555550123');
    expect(shadowOf(el).querySelector('[data-resource="ndvh"]')).to.be.null;
  });

  it('keeps the bundled hotline on screen while src loads', async () => {
    let release!: () => void;
    restoreFetch = stubFetch(
      () => new Promise<Response>((resolve) => (release = () => resolve(json([weekdayLine()])))),
    );
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner src="https://data.example.org/h.json"></sa-hotline-banner>`,
    );
    expect(linkFor(el, 'voice', 'ndvh')).to.exist;
    // The request is in flight (the fetching code is a chunk of its own, loaded first): still the bundled line.
    await waitUntil(() => release !== undefined, 'the data was never requested');
    expect(linkFor(el, 'voice', 'ndvh')).to.exist;
    release();
  });

  it('rejects hostile records with a warning and still shows the default hotline', async () => {
    const hostile = [
      { ...weekdayLine(), id: 'script-name', name: '<img src=x onerror=alert(1)>Call us' },
      { ...weekdayLine(), id: 'js-chat', contacts: [{ channel: 'chat', value: 'javascript:alert(1)' }] },
      {
        ...weekdayLine(),
        id: 'credential-chat',
        contacts: [{ channel: 'chat', value: 'https://user:pass@evil.example/' }],
      },
      { ...weekdayLine(), id: 'fake-number', contacts: [{ channel: 'voice', value: 'tel:+1900;phone-context=evil' }] },
      {
        ...weekdayLine(),
        id: 'sms-injection',
        contacts: [{ channel: 'sms', shortCode: '88788', keyword: 'START&body=x' }],
      },
      { id: 'not-a-record' },
      'just a string',
    ];
    const el = await withSrc(() => json(hostile));
    expect(linkFor(el, 'voice', 'ndvh').getAttribute('href')).to.equal('tel:+18007997233');
    const root = shadowOf(el);
    expect(root.querySelector('img, script')).to.be.null;
    expect(root.textContent).not.to.contain('Call us');
    for (const link of links(el)) {
      expect(link.protocol).to.be.oneOf(['tel:', 'sms:', 'https:']);
      expect(link.href).not.to.contain('evil');
      expect(link.href).not.to.contain('body=x');
    }
    for (const id of ['script-name', 'js-chat', 'credential-chat', 'fake-number', 'sms-injection']) {
      expect(root.querySelector(`[data-resource="${id}"]`)).to.be.null;
      expect(
        warnings!.messages.some((message) => message.includes(id)),
        `a warning names ${id}`,
      ).to.be.true;
    }
  });

  it('shows the valid records of a partly bad file and skips the bad ones', async () => {
    const el = await withSrc(() =>
      json([
        weekdayLine(),
        { ...weekdayLine(), id: 'js-chat', contacts: [{ channel: 'chat', value: 'javascript:alert(1)' }] },
      ]),
    );
    expect(linkFor(el, 'voice', 'test-weekday-line')).to.exist;
    expect(shadowOf(el).querySelector('[data-resource="js-chat"]')).to.be.null;
  });

  for (const [what, response] of [
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['an HTTP error', () => new Response('gone', { status: 404 })],
    ['a body that is not JSON', () => new Response('<html>hacked</html>')],
    ['JSON that is not resource data', () => json({ hello: 'world' })],
  ] as const) {
    it(`keeps the default hotline, with a warning, after ${what}`, async () => {
      const el = await withSrc(response);
      expect(linkFor(el, 'voice', 'ndvh').getAttribute('href')).to.equal('tel:+18007997233');
      expect(warnings!.messages.length).to.be.greaterThan(0);
    });
  }

  it('with resource-ids, takes the asked ids from src and the rest from the bundled data', async () => {
    const el = await withSrc(() => json([weekdayLine(), { ...weekdayLine(), id: 'unrelated-line' }]), 'ids');
    const shown = [...shadowOf(el).querySelectorAll<HTMLElement>('[part~="line"]')].map(
      (line) => line.dataset['resource'],
    );
    expect(shown).to.deep.equal(['ndvh', 'test-weekday-line']);
    expect(linkFor(el, 'voice', 'test-weekday-line').getAttribute('href')).to.equal('tel:+15555550123');
  });

  it('never fetches an unsafe src', async () => {
    let fetched = false;
    restoreFetch = stubFetch(() => {
      fetched = true;
      return json([]);
    });
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner src="javascript:alert(1)"></sa-hotline-banner>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetched).to.be.false;
    expect(linkFor(el, 'voice', 'ndvh')).to.exist;
    expect(warnings!.messages.some((message) => message.includes('src'))).to.be.true;
  });
});

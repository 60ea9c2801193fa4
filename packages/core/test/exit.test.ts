import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_EXIT_DESTINATION, exitPage, isExiting, setExitNavigator } from '../src/exit/index.js';
import { EXIT_COVER_ATTRIBUTE } from '../src/exit/hide-page.js';
import { undoExitForTests } from '../src/testing.js';
import { resetWarnings } from '../src/warn.js';

interface PageAtNavigation {
  url: string;
  title: string;
  coverOnHtml: boolean;
  coverHasStyleAttribute: boolean;
  coverPosition: string;
  bodyInert: boolean;
  bodyChildrenAriaHidden: boolean;
  bodyDisplay: string;
  referrerMeta: string | null;
  icons: string[];
  exitEventsSoFar: number;
}

describe('exitPage', () => {
  let navigations: PageAtNavigation[];
  let exitEvents: CustomEvent[];
  const onExit = (event: Event) => exitEvents.push(event as CustomEvent);
  let warnings: string[];
  const originalWarn = console.warn;

  beforeEach(() => {
    resetWarnings();
    warnings = [];
    console.warn = (message: string) => warnings.push(String(message));
    document.title = 'Stalking help: your safety plan';
    const icon = document.createElement('link');
    icon.rel = 'shortcut icon';
    icon.href = '/favicon-of-the-service.png';
    document.head.append(icon);
    navigations = [];
    exitEvents = [];
    document.addEventListener('sa-exit', onExit);
    // What the page looks like at the moment the navigation call is made.
    setExitNavigator((url) => {
      const cover = document.documentElement.querySelector(`:scope > [${EXIT_COVER_ATTRIBUTE}]`);
      navigations.push({
        url,
        title: document.title,
        coverOnHtml: cover !== null,
        coverHasStyleAttribute: cover?.hasAttribute('style') ?? false,
        coverPosition: cover ? getComputedStyle(cover).position : '',
        bodyInert: document.body.inert,
        bodyChildrenAriaHidden: [...document.body.children].every(
          (child) => child.getAttribute('aria-hidden') === 'true',
        ),
        bodyDisplay: getComputedStyle(document.body).display,
        referrerMeta: document.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
        icons: [...document.querySelectorAll('link[rel~="icon" i]')].map((link) => link.getAttribute('href') ?? ''),
        exitEventsSoFar: exitEvents.length,
      });
    });
  });

  afterEach(() => {
    console.warn = originalWarn;
    document.removeEventListener('sa-exit', onExit);
    undoExitForTests();
  });

  it('hides the page, drops the referrer and announces the exit before it navigates, once', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    exitPage('https://example.org/neutral', origin);
    expect(navigations).to.have.length(1);
    const at = navigations[0]!;
    expect(at.url).to.equal('https://example.org/neutral');
    expect(at.coverOnHtml, 'cover on <html>').to.equal(true);
    expect(at.coverHasStyleAttribute, 'no inline style attribute').to.equal(false);
    expect(at.coverPosition).to.equal('fixed');
    expect(at.bodyInert).to.equal(true);
    expect(at.bodyChildrenAriaHidden, 'hidden from assistive technology').to.equal(true);
    expect(at.bodyDisplay).to.equal('none');
    expect(at.title).to.equal('');
    expect(at.icons, 'one blank icon, never fetched').to.deep.equal(['']);
    expect(at.referrerMeta).to.equal('no-referrer');
    expect(at.exitEventsSoFar).to.equal(1);
  });

  it('lets screen readers hear an announcement from the cover, without showing it', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    exitPage('https://example.org/', origin, { text: 'Saliendo de esta página.', lang: 'es' });
    const cover = document.documentElement.querySelector(`:scope > [${EXIT_COVER_ATTRIBUTE}]`)!;
    expect(cover.getAttribute('role')).to.equal('alert');
    expect(cover.getAttribute('lang')).to.equal('es');
    expect(cover.textContent).to.equal('Saliendo de esta página.');
    const span = cover.firstElementChild!;
    expect(span.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(span).clipPath).to.equal('inset(50%)');
  });

  it('adds no alert when the caller gives no announcement', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    exitPage('https://example.org/', origin);
    const cover = document.documentElement.querySelector(`:scope > [${EXIT_COVER_ATTRIBUTE}]`)!;
    expect(cover.hasAttribute('role')).to.equal(false);
    expect(cover.textContent).to.equal('');
  });

  it('silences audio and video that were playing', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><audio></audio><video></video><button>Exit</button></div>`);
    const paused: string[] = [];
    for (const media of page.querySelectorAll<HTMLMediaElement>('audio, video')) {
      media.pause = () => paused.push(media.localName);
    }
    exitPage('https://example.org/', page.querySelector('button')!);
    expect(paused.sort()).to.deep.equal(['audio', 'video']);
  });

  it('uses no inline style attribute anywhere (works under style-src without unsafe-inline)', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    exitPage('https://example.org/', origin);
    expect(document.querySelectorAll('[style]')).to.have.length(0);
  });

  it('exposes no page text to assistive technology once exiting', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <h1>Stalking safety plan</h1>
        <p>Call the hotline</p>
        <button>Exit</button>
      </div>`,
    );
    exitPage('https://example.org/', page.querySelector('button')!);
    // Every text node must sit under an inert, aria-hidden, undisplayed ancestor.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const exposed: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const parent = node.parentElement!;
      const hidden = parent.closest('[aria-hidden="true"]') !== null && parent.closest('[inert]') !== null;
      if (!hidden || parent.checkVisibility()) exposed.push(node.textContent.trim());
    }
    expect(exposed).to.deep.equal([]);
    expect(document.body.textContent).to.contain('Stalking safety plan', 'the test page had text to hide');
  });

  it('dispatches sa-exit that bubbles, is composed and cannot be cancelled', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    origin.addEventListener('sa-exit', (event) => event.preventDefault());
    origin.addEventListener('sa-exit', () => {
      throw new Error('a broken host listener');
    });
    // The browser reports the listener's error; keep it from failing the test run.
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const originalOnError = window.onerror;
    window.onerror = () => true;
    window.addEventListener('error', onError, { capture: true });
    exitPage('https://example.org/', origin);
    window.removeEventListener('error', onError, { capture: true });
    window.onerror = originalOnError;
    expect(exitEvents).to.have.length(1);
    const event = exitEvents[0]!;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    expect(event.detail).to.deep.equal({ destination: 'https://example.org/' });
    expect(navigations, 'the exit went ahead').to.have.length(1);
  });

  it('navigates once however often it is asked', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    exitPage('https://example.org/a', origin);
    exitPage('https://example.org/b', origin);
    expect(navigations.map((n) => n.url)).to.deep.equal(['https://example.org/a']);
    expect(exitEvents).to.have.length(1);
    expect(isExiting()).to.equal(true);
  });

  for (const unsafe of [
    'javascript:alert(1)',
    'https://user:secret@example.org/',
    'data:text/html,<p>hi</p>',
    'tel:988',
    'ftp://example.org/',
    'http://',
  ]) {
    it(`goes to the default destination instead of ${JSON.stringify(unsafe)}, with a warning`, async () => {
      const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
      exitPage(unsafe, origin);
      expect(navigations.map((n) => n.url)).to.deep.equal([DEFAULT_EXIT_DESTINATION]);
      expect(warnings.join('\n')).to.contain('exit destination');
    });
  }

  it('warns when the destination is on the same site, and still leaves', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    exitPage('/home', origin);
    expect(navigations.map((n) => n.url)).to.deep.equal([new URL('/home', location.href).href]);
    expect(warnings.join('\n')).to.contain('is on this site');
  });

  it('leaves again, still hidden, when the page comes back from the back/forward cache', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    exitPage('https://example.org/', origin);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(navigations).to.have.length(1);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(navigations).to.have.length(2);
    expect(navigations[1]!.url).to.equal('https://example.org/');
    expect(navigations[1]!.coverOnHtml).to.equal(true);
    expect(navigations[1]!.bodyDisplay).to.equal('none');
  });

  it('keeps the title blank when the page changes it after the exit', async () => {
    const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
    exitPage('https://example.org/', origin);
    document.title = '(1) New message about your case';
    await Promise.resolve();
    expect(document.title).to.equal('');
  });
});

describe('the default exit navigator', () => {
  afterEach(() => undoExitForTests());

  it('replaces the current history entry and never pushes one or opens a window', async () => {
    const seen: Array<{ type: string; url: string }> = [];
    // The Navigation API reports every navigation this page starts (replace,
    // assign, href =) and lets the test cancel it, so nothing leaves.
    const onNavigate = (event: Event) => {
      const navigateEvent = event as Event & { navigationType: string; destination: { url: string } };
      seen.push({ type: navigateEvent.navigationType, url: navigateEvent.destination.url });
      event.preventDefault();
    };
    const navigation = (window as unknown as { navigation: EventTarget }).navigation;
    navigation.addEventListener('navigate', onNavigate);
    const originalOpen = window.open;
    let opened = 0;
    window.open = () => {
      opened += 1;
      return null;
    };
    try {
      const origin = await fixture<HTMLButtonElement>(html`<button>Exit</button>`);
      setExitNavigator(undefined);
      exitPage('https://example.org/neutral', origin);
    } finally {
      navigation.removeEventListener('navigate', onNavigate);
      window.open = originalOpen;
    }
    expect(seen).to.deep.equal([{ type: 'replace', url: 'https://example.org/neutral' }]);
    expect(opened).to.equal(0);
  });
});

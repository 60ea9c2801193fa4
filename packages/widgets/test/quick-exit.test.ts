import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { DEFAULT_EXIT_DESTINATION } from '@stalking-awareness/core';
import type { SaQuickExit } from '../src/quick-exit/index.js';
import { HISTORY_GUARD_KEY } from '../src/quick-exit/history-guard-flag.js';
import { quickExitLocaleLoaders } from '../src/quick-exit/locales.js';
import { controlOf, coverAnnouncement, quickExit, statusOf, tapShift, useExitSpies } from './quick-exit-helpers.js';

describe('sa-quick-exit: activation', () => {
  const spies = useExitSpies();

  it('renders a link to the destination that works as a link, with an emergency prefix for screen readers', async () => {
    const el = await quickExit(html`<sa-quick-exit href="https://example.org/neutral"></sa-quick-exit>`);
    const control = controlOf(el);
    expect(control.getAttribute('href')).to.equal('https://example.org/neutral');
    expect(control.rel).to.equal('noreferrer nofollow');
    expect(control.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
    expect(control.getBoundingClientRect().width).to.be.at.least(44);
    expect(control.getBoundingClientRect().height).to.be.at.least(44);
  });

  it("is the family's exit button: white text on the exit red, framed in the same red", async () => {
    const el = await quickExit(html`<sa-quick-exit style="color-scheme: light"></sa-quick-exit>`);
    const style = getComputedStyle(controlOf(el));
    expect(style.backgroundColor).to.equal('rgb(163, 22, 15)');
    expect(style.color).to.equal('rgb(255, 255, 255)');
    expect([style.borderTopStyle, style.borderTopWidth, style.borderTopColor]).to.deep.equal([
      'solid',
      '2px',
      'rgb(163, 22, 15)',
    ]);
  });

  it('leaves on click: exactly one navigation, to the destination, never a new window', async () => {
    const el = await quickExit(html`<sa-quick-exit href="https://example.org/neutral"></sa-quick-exit>`);
    const exited = oneEvent(el, 'sa-exit');
    controlOf(el).click();
    controlOf(el).click();
    expect(((await exited) as CustomEvent).detail).to.deep.equal({ destination: 'https://example.org/neutral' });
    expect(spies.navigations).to.deep.equal(['https://example.org/neutral']);
    expect(spies.opened).to.equal(0);
  });

  it('leaves in this tab on a modified or middle click too', async () => {
    const el = await quickExit(html`<sa-quick-exit href="https://example.org/"></sa-quick-exit>`);
    const event = new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true, composed: true });
    controlOf(el).dispatchEvent(event);
    expect(event.defaultPrevented, 'no new tab').to.equal(true);
    expect(spies.navigations).to.deep.equal(['https://example.org/']);
  });

  it('leaves on Enter', async () => {
    const el = await quickExit(html`<sa-quick-exit href="https://example.org/"></sa-quick-exit>`);
    controlOf(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(spies.navigations).to.deep.equal(['https://example.org/']);
  });

  it('leaves on Space', async () => {
    const el = await quickExit(html`<sa-quick-exit href="https://example.org/"></sa-quick-exit>`);
    controlOf(el).focus();
    await sendKeys({ press: 'Space' });
    expect(spies.navigations).to.deep.equal(['https://example.org/']);
  });

  it('hides the page before the navigation call', async () => {
    let atNavigation = { title: 'unset', covered: false, bodyHidden: false };
    document.title = 'Help with stalking';
    const el = await quickExit(html`<sa-quick-exit href="https://example.org/"></sa-quick-exit>`);
    const { setExitNavigator } = await import('@stalking-awareness/core');
    setExitNavigator(() => {
      atNavigation = {
        title: document.title,
        covered: document.documentElement.querySelector(':scope > [data-sa-exit-cover]') !== null,
        bodyHidden: document.body.inert && el.parentElement!.closest('[aria-hidden="true"]') !== null,
      };
    });
    controlOf(el).click();
    expect(atNavigation).to.deep.equal({ title: '', covered: true, bodyHidden: true });
  });

  it('writes no storage unless guard-history is set', async () => {
    const el = await quickExit(html`<sa-quick-exit href="https://example.org/"></sa-quick-exit>`);
    controlOf(el).click();
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('with guard-history, remembers the destination for this tab before it leaves', async () => {
    const el = await quickExit(html`<sa-quick-exit guard-history href="https://example.org/"></sa-quick-exit>`);
    let storedAtNavigation: string | null = null;
    const { setExitNavigator } = await import('@stalking-awareness/core');
    setExitNavigator(() => (storedAtNavigation = sessionStorage.getItem(HISTORY_GUARD_KEY)));
    controlOf(el).click();
    expect(storedAtNavigation).to.equal('https://example.org/');
    expect(localStorage.length).to.equal(0);
  });
});

describe('sa-quick-exit: destination', () => {
  const spies = useExitSpies();

  it('defaults to a neutral page', async () => {
    const el = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
    controlOf(el).click();
    expect(spies.navigations).to.deep.equal([DEFAULT_EXIT_DESTINATION]);
    expect(DEFAULT_EXIT_DESTINATION).to.equal('https://www.weather.gov/');
  });

  it('upgrades the fallback link it contains and takes its destination', async () => {
    const el = await quickExit(
      html`<sa-quick-exit
        ><a href="https://example.org/from-link" rel="noreferrer nofollow">Exit this page</a></sa-quick-exit
      >`,
    );
    expect(el.querySelector('a')!.checkVisibility(), 'the fallback link is no longer shown').to.equal(false);
    controlOf(el).click();
    expect(spies.navigations).to.deep.equal(['https://example.org/from-link']);
    expect(spies.warnings).to.deep.equal([]);
  });

  it('warns when the fallback link lacks rel="noreferrer"', async () => {
    await quickExit(html`<sa-quick-exit><a href="https://example.org/">Exit this page</a></sa-quick-exit>`);
    expect(spies.warnings.join('\n')).to.contain('rel="noreferrer nofollow"');
  });

  for (const unsafe of [
    'javascript:alert(document.cookie)',
    'https://user:password@example.org/',
    'data:text/html,hi',
  ]) {
    it(`falls back to the default for href=${JSON.stringify(unsafe)} and warns`, async () => {
      const el = await quickExit(html`<sa-quick-exit href=${unsafe}></sa-quick-exit>`);
      expect(controlOf(el).getAttribute('href')).to.equal(DEFAULT_EXIT_DESTINATION);
      controlOf(el).click();
      expect(spies.navigations).to.deep.equal([DEFAULT_EXIT_DESTINATION]);
      expect(spies.warnings.join('\n')).to.contain('<sa-quick-exit> href');
    });
  }

  it('does not trust an unsafe fallback link either', async () => {
    const el = await quickExit(
      html`<sa-quick-exit><a href="javascript:alert(1)" rel="noreferrer nofollow">Exit</a></sa-quick-exit>`,
    );
    controlOf(el).click();
    expect(spies.navigations).to.deep.equal([DEFAULT_EXIT_DESTINATION]);
  });
});

describe('sa-quick-exit: instances', () => {
  const spies = useExitSpies();

  it('two instances share the document listeners and make one exit', async () => {
    const added: string[] = [];
    const originalAdd = document.addEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      added.push(type);
      return (originalAdd as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    let afterFirst: string[] = [];
    try {
      const root = await quickExit(html`<div><sa-quick-exit href="https://example.org/first"></sa-quick-exit></div>`);
      afterFirst = [...added];
      const second = document.createElement('sa-quick-exit');
      second.setAttribute('href', 'https://example.org/second');
      second.setAttribute('position', 'inline');
      root.parentElement!.append(second);
      await second.updateComplete;
    } finally {
      document.addEventListener = originalAdd;
    }
    expect(afterFirst.filter((type) => type === 'keyup')).to.have.length(1);
    expect(added, 'the second instance adds no listener').to.deep.equal(afterFirst);
    tapShift();
    tapShift();
    tapShift();
    tapShift();
    expect(spies.navigations).to.deep.equal(['https://example.org/first']);
  });

  it('clicking both makes one exit', async () => {
    const root = await quickExit(
      html`<div>
        <sa-quick-exit href="https://example.org/first"></sa-quick-exit>
        <sa-quick-exit href="https://example.org/second"></sa-quick-exit>
      </div>`,
    );
    const [first, second] = root.parentElement!.querySelectorAll('sa-quick-exit');
    controlOf(first!).click();
    controlOf(second!).click();
    expect(spies.navigations).to.deep.equal(['https://example.org/first']);
  });

  it('stops listening when the last one leaves the page', async () => {
    const el = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
    el.remove();
    tapShift();
    tapShift();
    tapShift();
    expect(spies.navigations).to.deep.equal([]);
  });
});

describe('sa-quick-exit: presentation', () => {
  useExitSpies();
  afterEach(() => emulateMedia({ media: 'screen', reducedMotion: 'no-preference' }));

  it('keeps scroll-padding-top in step with its height, so focused content is never hidden under it', async () => {
    const el = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
    await aTimeout(50);
    const padding = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    expect(padding()).to.be.closeTo(el.getBoundingClientRect().height, 1);
    el.style.fontSize = '40px';
    await aTimeout(50);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
    expect(padding()).to.be.closeTo(Math.ceil(el.getBoundingClientRect().height), 1);
    el.position = 'inline';
    await aTimeout(50);
    expect(padding()).to.equal(0);
  });

  it('gives the page its padding and --sa-quick-exit-height as it renders, not in a later frame', async () => {
    // In the same task, so the page restyles once for the bar instead of again a frame later.
    const el = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
    const height = Math.ceil(el.getBoundingClientRect().height);
    expect(height).to.be.greaterThan(40);
    const root = getComputedStyle(document.documentElement);
    expect(parseFloat(root.scrollPaddingTop)).to.be.closeTo(height, 1);
    expect(root.getPropertyValue('--sa-quick-exit-height')).to.equal(`${height}px`);
  });

  it("adds its height to the page's own scroll-padding-top", async () => {
    const pageStyle = document.createElement('style');
    pageStyle.textContent = 'html { scroll-padding-top: 20px; }';
    document.head.append(pageStyle);
    try {
      const el = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
      await aTimeout(50);
      const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
      expect(padding).to.be.closeTo(20 + Math.ceil(el.getBoundingClientRect().height), 1);
    } finally {
      pageStyle.remove();
    }
  });

  it('sticks to the top of the viewport by default and stays in place when inline', async () => {
    const sticky = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
    expect(getComputedStyle(sticky).position).to.equal('sticky');
    const inline = await quickExit(html`<sa-quick-exit position="inline"></sa-quick-exit>`);
    expect(getComputedStyle(inline).position).to.equal('static');
  });

  it('is not printed', async () => {
    const el = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('does not move', async () => {
    const el = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
    await emulateMedia({ reducedMotion: 'reduce' });
    const style = getComputedStyle(controlOf(el));
    expect(style.animationName).to.equal('none');
    expect(parseFloat(style.transitionDuration)).to.be.at.most(0.00001);
  });

  it('speaks and shows Spanish', async () => {
    const el = await quickExit(html`<div lang="es"><sa-quick-exit></sa-quick-exit></div>`);
    await waitUntil(() => el.locale === 'es', 'never rendered in Spanish');
    await el.updateComplete;
    expect(controlOf(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergencia Salir de esta página');
    tapShift();
    expect(statusOf(el)).to.equal('Presione la tecla Shift dos veces más para salir de esta página.');
    controlOf(el).click();
    expect(coverAnnouncement()).to.deep.equal({ role: 'alert', text: 'Saliendo de esta página.', lang: 'es' });
  });

  it("loads only its own Spanish strings, none of the other elements'", async () => {
    const el = await quickExit(html`<div lang="es"><sa-quick-exit></sa-quick-exit></div>`);
    await waitUntil(() => el.locale === 'es', 'never rendered in Spanish');
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.some((path) => path.includes('/generated/locales/quick-exit/es.'))).to.equal(true);
    expect(loaded.filter((path) => /\/generated\/locales\/es\./.test(path))).to.deep.equal([]);
    const { templates } = await quickExitLocaleLoaders.es!();
    const ids = Object.keys(templates);
    expect(ids).to.include('quick-exit.label');
    expect(ids.filter((id) => !id.startsWith('quick-exit.'))).to.deep.equal([]);
  });

  it('is accessible in English', async () => {
    const el = await quickExit(html`<sa-quick-exit></sa-quick-exit>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible in Spanish', async () => {
    const el = await quickExit(html`<div lang="es"><sa-quick-exit position="inline"></sa-quick-exit></div>`);
    await waitUntil(() => el.locale === 'es', 'never rendered in Spanish');
    await el.updateComplete;
    expect(controlOf(el).textContent).to.contain('Salir de esta página');
    await expect(el).to.be.accessible();
  });
});

describe('sa-quick-exit: the real navigation', () => {
  const spies = useExitSpies();
  let seen: Array<{ type: string; url: string }>;
  const navigation = (window as unknown as { navigation: EventTarget }).navigation;
  // The Navigation API reports every navigation the page starts (replace,
  // assign, href =) with its type, and lets the test cancel it.
  const onNavigate = (event: Event) => {
    const navigate = event as Event & { navigationType: string; destination: { url: string } };
    seen.push({ type: navigate.navigationType, url: navigate.destination.url });
    event.preventDefault();
  };
  beforeEach(async () => {
    seen = [];
    navigation.addEventListener('navigate', onNavigate);
    const { setExitNavigator } = await import('@stalking-awareness/core');
    setExitNavigator(undefined);
  });
  afterEach(() => navigation.removeEventListener('navigate', onNavigate));

  const ACTIVATIONS: Array<[string, string, (el: SaQuickExit) => Promise<void>]> = [
    ['a click', 'shift', async (el) => controlOf(el).click()],
    [
      'Enter',
      'shift',
      async (el) => {
        controlOf(el).focus();
        await sendKeys({ press: 'Enter' });
      },
    ],
    [
      'Space',
      'shift',
      async (el) => {
        controlOf(el).focus();
        await sendKeys({ press: 'Space' });
      },
    ],
    [
      'Shift three times',
      'shift',
      async () => {
        for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
      },
    ],
    [
      'Escape twice',
      'escape',
      async () => {
        await sendKeys({ press: 'Escape' });
        await sendKeys({ press: 'Escape' });
      },
    ],
  ];
  for (const [name, shortcut, activate] of ACTIVATIONS) {
    it(`${name}: one location.replace to the destination, no pushed entry, no window`, async () => {
      const el = await quickExit(
        html`<sa-quick-exit shortcut=${shortcut} href="https://example.org/neutral"></sa-quick-exit>`,
      );
      await activate(el);
      await aTimeout(20);
      expect(seen).to.deep.equal([{ type: 'replace', url: 'https://example.org/neutral' }]);
      expect(spies.opened).to.equal(0);
    });
  }
});

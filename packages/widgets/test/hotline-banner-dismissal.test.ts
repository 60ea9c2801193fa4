import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hotline-banner/define.js';
import type { SaHotlineBanner } from '../src/hotline-banner/index.js';
import { resetWarnings } from '@stalking-awareness/core/testing';
import { captureWarnings, settle, shadowOf } from './hotline-banner-helpers.js';

interface StorageCall {
  store: 'session' | 'local' | 'other';
  method: string;
  key: string;
}

/**
 * Records every Storage call (reads too: a widget that only reads can still
 * be made to leak) and the state of every store before, so a test can prove
 * nothing changed.
 */
function watchStorage() {
  const calls: StorageCall[] = [];
  const proto = Storage.prototype;
  const originals = {
    setItem: proto.setItem,
    getItem: proto.getItem,
    removeItem: proto.removeItem,
    clear: proto.clear,
  };
  const storeOf = (store: Storage): StorageCall['store'] =>
    store === window.sessionStorage ? 'session' : store === window.localStorage ? 'local' : 'other';
  for (const method of Object.keys(originals) as (keyof typeof originals)[]) {
    const original = originals[method] as (...args: unknown[]) => unknown;
    (proto as unknown as Record<string, unknown>)[method] = function (this: Storage, ...args: unknown[]) {
      calls.push({ store: storeOf(this), method, key: String(args[0] ?? '') });
      return original.apply(this, args);
    };
  }
  const snapshot = () => ({
    session: JSON.stringify({ ...window.sessionStorage }),
    local: JSON.stringify({ ...window.localStorage }),
    cookie: document.cookie,
  });
  return {
    calls,
    before: snapshot(),
    now: snapshot,
    restore: () => Object.assign(proto, originals),
  };
}

async function clickClose(el: SaHotlineBanner): Promise<void> {
  shadowOf(el).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
  await el.updateComplete;
}

describe('sa-hotline-banner: dismissal', () => {
  afterEach(() => {
    for (const key of Object.keys(window.sessionStorage)) {
      if (key.startsWith('sa-hotline-banner')) window.sessionStorage.removeItem(key);
    }
  });

  it('has no close button unless dismissible', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner></sa-hotline-banner>`);
    expect(shadowOf(el).querySelector('[part~="close"]')).to.be.null;
  });

  it('hides for this page view, emits sa-dismiss, and stores nothing anywhere', async () => {
    const storage = watchStorage();
    try {
      const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner dismissible></sa-hotline-banner>`);
      setTimeout(() => void clickClose(el));
      const event = (await oneEvent(el, 'sa-dismiss')) as CustomEvent;
      expect(event.detail).to.deep.equal({ remembered: false });
      await el.updateComplete;
      expect(shadowOf(el).querySelector('section')).to.be.null;
      expect(el.getBoundingClientRect().height).to.equal(0);

      // The next page view (a new element) shows the banner again: nothing was remembered.
      const next = await fixture<SaHotlineBanner>(html`<sa-hotline-banner dismissible></sa-hotline-banner>`);
      expect(shadowOf(next).querySelector('section')).to.exist;

      expect(storage.calls, 'no Storage method was called').to.deep.equal([]);
      expect(storage.now()).to.deep.equal(storage.before);
    } finally {
      storage.restore();
    }
  });

  it('with remember-dismissal="session", writes only sessionStorage and stays hidden for the session', async () => {
    const storage = watchStorage();
    try {
      const el = await fixture<SaHotlineBanner>(
        html`<sa-hotline-banner dismissible remember-dismissal="session"></sa-hotline-banner>`,
      );
      setTimeout(() => void clickClose(el));
      const event = (await oneEvent(el, 'sa-dismiss')) as CustomEvent;
      expect(event.detail).to.deep.equal({ remembered: true });

      const writes = storage.calls.filter((call) => call.method !== 'getItem');
      expect(writes).to.have.length(1);
      expect(writes[0]!.store).to.equal('session');
      expect(storage.calls.every((call) => call.store === 'session')).to.be.true;
      const after = storage.now();
      expect(after.local).to.equal(storage.before.local);
      expect(after.cookie).to.equal(storage.before.cookie);
      expect(after.session).not.to.equal(storage.before.session);

      const later = await fixture<SaHotlineBanner>(
        html`<sa-hotline-banner dismissible remember-dismissal="session"></sa-hotline-banner>`,
      );
      expect(shadowOf(later).querySelector('section')).to.be.null;
    } finally {
      storage.restore();
    }
  });

  it('stores nothing, with a warning, for a remember-dismissal value other than "session"', async () => {
    resetWarnings();
    const warnings = captureWarnings();
    const storage = watchStorage();
    try {
      const el = await fixture<SaHotlineBanner>(
        html`<sa-hotline-banner dismissible remember-dismissal="local"></sa-hotline-banner>`,
      );
      await clickClose(el);
      expect(storage.calls).to.deep.equal([]);
      expect(storage.now()).to.deep.equal(storage.before);
      expect(warnings.messages.some((message) => message.includes('remember-dismissal'))).to.be.true;
    } finally {
      storage.restore();
      warnings.restore();
    }
  });

  it('is not dismissed when a host cancels sa-dismiss', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner dismissible></sa-hotline-banner>`);
    el.addEventListener('sa-dismiss', (event) => event.preventDefault());
    await clickClose(el);
    expect(shadowOf(el).querySelector('section')).to.exist;
  });

  it('moves keyboard focus to what comes after the banner', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <a href="#before">Before</a>
        <sa-hotline-banner dismissible></sa-hotline-banner>
        <p>Text</p>
        <a href="#after" id="after">After</a>
      </div>`,
    );
    const el = page.querySelector('sa-hotline-banner')!;
    await settle(el);
    shadowOf(el).querySelector<HTMLButtonElement>('[part~="close"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadowOf(el).querySelector('section')).to.be.null;
    expect(document.activeElement).to.equal(page.querySelector('#after'));
    expect(shadowOf(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('moves focus back to what came before when nothing follows', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <a href="#before" id="before">Before</a>
        <sa-hotline-banner dismissible></sa-hotline-banner>
      </div>`,
    );
    const el = page.querySelector('sa-hotline-banner')!;
    shadowOf(el).querySelector<HTMLButtonElement>('[part~="close"]')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(page.querySelector('#before'));
  });

  it('announces the dismissal politely when there is nowhere to move focus', async () => {
    const isolated = document.createElement('div');
    // Make every other focusable element on the test page unavailable, as on a page with no other controls.
    const others = [...document.querySelectorAll('a[href], button, input, [tabindex]')];
    others.forEach((element) => element.setAttribute('inert', ''));
    document.body.append(isolated);
    try {
      const el = document.createElement('sa-hotline-banner');
      el.dismissible = true;
      el.lang = 'es';
      isolated.append(el);
      await settle(el);
      shadowOf(el).querySelector<HTMLButtonElement>('[part~="close"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(0);
      const status = shadowOf(el).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('Se ocultó el aviso de las líneas de ayuda');
    } finally {
      others.forEach((element) => element.removeAttribute('inert'));
      isolated.remove();
    }
  });
});

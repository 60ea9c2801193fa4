// sa-safe-access, the private parts: the self-check is never scored, stored
// or sent; the safe-contact note lives in memory until the person prints or
// copies it, and the quick exit and leaving the page forget both.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setExitNavigator } from '@stalking-awareness/core';
import { resetWarnings, undoExitForTests } from '@stalking-awareness/core/testing';
import '../src/safe-access/define.js';
import '../src/quick-exit/define.js';
import type { SaSafeAccess } from '../src/safe-access/index.js';
import type { SaQuickExit } from '../src/quick-exit/index.js';
import { captureWarnings, renderIn, textOf } from './helpers/content-fixtures.js';

const TAG = 'sa-safe-access';
const $ = <T extends HTMLElement = HTMLElement>(el: SaSafeAccess, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const boxes = (el: SaSafeAccess) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="self-check-form"] input[type="checkbox"]'),
];
const active = (el: SaSafeAccess) => el.shadowRoot!.activeElement as HTMLElement | null;
const printed = (el: SaSafeAccess) =>
  [...el.shadowRoot!.querySelectorAll('.print-copy p')].map((p) => p.textContent!.trim());

/** Types as a person would: sets the value and fires the input event the browser fires. */
async function type(el: SaSafeAccess, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fillNote(el: SaSafeAccess): Promise<void> {
  await type(el, '#note-phone', '555-0100 (work)');
  await type(el, '#note-times', 'Weekdays 9 to 11 a.m.');
  $<HTMLInputElement>(el, '#message-no').click();
  await type(el, '#note-other', 'Do not mail anything to my home.');
}

/** Everything the page could learn: storage, cookies, requests, events, address bar. */
function watchThePage() {
  const seen = { storage: 0, fetches: 0, beacons: 0, events: [] as string[] };
  const originals = {
    setItem: Storage.prototype.setItem,
    fetch: window.fetch,
    beacon: navigator.sendBeacon,
    open: XMLHttpRequest.prototype.open,
  };
  Storage.prototype.setItem = function (...args) {
    seen.storage++;
    return originals.setItem.apply(this, args);
  };
  window.fetch = (...args) => {
    seen.fetches++;
    return originals.fetch(...args);
  };
  navigator.sendBeacon = (...args) => {
    seen.beacons++;
    return originals.beacon.apply(navigator, args);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
    seen.fetches++;
    return originals.open.apply(this, args);
  } as XMLHttpRequest['open'];
  const names = ['input', 'change', 'submit', 'sa-exit', 'sa-dismiss', 'sa-resource-action'];
  const record = (event: Event) => seen.events.push(event.type);
  // Bubbling listeners, as analytics "form interaction" trackers use. (A capture
  // listener on the page sees any event on its way in; nothing can hide that.)
  for (const name of names) document.addEventListener(name, record);
  const cookie = document.cookie;
  const url = location.href;
  const historyLength = history.length;
  return {
    seen,
    unchanged: () => ({
      cookie: document.cookie === cookie,
      url: location.href === url,
      history: history.length === historyLength,
    }),
    restore() {
      Storage.prototype.setItem = originals.setItem;
      window.fetch = originals.fetch;
      navigator.sendBeacon = originals.beacon;
      XMLHttpRequest.prototype.open = originals.open;
      for (const name of names) document.removeEventListener(name, record);
    },
  };
}

/** Replaces the Clipboard API for one test; records what was written. */
function stubClipboard(fail = false) {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) => {
        written.push(text);
        return fail ? Promise.reject(new DOMException('denied', 'NotAllowedError')) : Promise.resolve();
      },
    },
  });
  return { written, restore: () => delete (navigator as { clipboard?: unknown }).clipboard };
}

describe('sa-safe-access private self-check and note', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('self-check', () => {
    it('is never scored, stored or sent, and tells the page nothing', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const before = textOf(el);
      const page = watchThePage();
      try {
        for (const box of boxes(el)) box.click();
        await el.updateComplete;
        expect(boxes(el).every((box) => box.checked)).to.equal(true);
        expect(textOf(el), 'the same text whatever is checked: no score, no verdict').to.equal(before);
        expect(page.seen).to.deep.equal({ storage: 0, fetches: 0, beacons: 0, events: [] });
        expect(page.unchanged()).to.deep.equal({ cookie: true, url: true, history: true });
      } finally {
        page.restore();
      }
    });

    it('ends with "you can tell your caseworker" and the hotline', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const text = textOf($(el, '[part="self-check"]'));
      expect(text).to.include('you can tell your caseworker');
      expect(text).to.include('National Domestic Violence Hotline');
      expect(text.indexOf('you can tell your caseworker')).to.be.below(text.indexOf('National Domestic Violence'));
    });

    it('is used with the keyboard alone, and Enter never submits or changes the address', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const page = watchThePage();
      try {
        const [first, second] = boxes(el);
        first!.focus();
        await sendKeys({ press: 'Space' });
        expect(first!.checked).to.equal(true);
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Tab' });
        expect(active(el) === second, 'Tab moves to the next statement').to.equal(true);
        await sendKeys({ press: 'Space' });
        expect(second!.checked).to.equal(true);
        $<HTMLInputElement>(el, '#note-phone').focus();
        await sendKeys({ type: '5550100' });
        await sendKeys({ press: 'Enter' });
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(page.unchanged()).to.deep.equal({ cookie: true, url: true, history: true });
        expect(page.seen.events, 'no submit, input or change reached the page').to.deep.equal([]);
        expect($<HTMLInputElement>(el, '#note-phone').value).to.equal('5550100');
      } finally {
        page.restore();
      }
    });

    it('"Clear my answers" unchecks everything and says so', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      for (const box of boxes(el)) box.click();
      const clear = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear my'))!;
      clear.click();
      await el.updateComplete;
      expect(boxes(el).some((box) => box.checked)).to.equal(false);
      expect($(el, '[part="self-check"] [role="status"]').textContent!.trim()).to.equal('Your answers were cleared.');
    });
  });

  describe('safe-contact note', () => {
    it('says what printing, saving and copying leave behind', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const text = textOf($(el, '[part="contact-note"]'));
      expect(text).to.include('Nothing you write here is saved or sent.');
      expect(text).to.include('a job in the print list');
      expect(text).to.include('stays on this device’s clipboard until you copy something else');
    });

    it('fields are labelled and keep nothing for autofill or writing assistants', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      for (const id of ['note-phone', 'note-times', 'note-other']) {
        const field = $<HTMLInputElement>(el, `#${id}`);
        expect($(el, `label[for="${id}"]`).textContent!.trim().length, id).to.be.above(3);
        expect(field.getAttribute('autocomplete'), id).to.equal('off');
        expect(field.getAttribute('spellcheck'), id).to.equal('false');
        // Writing assistants such as Grammarly send what is typed (a safe phone number) to their servers.
        expect(field.getAttribute('data-gramm'), id).to.equal('false');
        expect(field.getAttribute('data-enable-grammarly'), id).to.equal('false');
      }
    });

    it('copies only on the person’s click, and says the copy stays on the clipboard', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const clipboard = stubClipboard();
      try {
        await fillNote(el);
        expect(clipboard.written).to.deep.equal([]);
        const copy = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy')!;
        copy.focus();
        await sendKeys({ press: 'Enter' });
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(clipboard.written).to.deep.equal([
          [
            'How to contact me safely',
            'Safe phone number: 555-0100 (work)',
            'Best days and times to call: Weekdays 9 to 11 a.m.',
            'You may leave a message: No',
            'Other things to know: Do not mail anything to my home.',
          ].join('\n'),
        ]);
        expect($(el, '[part="contact-note"] [role="status"]').textContent!.trim()).to.equal(
          'Copied. It stays on the clipboard until you copy something else.',
        );
      } finally {
        clipboard.restore();
      }
    });

    it('says so calmly when copying is refused, or when the note is empty', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const clipboard = stubClipboard(true);
      const status = () => $(el, '[part="contact-note"] [role="status"]').textContent!.trim();
      const copy = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy')!;
      try {
        copy.click();
        await el.updateComplete;
        expect(status()).to.equal('The note is empty. Write something first.');
        expect(clipboard.written).to.deep.equal([]);
        await type(el, '#note-phone', '555-0100');
        copy.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(status()).to.equal('It could not be copied. You can print it instead.');
      } finally {
        clipboard.restore();
      }
    });

    it('prints the element alone, with the note as text', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      const original = window.print;
      const atPrint: { printing: boolean; lines: string[] }[] = [];
      window.print = () => atPrint.push({ printing: el.hasAttribute('data-sa-printing'), lines: printed(el) });
      try {
        const print = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Print')!;
        print.click();
        expect(atPrint, 'an empty note is not printed').to.deep.equal([]);
        await fillNote(el);
        print.click();
        expect(atPrint).to.deep.equal([
          {
            printing: true,
            lines: [
              'How to contact me safely',
              'Safe phone number: 555-0100 (work)',
              'Best days and times to call: Weekdays 9 to 11 a.m.',
              'You may leave a message: No',
              'Other things to know: Do not mail anything to my home.',
            ],
          },
        ]);
        expect(el.hasAttribute('data-sa-printing'), 'the page prints normally again').to.equal(false);
      } finally {
        window.print = original;
      }
    });

    it('"Clear the note" empties every field', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      await fillNote(el);
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear the note'))!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#note-phone').value).to.equal('');
      expect($<HTMLInputElement>(el, '#message-no').checked).to.equal(false);
      expect(printed(el)).to.deep.equal([]);
    });
  });

  describe('forgetting', () => {
    afterEach(() => undoExitForTests());

    /** What is left of the answers and the note, read at once. */
    const leftOver = (el: SaSafeAccess) => ({
      checked: boxes(el).filter((box) => box.checked).length,
      fields: ['#note-phone', '#note-times', '#note-other'].map((s) => $<HTMLInputElement>(el, s).value).join(''),
      message: $<HTMLInputElement>(el, '#message-no').checked,
      printed: printed(el),
    });
    const NOTHING = { checked: 0, fields: '', message: false, printed: [] };

    it('the quick exit clears the note and the answers before the page navigates', async () => {
      const el = await renderIn<SaSafeAccess>(
        html`<div><sa-quick-exit position="inline"></sa-quick-exit><sa-safe-access></sa-safe-access></div>`,
        TAG,
      );
      await fillNote(el);
      boxes(el)[0]!.click();
      expect(leftOver(el).fields).to.not.equal('');
      const atNavigation: ReturnType<typeof leftOver>[] = [];
      setExitNavigator(() => atNavigation.push(leftOver(el)));
      const quickExit = document.querySelector<SaQuickExit>('sa-quick-exit')!;
      quickExit.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!.click();
      expect(atNavigation).to.deep.equal([NOTHING]);
    });

    it('leaving the page (pagehide) clears them at once, so Back shows nothing', async () => {
      const el = await renderIn<SaSafeAccess>(html`<sa-safe-access></sa-safe-access>`, TAG);
      await fillNote(el);
      boxes(el)[2]!.click();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      expect(leftOver(el)).to.deep.equal(NOTHING);
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'es']) {
      it(`passes axe with answers, a filled note and a status message (${locale})`, async () => {
        const el = await renderIn<SaSafeAccess>(
          html`<div lang=${locale}><sa-safe-access state="CA"></sa-safe-access></div>`,
          TAG,
          locale,
        );
        for (const box of boxes(el).slice(0, 4)) box.click();
        await fillNote(el);
        const clipboard = stubClipboard();
        try {
          el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="note-form"] button')[1]!.click();
          await new Promise((resolve) => setTimeout(resolve, 0));
          await el.updateComplete;
          expect($(el, '[part="contact-note"] [role="status"]').textContent!.trim()).to.not.equal('');
          await expect(el).to.be.accessible();
        } finally {
          clipboard.restore();
        }
      });
    }
  });
});

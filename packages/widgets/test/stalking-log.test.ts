import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { findDefaultResource } from '@stalking-awareness/core';
import { resetWarnings } from '@stalking-awareness/core/testing';
import '../src/stalking-log/define.js';
import type { SaStalkingLog } from '../src/stalking-log/index.js';
import { captureWarnings, renderIn, textOf } from './helpers/content-fixtures.js';
import { TAG, addEntry, all, focused, listedWhat, q, text, type } from './stalking-log-helpers.js';

describe('sa-stalking-log', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('opens with the log’s warning, before anything to fill in', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    const warning = q(el, '[part~="warning"]')!;
    expect([...warning.querySelectorAll('p')].map(text)).to.deep.equal([
      'Write nothing you would not want the person stalking you to see. A log like this may become evidence.',
      'Keep it somewhere safe.',
      'Whether a court will accept it is for an attorney or an advocate to say.',
    ]);
    const firstField = q(el, 'input, textarea')!;
    expect(warning.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(textOf(el)).to.include('Nothing you write here is saved or sent.');
  });

  it('links to SPARC’s log from the dataset, saying its address is not yet confirmed', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    const link = q<HTMLAnchorElement>(el, '[part~="learn-more"]')!;
    const record = findDefaultResource('sparc-incident-log')!;
    expect(link.getAttribute('href')).to.equal(record.url);
    expect(text(link)).to.equal(record.name);
    expect(text(link.parentElement)).to.include('(address not yet confirmed)');
  });

  it('has every field of the log, none a file upload, none remembered or spell-checked by a service', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    const labels = all(el, '[part~="editor"] label').map(text);
    expect(labels).to.deep.equal([
      'Date',
      'Time',
      'What happened',
      'Where',
      'Witnesses and how to reach them',
      'Evidence you kept',
      'Technology involved',
      'Police report number',
      'Officer name and badge number',
      'Notes',
    ]);
    expect(all(el, 'input[type="file"]').length).to.equal(0);
    const typed = all(el, 'input, textarea').filter((field) => field.getAttribute('type') !== 'radio');
    expect(typed.length).to.equal(11);
    for (const field of typed) {
      expect(field.getAttribute('autocomplete'), field.id).to.equal('off');
      // Enhanced spell check and writing assistants send typed text to their servers.
      expect(field.spellcheck, field.id).to.equal(false);
      expect(field.getAttribute('data-gramm'), field.id).to.equal('false');
      expect(field.getAttribute('data-enable-grammarly'), field.id).to.equal('false');
    }
    expect(text(q(el, '#new-evidence-hint'))).to.include('Nothing is uploaded here.');
  });

  it('adds an entry from the keyboard, shows it in the list and clears the form', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    type(el, 'new', { date: '2026-11-20', time: '20:15' });
    q(el, '#new-what')!.focus();
    await sendKeys({ type: 'He parked outside my work again' });
    await sendKeys({ press: 'Enter' }); // in "What happened", a new line, not a new entry
    await sendKeys({ type: 'for an hour' });
    expect(el.entryCount).to.equal(0);
    q(el, '#new-where')!.focus();
    await sendKeys({ type: 'Main St. lot' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.entryCount).to.equal(1);
    const entry = q(el, '[part~="entry"]')!;
    expect(text(entry)).to.include('Entry 1');
    expect(text(entry)).to.include('November 20, 2026');
    expect(text(entry)).to.include('8:15 PM');
    expect(listedWhat(el)).to.deep.equal(['He parked outside my work again for an hour']);
    expect(all(el, 'form').length, 'no form that could ever submit typed text to a URL').to.equal(0);
    expect(q(el, '[part~="editor"]')!.getAttribute('aria-label')).to.equal('Add an entry');
    expect(text(entry)).to.include('Main St. lot');
    expect(q<HTMLTextAreaElement>(el, '#new-what')!.value).to.equal('');
    expect(text(q(el, '[role="status"]'))).to.equal('Entry 1 added.');
    expect(focused(el)).to.equal('new-date');
  });

  it('needs "What happened": says so, focuses it and keeps what was typed', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await addEntry(el, { where: 'Bus stop', notes: 'cold day' });
    expect(el.entryCount).to.equal(0);
    const what = q(el, '#new-what')!;
    expect(what.getAttribute('aria-invalid')).to.equal('true');
    expect(what.getAttribute('aria-describedby')).to.equal('new-what-error');
    expect(text(q(el, '#new-what-error'))).to.equal('Write what happened before you add the entry.');
    expect(focused(el)).to.equal('new-what');
    expect(q<HTMLInputElement>(el, '#new-where')!.value).to.equal('Bus stop');
    await expect(el).to.be.accessible();
  });

  it('edits an entry in place and returns focus to its Edit button', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await addEntry(el, { what: 'Calls at night', reportNumber: '' });
    q<HTMLButtonElement>(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal('edit-date');
    expect(q<HTMLTextAreaElement>(el, '#edit-what')!.value).to.equal('Calls at night');
    expect(all(el, '#new-what').length, 'one form at a time').to.equal(0);
    await expect(el).to.be.accessible();
    type(el, 'edit', { what: 'Calls at night, 12 times', reportNumber: '26-1234', officer: 'Officer Lee, badge 88' });
    q<HTMLButtonElement>(el, '#edit-what')!
      .closest('[part~="editor"]')!
      .querySelector<HTMLButtonElement>('[data-action="commit"]')!
      .click();
    await el.updateComplete;
    expect(listedWhat(el)).to.deep.equal(['Calls at night, 12 times']);
    expect(text(q(el, '[part~="entry"]'))).to.include('26-1234');
    expect(text(q(el, '[part~="entry"]'))).to.include('Officer Lee, badge 88');
    expect(focused(el)).to.equal('edit');
    expect(text(q(el, '[role="status"]'))).to.equal('Entry 1 updated.');
  });

  it('cancels an edit without changing the entry', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await addEntry(el, { what: 'First' });
    q<HTMLButtonElement>(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    type(el, 'edit', { what: 'Changed' });
    q<HTMLButtonElement>(el, '[data-action="cancel"]')!.click();
    await el.updateComplete;
    expect(listedWhat(el)).to.deep.equal(['First']);
    expect(focused(el)).to.equal('edit');
  });

  it('reorders entries with Move up and Move down, keeping focus on the moved entry', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    for (const what of ['A', 'B', 'C']) await addEntry(el, { what });
    const buttons = (index: number) => all(el, '[part~="entry"]')[index]!;
    expect(buttons(0).querySelector<HTMLButtonElement>('[data-action="up"]')!.disabled).to.equal(true);
    expect(buttons(2).querySelector<HTMLButtonElement>('[data-action="down"]')!.disabled).to.equal(true);
    expect(text(buttons(1).querySelector('[data-action="down"]'))).to.equal('Move down entry 2');
    buttons(0).querySelector<HTMLButtonElement>('[data-action="down"]')!.click();
    await el.updateComplete;
    expect(listedWhat(el)).to.deep.equal(['B', 'A', 'C']);
    expect(focused(el)).to.equal('down');
    expect(text(q(el, '[role="status"]'))).to.equal('Entry moved to number 2.');
    buttons(1).querySelector<HTMLButtonElement>('[data-action="down"]')!.click();
    await el.updateComplete;
    expect(listedWhat(el)).to.deep.equal(['B', 'C', 'A']);
    expect(focused(el), 'down is disabled at the end: focus moves to up').to.equal('up');
    buttons(1).querySelector<HTMLButtonElement>('[data-action="up"]')!.click();
    await el.updateComplete;
    expect(listedWhat(el)).to.deep.equal(['C', 'B', 'A']);
  });

  it('deletes an entry only after a confirmation, and "Keep it" keeps it', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    for (const what of ['A', 'B']) await addEntry(el, { what });
    q<HTMLButtonElement>(el, '[data-action="delete"]')!.click();
    await el.updateComplete;
    expect(text(q(el, '.confirm p'))).to.equal('Delete entry 1? This cannot be undone.');
    expect(focused(el)).to.equal('keep');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[data-action="keep"]')!.click();
    await el.updateComplete;
    expect(listedWhat(el)).to.deep.equal(['A', 'B']);
    expect(focused(el)).to.equal('delete');
    q<HTMLButtonElement>(el, '[data-action="delete"]')!.click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-action="confirm-delete"]')!.click();
    await el.updateComplete;
    expect(listedWhat(el)).to.deep.equal(['B']);
    expect(text(q(el, '[role="status"]'))).to.equal('Entry 1 deleted.');
    expect(focused(el)).to.equal('edit');
    q<HTMLButtonElement>(el, '[data-action="delete"]')!.click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-action="confirm-delete"]')!.click();
    await el.updateComplete;
    expect(text(q(el, '.empty'))).to.equal('No entries yet.');
    expect(focused(el)).to.equal('entries-heading');
  });

  it('never stores what is typed and fires no event carrying it', async () => {
    const setItem = Storage.prototype.setItem;
    const writes: string[] = [];
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(`${key}=${value}`);
      setItem.call(this, key, value);
    };
    const events: string[] = [];
    const cookieBefore = document.cookie;
    try {
      const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
      const listen = (event: Event) => events.push(event.type);
      for (const name of ['sa-change', 'sa-save', 'sa-print', 'sa-resource-action', 'change']) {
        document.addEventListener(name, listen);
      }
      await addEntry(el, { what: 'Secret words', where: 'Home' });
      q<HTMLButtonElement>(el, '[data-action="edit"]')!.click();
      await el.updateComplete;
      type(el, 'edit', { notes: 'More secret words' });
      expect(writes).to.deep.equal([]);
      expect(document.cookie).to.equal(cookieBefore);
      expect(events.filter((name) => name.startsWith('sa-'))).to.deep.equal([]);
      expect(el.outerHTML).to.not.include('Secret');
      expect(el.getAttributeNames().join(' ')).to.not.include('entries');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  describe('display', () => {
    it('at 320 px shows the entries as a list that fits, and no table', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
      await addEntry(el, {
        what: 'A long description with a very long web address https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        witnesses: 'Maria, 555-0100',
      });
      const list = q(el, '[part~="entry-list"]')!;
      expect(list.localName).to.equal('ol');
      expect(getComputedStyle(list).display).to.not.equal('none');
      expect(getComputedStyle(q(el, '[part~="print-table"]')!).display).to.equal('none');
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of all(el, 'button, input, textarea, [part~="entry"]')) {
        const box = node.getBoundingClientRect();
        expect(box.right, node.dataset['action'] ?? node.id ?? node.localName).to.be.at.most(321);
      }
    });

    it('prints a table of the entries with the warning, and no controls', async () => {
      const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
      await addEntry(el, { date: '2026-11-20', time: '09:05', what: 'Followed me', where: 'Park' });
      await addEntry(el, { what: 'Texts', technology: 'Phone' });
      await emulateMedia({ media: 'print' });
      const table = q<HTMLTableElement>(el, '[part~="print-table"]')!;
      expect(getComputedStyle(table).display).to.equal('table');
      expect([...table.tHead!.rows[0]!.cells].map(text)).to.deep.equal([
        'No.',
        'Date',
        'Time',
        'What happened',
        'Where',
        'Witnesses and how to reach them',
        'Evidence you kept',
        'Technology involved',
        'Police report number',
        'Officer name and badge number',
        'Notes',
      ]);
      const rows = [...table.tBodies[0]!.rows].map((row) => [...row.cells].map(text));
      expect(rows[0]!.slice(0, 5)).to.deep.equal(['1', 'November 20, 2026', '9:05 AM', 'Followed me', 'Park']);
      expect(rows[1]![3]).to.equal('Texts');
      expect(getComputedStyle(q(el, '[part~="warning"]')!).display).to.not.equal('none');
      for (const node of all(el, 'button, [part~="editor"], [part~="entry-list"], [part~="keep"]')) {
        expect(node.getClientRects().length, `${node.localName} hidden in print`).to.equal(0);
      }
    });

    it('Print prints the log alone', async () => {
      const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
      const print = window.print;
      const seen: boolean[] = [];
      window.print = () => seen.push(el.hasAttribute('data-sa-printing'));
      try {
        q<HTMLButtonElement>(el, '[data-action="print"]')!.click();
      } finally {
        window.print = print;
      }
      expect(seen).to.deep.equal([true]);
      expect(el.hasAttribute('data-sa-printing')).to.equal(false);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      it(`axe passes empty and with entries (${lang})`, async () => {
        const el = await renderIn<SaStalkingLog>(
          html`<div lang=${lang}><sa-stalking-log></sa-stalking-log></div>`,
          TAG,
          lang,
        );
        await expect(el).to.be.accessible();
        await addEntry(el, { date: '2026-11-20', what: 'Texts', witnesses: 'Ana' });
        await addEntry(el, { what: 'Calls' });
        await expect(el).to.be.accessible();
      });
    }

    it('speaks Spanish', async () => {
      const el = await renderIn<SaStalkingLog>(
        html`<div lang="es"><sa-stalking-log></sa-stalking-log></div>`,
        TAG,
        'es',
      );
      expect(text(q(el, '[part~="heading"]'))).to.equal('Registro de incidentes y conductas de acecho');
      expect(text(q(el, '[part~="warning"]'))).to.include('defensor de víctimas');
    });

    it('warns for a bad heading-level and uses 2', async () => {
      const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log heading-level="9"></sa-stalking-log>`, TAG);
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h2');
      expect(warnings.messages.some((m) => m.includes('<sa-stalking-log> heading-level "9"'))).to.equal(true);
    });
  });
});

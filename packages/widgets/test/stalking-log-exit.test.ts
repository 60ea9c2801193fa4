// What a person typed must not survive the quick exit (core's exitPage(),
// used by <sa-quick-exit> and the safety alert) nor leaving the page: if the
// person stalking them picks up the device, Back must not bring the log back.
import { expect, html } from '@open-wc/testing';
import { exitPage, setExitNavigator } from '@stalking-awareness/core';
import { undoExitForTests } from '@stalking-awareness/core/testing';
import '../src/stalking-log/define.js';
import '../src/quick-exit/define.js';
import type { SaStalkingLog } from '../src/stalking-log/index.js';
import type { SaQuickExit } from '../src/quick-exit/index.js';
import { renderIn } from './helpers/content-fixtures.js';
import { TAG, addEntry, all, q, text, type } from './stalking-log-helpers.js';

async function fillLog(el: SaStalkingLog): Promise<void> {
  await addEntry(el, { date: '2026-11-20', what: 'He followed me home', witnesses: 'Ana, 555-0100' });
  await addEntry(el, { what: 'Forty texts', technology: 'Phone' });
  // A third entry half typed, and an edit open on the first.
  type(el, 'new', { what: 'Half typed', notes: 'draft' });
  await el.updateComplete;
}

function assertForgotten(el: SaStalkingLog): void {
  expect(el.entryCount).to.equal(0);
  expect(all(el, '[part~="entry"]').length).to.equal(0);
  expect(text(q(el, '.empty'))).to.equal('No entries yet.');
  for (const field of all(el, 'textarea, input:not([type="radio"])')) {
    expect((field as HTMLInputElement).value, field.id).to.equal('');
  }
  const shown = el.shadowRoot!.textContent ?? '';
  for (const typed of ['followed', 'Forty', 'Half typed', 'Ana', '555-0100']) expect(shown).to.not.include(typed);
}

describe('sa-stalking-log forgets everything', () => {
  const navigations: string[] = [];
  beforeEach(() => {
    navigations.length = 0;
    setExitNavigator((url) => navigations.push(url));
  });
  afterEach(() => undoExitForTests());

  it('when the quick exit is used', async () => {
    const root = await renderIn<SaQuickExit>(
      html`<div>
        <sa-quick-exit position="inline"></sa-quick-exit>
        <sa-stalking-log></sa-stalking-log>
      </div>`,
      'sa-quick-exit',
    );
    const el = root.parentElement!.querySelector<SaStalkingLog>(TAG)!;
    await el.updateComplete;
    await fillLog(el);
    expect(el.entryCount).to.equal(2);
    root.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!.click();
    await el.updateComplete;
    expect(navigations).to.deep.equal(['https://www.weather.gov/']);
    assertForgotten(el);
  });

  it('when any element calls core’s exitPage(), with an edit open', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await fillLog(el);
    q<HTMLButtonElement>(el, '[data-action="edit"]')!.click();
    await el.updateComplete;
    type(el, 'edit', { notes: 'being edited' });
    exitPage('https://www.weather.gov/', el);
    await el.updateComplete;
    expect(navigations.length).to.equal(1);
    assertForgotten(el);
    expect(all(el, '#edit-what').length).to.equal(0);
  });

  it('when the page is left (pagehide), so Back or the back/forward cache shows an empty log', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await fillLog(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    assertForgotten(el);
  });

  it('and a removed log no longer listens', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await fillLog(el);
    const parent = el.parentElement!;
    el.remove();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(el.entryCount, 'detached: left alone').to.equal(2);
    parent.append(el);
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(el.entryCount, 'reattached: listens again').to.equal(0);
  });
});

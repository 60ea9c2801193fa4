// What a person writes in the plan lives in memory only: the exit and
// leaving the page forget it, and it is kept only by their own Print or Save.
import { expect, html } from '@open-wc/testing';
import { exitPage, setExitNavigator } from '@stalking-awareness/core';
import { resetWarnings, undoExitForTests } from '@stalking-awareness/core/testing';
import '../src/quick-exit/define.js';
import type { SaSafetyPlan } from '../src/safety-plan/index.js';
import { captureWarnings } from './helpers/content-fixtures.js';
import {
  button,
  checkedCount,
  fillPlan,
  heading,
  plainPlan,
  press,
  printoutText,
  renderPlan,
  root,
  screenText,
} from './safety-plan-helpers.js';

const OWN_STEP = 'Ask Maria next door to call me if she sees the blue car.';
const EDITED = 'Keep the old phone charged in the kitchen drawer.';

/** Everything typed anywhere in the element's fields. */
function typed(el: SaSafetyPlan): string[] {
  return [...root(el).querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="text"]')]
    .map((field) => field.value)
    .filter(Boolean);
}

/** Asserts that nothing the person wrote is left: not in the fields, the screen or the printout. */
function expectEmpty(el: SaSafetyPlan): void {
  expect(el.isEmpty).to.equal(true);
  expect(heading(el)).to.equal('Make a safety plan');
  expect(checkedCount(el)).to.equal(0);
  expect(typed(el)).to.deep.equal([]);
  const everything = root(el).textContent!;
  expect(everything).not.to.include('Maria');
  expect(everything).not.to.include('kitchen drawer');
}

/** Captures saved files: the Blob's text and the download name. */
function captureSaves(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create.call(URL, blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, blob: blobs.get(this.href)! });
    else click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('sa-safety-plan privacy', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => {
    undoExitForTests();
    warnings.restore();
  });

  it('forgets the plan when the page exits through core’s exit, before it navigates', async () => {
    const el = await plainPlan();
    await fillPlan(el);
    expect(el.isEmpty).to.equal(false);
    expect(typed(el)).to.include(EDITED);
    const atNavigation: { empty: boolean; typed: string[] }[] = [];
    setExitNavigator(() => atNavigation.push({ empty: el.isEmpty, typed: typed(el) }));
    exitPage('https://www.weather.gov/', el);
    // At the moment the page leaves, the form is already blank (no microtask needed).
    expect(atNavigation).to.deep.equal([{ empty: true, typed: [] }]);
    await el.updateComplete;
    expectEmpty(el);
  });

  it('forgets the plan when <sa-quick-exit> is used', async () => {
    const el = await plainPlan();
    const exit = document.createElement('sa-quick-exit');
    exit.setAttribute('position', 'inline');
    document.body.append(exit);
    try {
      await exit.updateComplete;
      await fillPlan(el);
      await press(el, 'Next');
      const navigations: string[] = [];
      setExitNavigator((url) => navigations.push(url));
      exit.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!.click();
      expect(navigations.length).to.equal(1);
      await el.updateComplete;
      expectEmpty(el);
    } finally {
      exit.remove();
    }
  });

  it('forgets the plan on pagehide (leaving, or going into the back/forward cache)', async () => {
    const el = await plainPlan();
    await fillPlan(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expectEmpty(el);
  });

  it('stops listening once removed: a removed plan is not kept alive by the exit', async () => {
    const el = await plainPlan();
    await fillPlan(el);
    el.remove();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(el.isEmpty).to.equal(false);
  });

  it('"Clear my plan" forgets everything and says so', async () => {
    const el = await plainPlan();
    await fillPlan(el);
    for (let i = 0; i < 8; i++) await press(el, i === 7 ? 'See my plan' : 'Next');
    expect(screenText(el)).to.include(OWN_STEP);
    await press(el, 'Clear my plan');
    await el.updateComplete;
    expectEmpty(el);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.include('Your plan was cleared.');
  });

  it('keeps typed words away from spell-check services and writing assistants in every field', async () => {
    const el = await plainPlan();
    await fillPlan(el);
    // On Home: an option's words, an own step, "Add your own step"; then the file name at the end.
    const fields = [...root(el).querySelectorAll<HTMLElement>('textarea, input[type="text"]')];
    for (let i = 0; i < 8; i++) await press(el, i === 7 ? 'See my plan' : 'Next');
    fields.push(...root(el).querySelectorAll<HTMLElement>('textarea, input[type="text"]'));
    expect(fields.length).to.equal(4);
    for (const field of fields) {
      expect(field.spellcheck, field.id).to.equal(false);
      expect(field.getAttribute('data-gramm'), field.id).to.equal('false');
    }
  });

  describe('keeping it by choice', () => {
    it('saves a plain text file with the name the person typed, holding only the plan', async () => {
      const saves = captureSaves();
      try {
        const el = await plainPlan();
        await fillPlan(el);
        for (let i = 0; i < 8; i++) await press(el, i === 7 ? 'See my plan' : 'Next');
        const name = root(el).getElementById('file-name') as HTMLInputElement;
        name.value = 'recipes/list';
        name.dispatchEvent(new Event('input'));
        await press(el, 'Save as a file');
        expect(saves.files.map((file) => file.name)).to.deep.equal(['recipes-list.txt']);
        const text = await saves.files[0]!.blob.text();
        expect(saves.files[0]!.blob.type).to.equal('text/plain;charset=utf-8');
        expect(text.split('\n').slice(0, 5)).to.deep.equal([
          'My safety plan',
          '',
          'These are options, not a complete plan. No plan can promise safety.',
          '',
          'Home',
        ]);
        expect(text).to.include(`- ${EDITED}`);
        expect(text).to.include(`- ${OWN_STEP}`);
        expect(text).to.include('Call 1-800-799-SAFE (7233)');
        expect(text, 'options not ticked are not in the file').not.to.include('Checking your locks');
        expect(text).not.to.include('Work or school');
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(root(el).querySelector('[role="status"]')!.textContent).to.include('Saved as recipes-list.txt.');
      } finally {
        saves.restore();
      }
    });

    it('names an unnamed file plainly ("notes.txt"), never "safety plan"', async () => {
      const saves = captureSaves();
      try {
        const el = await renderPlan(html`<sa-safety-plan variant="short"></sa-safety-plan>`);
        root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
        await el.updateComplete;
        await press(el, 'Save as a file');
        expect(saves.files.map((file) => file.name)).to.deep.equal(['notes.txt']);
      } finally {
        saves.restore();
      }
    });

    it('prints only the plan: the page is hidden from print while the dialog is open', async () => {
      const el = await plainPlan();
      const other = document.createElement('p');
      other.textContent = 'Host page text';
      document.body.prepend(other);
      const print = window.print;
      const seen: { plan: boolean; otherHidden: boolean; printout: string }[] = [];
      window.print = () => {
        seen.push({
          plan: el.hasAttribute('data-sa-printing'),
          otherHidden: !other.hasAttribute('data-sa-print-path') && !other.hasAttribute('data-sa-printing'),
          printout: printoutText(el),
        });
      };
      try {
        await fillPlan(el);
        for (let i = 0; i < 8; i++) await press(el, i === 7 ? 'See my plan' : 'Next');
        await press(el, 'Print');
        expect(seen.length).to.equal(1);
        expect(seen[0]!.plan).to.equal(true);
        expect(seen[0]!.otherHidden).to.equal(true);
        expect(seen[0]!.printout).to.include(EDITED);
        expect(seen[0]!.printout).to.include(OWN_STEP);
        expect(seen[0]!.printout).not.to.include('Checking your locks');
        expect(el.hasAttribute('data-sa-printing'), 'restored after printing').to.equal(false);
      } finally {
        window.print = print;
        other.remove();
      }
    });

    it('does not print or save an empty plan, and says why', async () => {
      const saves = captureSaves();
      const print = window.print;
      let printed = 0;
      window.print = () => printed++;
      try {
        const el = await renderPlan(html`<sa-safety-plan variant="short"></sa-safety-plan>`);
        await press(el, 'Print');
        await press(el, 'Save as a file');
        expect(printed).to.equal(0);
        expect(saves.files).to.deep.equal([]);
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(root(el).querySelector('[role="status"]')!.textContent).to.include('Your plan is empty.');
      } finally {
        window.print = print;
        saves.restore();
      }
    });

    for (const variant of ['steps', 'short']) {
      it(`puts the warning of what a print or a file leaves behind right before Print and Save (${variant})`, async () => {
        const el = await renderPlan(html`<sa-safety-plan variant=${variant}></sa-safety-plan>`);
        if (variant === 'steps') {
          for (let i = 0; i < 9; i++) await press(el, i === 0 ? 'Start' : i === 8 ? 'See my plan' : 'Next');
        }
        const keep = root(el).querySelector('[part="keep"]')!;
        const warning = keep.querySelector('[part="kept-warning"]')!;
        expect(warning.textContent).to.include(
          'a file in your Downloads folder, a job in the print list, or a copy in the printer’s memory',
        );
        for (const label of ['Print', 'Save as a file']) {
          const control = button(el, label);
          expect(control.closest('[part="keep"]') === keep).to.equal(true);
          const after = warning.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING;
          expect(after, `${label} after the warning`).to.be.above(0);
        }
      });
    }
  });
});

import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { findDefaultResource } from '@stalking-awareness/core';
import { resetWarnings } from '@stalking-awareness/core/testing';
import { SECTION_IDS } from '../src/safety-plan/index.js';
import { fleschKincaidGrade, renderedTextBlocks, spanishGrade } from './helpers/readability.js';
import { captureWarnings } from './helpers/content-fixtures.js';
import {
  button,
  checkbox,
  checkedCount,
  heading,
  plainPlan,
  press,
  printoutText,
  progress,
  renderPlan,
  root,
  screenText,
  tick,
} from './safety-plan-helpers.js';

/** The numbers as the dataset publishes them: the plan must show these, never its own copy. */
function publishedNumbers(id: string): string[] {
  return findDefaultResource(id)!
    .contacts.filter((contact) => contact.channel !== 'web' && contact.channel !== 'chat')
    .map((contact) => contact.display!);
}

describe('sa-safety-plan', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('content', () => {
    it('starts by saying these are options, not a complete plan, that nothing is saved, and where an advocate is', async () => {
      const el = await plainPlan();
      const text = screenText(el);
      expect(heading(el)).to.equal('Make a safety plan');
      expect(text).to.include('These are options, not a complete plan. No plan can promise safety.');
      expect(text).to.include('An advocate can help you make a full plan.');
      expect(text).to.include('Nothing you write here is saved or sent.');
      expect(text.indexOf('Nothing you write here'), 'said before Start').to.be.below(text.indexOf('Start'));
      for (const number of publishedNumbers('ndvh')) expect(text).to.include(number);
      const help = root(el).querySelector('[part="help"]')!;
      expect(help.getAttribute('data-resource')).to.equal('ndvh');
      expect(help.querySelector('a[href="tel:+18007997233"]'), 'a call link from the dataset').to.exist;
    });

    it('tells a Spanish reader that the advocate chat opens a page in English, on screen and in the printout', async () => {
      const el = await renderPlan(html`<sa-safety-plan lang="es"></sa-safety-plan>`, 'es');
      const chat = root(el).querySelector<HTMLAnchorElement>('[part="help"] a[data-channel="chat"]')!;
      expect(chat.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Chatear en línea (página en inglés)');
      expect(chat.getAttribute('hreflang')).to.equal('en');
      expect(printoutText(el)).to.include('Chatear en línea (página en inglés): https://www.thehotline.org/');
    });

    it('says each advocate route once, inside its link', async () => {
      const el = await renderPlan(html`<sa-safety-plan resource-id="988-lifeline"></sa-safety-plan>`);
      const help = root(el).querySelector('[part="help"]')!.textContent!.replace(/\s+/g, ' ');
      expect(help.split('Spanish: press 2').length - 1, help).to.equal(1);
      const spanish = root(el).querySelector('[part="help"] a[href="tel:988"] [part="contact-label"]');
      expect(spanish?.textContent).to.equal('(Spanish: press 2)');
    });

    it('reports a used advocate contact as sa-resource-action, with no content of the plan', async () => {
      const el = await plainPlan();
      const seen: unknown[] = [];
      const stop = (event: Event) => event.preventDefault(); // do not follow tel: in the test browser
      const listen = (event: Event) => seen.push((event as CustomEvent).detail);
      document.addEventListener('click', stop, true);
      document.addEventListener('sa-resource-action', listen);
      try {
        root(el).querySelector<HTMLAnchorElement>('[part="help"] a[href^="tel:"]')!.click();
      } finally {
        document.removeEventListener('click', stop, true);
        document.removeEventListener('sa-resource-action', listen);
      }
      expect(seen).to.deep.equal([{ resourceId: 'ndvh', channel: 'voice' }]);
    });

    it('takes the advocate line from the dataset by resource-id, and warns and falls back for an unknown one', async () => {
      const victimConnect = await renderPlan(html`<sa-safety-plan resource-id="victimconnect"></sa-safety-plan>`);
      for (const number of publishedNumbers('victimconnect')) expect(screenText(victimConnect)).to.include(number);
      expect(screenText(victimConnect)).to.include('Details not yet confirmed at the source');

      const unknown = await renderPlan(html`<sa-safety-plan resource-id="no-such-line"></sa-safety-plan>`);
      expect(root(unknown).querySelector('[part="help"]')!.getAttribute('data-resource')).to.equal('ndvh');
      expect(warnings.messages.some((m) => m.includes('<sa-safety-plan> resource-id "no-such-line"'))).to.equal(true);
    });

    it('words every option as something to consider, never as an order or a promise', async () => {
      const el = await plainPlan();
      await press(el, 'Start');
      for (let step = 1; step <= SECTION_IDS.length; step++) {
        const labels = [...root(el).querySelectorAll('.choice label')].map((l) => l.textContent!.trim());
        expect(labels.length, `step ${step} has options`).to.be.above(0);
        for (const label of labels) {
          expect(label, 'an option, not an order').to.match(
            /^(Keeping|Checking|Telling|Asking|Changing|Going|Deciding|Using|Talking|Knowing|Writing|Noting|Saving|Choosing|Making|Doing|Giving|Reporting)\b/,
          );
          expect(label).not.to.match(/\b(you must|you should|will keep you safe|guarantee)\b/i);
        }
        expect(root(el).querySelector('legend')!.textContent).to.include('Options you could consider');
        await press(el, step === SECTION_IDS.length ? 'See my plan' : 'Next');
      }
    });

    it('shows its fallback children only until it runs', async () => {
      const el = await renderPlan(
        html`<sa-safety-plan><p id="fallback">A printable plan is at the front desk.</p></sa-safety-plan>`,
      );
      const fallback = el.querySelector('#fallback')!;
      expect(fallback.checkVisibility(), 'not shown once the plan runs').to.equal(false);
      const undefinedPlan = document.createElement('sa-safety-plan-fallback');
      undefinedPlan.append(fallback.cloneNode(true));
      document.body.append(undefinedPlan);
      try {
        expect(undefinedPlan.firstElementChild!.checkVisibility(), 'shown by an element that never runs').to.equal(
          true,
        );
      } finally {
        undefinedPlan.remove();
      }
    });

    it('says the legal step is information, not legal advice, and links legal help from the dataset', async () => {
      const el = await renderPlan(html`<sa-safety-plan sections="legal"></sa-safety-plan>`);
      await press(el, 'Start');
      expect(heading(el)).to.equal('Legal options to ask about');
      expect(screenText(el)).to.include('This is information, not legal advice. Rules differ by state.');
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.more a')].map((a) => a.dataset['resource']);
      expect(links).to.deep.equal(['womenslaw', 'lawhelp']);
      expect(screenText(el)).to.include('leaving this page clears your plan');
    });
  });

  describe('steps', () => {
    it('goes one section at a time with progress, Back and Next, and focuses each new step', async () => {
      const el = await plainPlan();
      await press(el, 'Start');
      expect(progress(el)).to.equal('Step 1 of 8');
      expect(heading(el)).to.equal('Home');
      expect(root(el).activeElement?.getAttribute('part')).to.equal('step');
      await press(el, 'Next');
      await press(el, 'Next');
      expect(progress(el)).to.equal('Step 3 of 8');
      expect(heading(el)).to.equal('Getting around and public places');
      await press(el, 'Back');
      expect(heading(el)).to.equal('Work or school');
      for (let i = 0; i < 6; i++) await press(el, 'Next');
      expect(progress(el)).to.equal('Step 8 of 8');
      expect(heading(el)).to.equal('Legal options to ask about');
      await press(el, 'See my plan');
      expect(heading(el)).to.equal('My safety plan');
      expect(screenText(el)).to.include('Your plan is empty.');
      expect(root(el).activeElement?.getAttribute('part')).to.equal('step');
    });

    it('moves focus to "Add your own step" when an own step is removed', async () => {
      const el = await plainPlan();
      await press(el, 'Start');
      const add = root(el).querySelector<HTMLTextAreaElement>('.add textarea')!;
      add.value = 'Call my sister on Sundays';
      add.dispatchEvent(new Event('input'));
      await press(el, 'Add');
      expect(root(el).querySelectorAll('.own').length).to.equal(1);
      expect(add.value, 'the box is empty again').to.equal('');
      button(el, 'Remove').focus();
      await press(el, 'Remove');
      expect(root(el).querySelectorAll('.own').length).to.equal(0);
      expect(root(el).activeElement === add, 'focus in the add box').to.equal(true);
    });

    it('keeps what was ticked when going back and forth', async () => {
      const el = await plainPlan();
      await press(el, 'Start');
      await tick(el, 'Checking your locks');
      await press(el, 'Next');
      await press(el, 'Back');
      expect(checkbox(el, 'Checking your locks').checked).to.equal(true);
    });

    it('offers only the chosen sections, in the host’s order, and warns about unknown ones', async () => {
      const el = await renderPlan(html`<sa-safety-plan sections="digital, home garage"></sa-safety-plan>`);
      await press(el, 'Start');
      expect(progress(el)).to.equal('Step 1 of 2');
      expect(heading(el)).to.equal('Phone, computer and accounts');
      await press(el, 'Next');
      expect(heading(el)).to.equal('Home');
      expect(warnings.messages).to.include(
        '[stalking-awareness] <sa-safety-plan> sections "garage" is not one of "home", "work", "travel", "digital", "record", "people", "children", "legal"; it is left out.',
      );
    });

    it('falls back to every section when none is known', async () => {
      const el = await renderPlan(html`<sa-safety-plan sections="garage"></sa-safety-plan>`);
      await press(el, 'Start');
      expect(progress(el)).to.equal('Step 1 of 8');
      expect(warnings.messages.some((m) => m.includes('sections names no known section'))).to.equal(true);
    });

    it('warns about an unknown variant and steps as usual', async () => {
      const el = await renderPlan(html`<sa-safety-plan variant="long"></sa-safety-plan>`);
      expect(button(el, 'Start')).to.exist;
      expect(warnings.messages.some((m) => m.includes('<sa-safety-plan> variant "long"'))).to.equal(true);
    });
  });

  describe('host items', () => {
    it('adds valid items to their section, and names the field of each bad one', async () => {
      const items = [
        { section: 'home', text: 'Asking the building manager to change your lock.' },
        { section: 'garage', text: 'Bad section' },
        { section: 'work', text: '' },
        'not an object',
        { section: 'work', text: 'Asking Child Support Services for a separate waiting area.' },
        { section: 'legal', text: 'x'.repeat(301) },
      ];
      const el = await renderPlan(html`<sa-safety-plan sections="home work" .items=${items}></sa-safety-plan>`);
      await press(el, 'Start');
      expect(checkbox(el, 'Asking the building manager')).to.exist;
      await tick(el, 'Asking the building manager');
      await press(el, 'Next');
      expect(checkbox(el, 'Asking Child Support Services')).to.exist;
      const said = warnings.messages.join('\n');
      expect(said).to.include('<sa-safety-plan> items[1].section "garage" is not one of');
      expect(said).to.include('<sa-safety-plan> items[2].text must be a non-empty string');
      expect(said).to.include('<sa-safety-plan> items[3] must be an object');
      expect(said).to.include('<sa-safety-plan> items[5].section "legal" is not among the sections shown');
      await press(el, 'See my plan');
      expect(screenText(el)).to.include('Asking the building manager to change your lock.');
    });

    it('reads items from the attribute as JSON, and warns about JSON it cannot read', async () => {
      const el = await renderPlan(
        html`<sa-safety-plan
          sections="home"
          items='[{"section":"home","text":"Asking for a door camera."}]'
        ></sa-safety-plan>`,
      );
      await press(el, 'Start');
      expect(checkbox(el, 'Asking for a door camera.')).to.exist;
      const bad = await renderPlan(html`<sa-safety-plan items="[{section:"></sa-safety-plan>`);
      await press(bad, 'Start');
      expect(heading(bad)).to.equal('Home');
      expect(warnings.messages).to.include(
        '[stalking-awareness] <sa-safety-plan> items is not valid JSON; no host items are shown.',
      );
    });
  });

  describe('short variant', () => {
    it('shows the first things to think about, with Print and Save behind one disclosure', async () => {
      const el = await renderPlan(html`<sa-safety-plan variant="short"></sa-safety-plan>`);
      expect(heading(el)).to.equal('First things to think about');
      expect(progress(el)).to.equal(undefined);
      expect(root(el).querySelectorAll('.choice').length).to.equal(5);
      expect(screenText(el)).to.include('These are options, not a complete plan.');
      expect(screenText(el)).to.include('Nothing you write here is saved or sent.');
      const details = root(el).querySelector<HTMLDetailsElement>('[part="keep-details"]')!;
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Print or save this plan');
      expect(details.open).to.equal(false);
      expect(button(el, 'Print').closest('details') === details).to.equal(true);
      expect(button(el, 'Save as a file').closest('details') === details).to.equal(true);
    });

    it('fits on one laptop screen (1024 × 768) with the disclosure closed', async () => {
      await setViewport({ width: 1024, height: 768 });
      try {
        const el = await renderPlan(html`<sa-safety-plan variant="short"></sa-safety-plan>`);
        expect(el.getBoundingClientRect().height).to.be.at.most(768);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('leaves out the first things of sections the host did not choose', async () => {
      const el = await renderPlan(html`<sa-safety-plan variant="short" sections="home"></sa-safety-plan>`);
      expect(root(el).querySelectorAll('.choice').length).to.equal(1);
    });
  });

  describe('accessibility', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const locale of ['en', 'es']) {
      it(`passes axe on every step at 320 px, with options ticked (${locale})`, async function () {
        this.timeout(30000); // ten full axe runs; the machine is shared
        const el = await renderPlan(html`<sa-safety-plan lang=${locale}></sa-safety-plan>`, locale);
        await expect(el).to.be.accessible();
        expect(el.scrollWidth).to.be.at.most(320);
        root(el).querySelector<HTMLButtonElement>('.nav .primary')!.click();
        await el.updateComplete;
        for (let step = 1; step <= SECTION_IDS.length + 1; step++) {
          const first = root(el).querySelector<HTMLInputElement>('input[type="checkbox"]');
          if (first) {
            first.click();
            await el.updateComplete;
          }
          await expect(el).to.be.accessible();
          expect(root(el).querySelector('section')!.scrollWidth, `step ${step} fits 320 px`).to.be.at.most(320);
          root(el).querySelector<HTMLButtonElement>('.nav .primary')?.click();
          await el.updateComplete;
        }
        expect(checkedCount(el)).to.equal(0); // on the finished plan: nothing left to tick
      });

      it(`passes axe in the short variant (${locale})`, async () => {
        const el = await renderPlan(html`<sa-safety-plan lang=${locale} variant="short"></sa-safety-plan>`, locale);
        root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        root(el).querySelector<HTMLDetailsElement>('details')!.open = true;
        await expect(el).to.be.accessible();
        expect(root(el).querySelector('section')!.scrollWidth).to.be.at.most(320);
      });

      it(`reads at or below US grade 8 on every step (${locale})`, async () => {
        const el = await renderPlan(html`<sa-safety-plan lang=${locale}></sa-safety-plan>`, locale);
        const grade = (blocks: string[]) => (locale === 'en' ? fleschKincaidGrade(blocks) : spanishGrade(blocks));
        const all: string[] = [];
        for (let step = 0; step <= SECTION_IDS.length + 1; step++) {
          const blocks = renderedTextBlocks(el);
          all.push(...blocks);
          expect(grade(blocks), `step ${step}: ${heading(el)}`).to.be.at.most(8);
          root(el).querySelector<HTMLButtonElement>('.nav .primary')?.click();
          await el.updateComplete;
        }
        expect(grade(all)).to.be.at.most(8);
      });
    }

    it('can be filled in, reviewed and saved with the keyboard alone', async () => {
      const el = await plainPlan();
      const saved: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) saved.push(this.download);
        else click.call(this);
      };
      try {
        button(el, 'Start').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(heading(el)).to.equal('Home');
        // Focus is on the step; Tab reaches the first option, Space ticks it.
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(checkbox(el, 'Keeping a phone').checked).to.equal(true);
        // Tab into its words and change them.
        await sendKeys({ press: 'Tab' });
        await sendKeys({ down: 'Control' });
        await sendKeys({ press: 'KeyA' });
        await sendKeys({ up: 'Control' });
        await sendKeys({ type: 'Spare phone in the car' });
        await el.updateComplete;
        // On to "Add your own step", type, Tab to Add, Enter.
        const add = root(el).querySelector<HTMLTextAreaElement>('.add textarea')!;
        while (root(el).activeElement !== add) await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'Ask Sam to check on me' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        // Tab to Next and go to the end with Enter.
        const next = () => root(el).querySelector<HTMLButtonElement>('.nav .primary');
        while (heading(el) !== 'My safety plan') {
          while (root(el).activeElement !== next()) await sendKeys({ press: 'Tab' });
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
        }
        const text = screenText(el);
        expect(text).to.include('Spare phone in the car');
        expect(text).to.include('Ask Sam to check on me');
        const save = button(el, 'Save as a file');
        while (root(el).activeElement !== root(el).getElementById('file-name')) await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'groceries' });
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement === save, 'Tab reaches Save').to.equal(true);
        await sendKeys({ press: 'Enter' });
        expect(saved).to.deep.equal(['groceries.txt']);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
    });
  });
});

import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findDefaultResource, localizeResource, safeUrl, DEFAULT_EXIT_DESTINATION } from '@stalking-awareness/core';
import { resetWarnings } from '@stalking-awareness/core/testing';
import '../src/safety-alert/define.js';
import { TECH_SAFETY_RESOURCE_ID, type SaSafetyAlert } from '../src/safety-alert/index.js';
import { fleschKincaidGrade, renderedTextBlocks, spanishGrade } from './helpers/readability.js';
import { captureWarnings, renderIn, textOf } from './helpers/content-fixtures.js';

const TAG = 'sa-safety-alert';
const VARIANTS = ['banner', 'inline', 'emergency'] as const;

function part(el: SaSafetyAlert, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

// Counts, not elements, in assertions: a failing assertion on a Lit element
// makes the runner serialise its whole object graph and hang.
function count(el: SaSafetyAlert, name: string): number {
  return el.shadowRoot!.querySelectorAll(`[part~="${name}"]`).length;
}

describe('sa-safety-alert', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('text', () => {
    it('says device use can be watched and history cannot be fully erased', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert></sa-safety-alert>`, TAG);
      expect(part(el, 'message')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Someone may be able to see what you do on this computer or phone. Your browser history cannot be fully erased.',
      );
      const section = part(el, 'base')!;
      expect(section.localName).to.equal('section');
      expect(section.getAttribute('aria-label')).to.equal('Safety alert');
    });

    it('speaks Spanish', async () => {
      const el = await renderIn<SaSafetyAlert>(
        html`<div lang="es"><sa-safety-alert quick-exit dismissible></sa-safety-alert></div>`,
        TAG,
        'es',
      );
      expect(part(el, 'message')!.textContent).to.include(
        'El historial del navegador no se puede borrar por completo.',
      );
      expect(part(el, 'exit')!.textContent!.trim()).to.equal('Salir de esta página');
      expect(part(el, 'dismiss')!.textContent!.trim()).to.equal('Ocultar esta alerta');
      expect(part(el, 'summary')!.textContent!.trim()).to.equal('Formas de reducir el riesgo');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('es');
    });

    it('lists the digital-safety options as options, and never as a full plan', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert quick-exit></sa-safety-alert>`, TAG);
      const steps = [...part(el, 'steps')!.querySelectorAll('li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(
        steps.some(
          (s) => s.includes('safer device') && s.includes('library computer') && s.includes("trusted friend's phone"),
        ),
      ).to.equal(true);
      expect(
        steps.some(
          (s) => s.includes('private (incognito) browsing') && s.includes('does not stop monitoring software'),
        ),
      ).to.equal(true);
      expect(steps.some((s) => s.includes('deleting only the entries for this site, not all of it'))).to.equal(true);
      expect(steps.some((s) => s.includes('To find this page again'))).to.equal(true);
      expect(
        steps.some((s) => s.includes('exit button') && s.includes('does not clear your history or stop monitoring')),
      ).to.equal(true);
      expect(textOf(el)).to.include('These are options, not a full safety plan.');
    });

    it('never promises safety', async () => {
      for (const locale of ['en', 'es']) {
        const el = await renderIn<SaSafetyAlert>(
          html`<sa-safety-alert lang=${locale} variant="emergency" quick-exit></sa-safety-alert>`,
          TAG,
          locale,
        );
        const text = textOf(el).toLowerCase();
        for (const promise of [
          'you are safe',
          'you will be safe',
          'completely safe',
          'guarantee',
          'está a salvo',
          'garantiza',
          'totalmente segur',
        ]) {
          expect(text).not.to.include(promise);
        }
      }
    });

    it('mentions the exit button only when there is one', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert></sa-safety-alert>`, TAG);
      expect(count(el, 'exit')).to.equal(0);
      expect(textOf(el)).not.to.include('exit button');
    });

    for (const locale of ['en', 'es']) {
      it(`reads at or below US grade 8 in ${locale}`, async () => {
        const el = await renderIn<SaSafetyAlert>(
          html`<sa-safety-alert lang=${locale} variant="emergency" quick-exit></sa-safety-alert>`,
          TAG,
          locale,
        );
        const blocks = renderedTextBlocks(el);
        const grade = locale === 'en' ? fleschKincaidGrade(blocks) : spanishGrade(blocks);
        expect(grade).to.be.at.most(8);
      });
    }
  });

  describe('disclosure', () => {
    it('is a native details/summary that Enter and Space open and close', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert></sa-safety-alert>`, TAG);
      const details = part(el, 'details') as HTMLDetailsElement;
      const summary = part(el, 'summary')!;
      expect(details.localName).to.equal('details');
      expect(summary.localName).to.equal('summary');
      expect(summary.parentElement === details, 'summary inside details').to.equal(true);
      expect(details.open).to.equal(false);
      summary.focus();
      expect(el.shadowRoot!.activeElement === summary, 'summary focused').to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(false);
      await sendKeys({ press: 'Space' });
      expect(details.open).to.equal(true);
    });

    it('can be reached with Tab', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert></sa-safety-alert>`, TAG);
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === part(el, 'summary'), 'summary focused').to.equal(true);
      before.remove();
    });
  });

  describe('technology-safety link', () => {
    for (const locale of ['en', 'es']) {
      it(`comes from the dataset record (${locale})`, async () => {
        const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert lang=${locale}></sa-safety-alert>`, TAG, locale);
        const link = part(el, 'link') as HTMLAnchorElement;
        const record = localizeResource(findDefaultResource(TECH_SAFETY_RESOURCE_ID)!, locale);
        expect(record.url).to.match(/techsafety\.org/);
        expect(link.getAttribute('href')).to.equal(safeUrl(record.url));
        // On a Spanish page the link says that the site is in English (issue 12).
        expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          locale === 'en' ? record.name : `${record.name} (página en inglés)`,
        );
        expect(link.rel).to.include('noreferrer');
        expect(link.nextElementSibling?.hasAttribute('data-unverified-note') ?? false).to.equal(
          !record.provenance.verified,
        );
      });
    }
  });

  describe('dismissal', () => {
    let setItemCalls: string[];
    const originalSetItem = Storage.prototype.setItem;
    beforeEach(() => {
      setItemCalls = [];
      Storage.prototype.setItem = function (key: string, value: string) {
        setItemCalls.push(key);
        return originalSetItem.call(this, key, value);
      };
    });
    afterEach(() => {
      Storage.prototype.setItem = originalSetItem;
    });

    for (const variant of ['banner', 'inline'] as const) {
      it(`${variant}: hides for this page view, emits sa-dismiss and stores nothing`, async () => {
        const el = await renderIn<SaSafetyAlert>(
          html`<sa-safety-alert variant=${variant} dismissible></sa-safety-alert>`,
          TAG,
        );
        const cookies = document.cookie;
        const stored = [localStorage.length, sessionStorage.length];
        const button = part(el, 'dismiss') as HTMLButtonElement;
        expect(button.localName).to.equal('button');
        expect(button.textContent!.trim()).to.equal('Hide this alert');
        const heard = oneEvent(el, 'sa-dismiss');
        button.click();
        const event = (await heard) as CustomEvent;
        expect(event.detail).to.deep.equal({ variant });
        expect(event.bubbles && event.composed).to.equal(true);
        await el.updateComplete;
        expect(el.hidden).to.equal(true);
        expect(getComputedStyle(el).display).to.equal('none');
        expect(setItemCalls).to.deep.equal([]);
        expect(document.cookie).to.equal(cookies);
        expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
      });
    }

    it('moves focus to what follows, not to the top of the page', async () => {
      const wrapper = await renderIn<SaSafetyAlert>(
        html`<div><sa-safety-alert dismissible></sa-safety-alert><a href="#main">Main content</a></div>`,
        TAG,
      );
      const next = wrapper.parentElement!.querySelector('a')!;
      const button = part(wrapper, 'dismiss')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await wrapper.updateComplete;
      expect(wrapper.hidden).to.equal(true);
      expect(document.activeElement === next, 'focus on the next link').to.equal(true);
    });

    it('comes back on the next page view: a new element is shown again', async () => {
      const first = await renderIn<SaSafetyAlert>(html`<sa-safety-alert dismissible></sa-safety-alert>`, TAG);
      part(first, 'dismiss')!.click();
      const second = await renderIn<SaSafetyAlert>(html`<sa-safety-alert dismissible></sa-safety-alert>`, TAG);
      expect(second.hidden).to.equal(false);
      expect(getComputedStyle(second).display).to.equal('block');
    });

    it('stays when a host cancels sa-dismiss', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert dismissible></sa-safety-alert>`, TAG);
      el.addEventListener('sa-dismiss', (event) => event.preventDefault());
      part(el, 'dismiss')!.click();
      await el.updateComplete;
      expect(el.hidden).to.equal(false);
    });

    it('offers no hide button unless dismissible', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert></sa-safety-alert>`, TAG);
      expect(count(el, 'dismiss')).to.equal(0);
      expect(el.dismiss()).to.equal(false);
      expect(el.hidden).to.equal(false);
    });
  });

  describe('emergency variant', () => {
    it('has a real heading that names the section', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert variant="emergency"></sa-safety-alert>`, TAG);
      const heading = part(el, 'heading')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent!.trim()).to.equal('Safety alert');
      expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    });

    it('is never dismissible, even with dismissible set, and Escape does nothing', async () => {
      const el = await renderIn<SaSafetyAlert>(
        html`<sa-safety-alert variant="emergency" dismissible></sa-safety-alert>`,
        TAG,
      );
      let dismissed = 0;
      el.addEventListener('sa-dismiss', () => dismissed++);
      expect(count(el, 'dismiss')).to.equal(0);
      expect(el.dismiss()).to.equal(false);
      part(el, 'summary')!.focus();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.hidden).to.equal(false);
      expect(getComputedStyle(el).display).not.to.equal('none');
      expect(dismissed).to.equal(0);
    });

    it('uses the heading level the host asks for', async () => {
      const el = await renderIn<SaSafetyAlert>(
        html`<sa-safety-alert variant="emergency" heading-level="3"></sa-safety-alert>`,
        TAG,
      );
      expect(part(el, 'heading')!.localName).to.equal('h3');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(warnings.messages.some((m) => m.includes('heading-level') && m.includes('"9"'))).to.equal(true);
    });

    it('stays undismissible when switched to emergency after rendering', async () => {
      const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert dismissible></sa-safety-alert>`, TAG);
      expect(count(el, 'dismiss')).to.equal(1);
      el.variant = 'emergency';
      await el.updateComplete;
      expect(count(el, 'dismiss')).to.equal(0);
    });
  });

  it('never interrupts: no role=alert or live region on load, in any variant', async () => {
    for (const variant of VARIANTS) {
      const el = await renderIn<SaSafetyAlert>(
        html`<sa-safety-alert variant=${variant} quick-exit dismissible></sa-safety-alert>`,
        TAG,
      );
      expect(
        el.shadowRoot!.querySelectorAll('[role="alert"], [aria-live], [role="status"], [role="alertdialog"], dialog')
          .length,
      ).to.equal(0);
      expect(el.getAttribute('role')).to.equal(null);
    }
  });

  it('falls back to banner, with a warning naming the attribute, for an unknown variant', async () => {
    const el = await renderIn<SaSafetyAlert>(
      html`<sa-safety-alert variant="popup" dismissible></sa-safety-alert>`,
      TAG,
    );
    expect(part(el, 'base')!.classList.contains('banner')).to.equal(true);
    expect(warnings.messages.some((m) => m.includes('variant') && m.includes('"popup"'))).to.equal(true);
  });

  describe('accessibility (axe)', () => {
    for (const locale of ['en', 'es']) {
      for (const variant of VARIANTS) {
        it(`${variant} in ${locale} passes axe, open and closed`, async () => {
          const el = await renderIn<SaSafetyAlert>(
            html`<sa-safety-alert lang=${locale} variant=${variant} quick-exit dismissible></sa-safety-alert>`,
            TAG,
            locale,
          );
          await expect(el).to.be.accessible();
          (part(el, 'details') as HTMLDetailsElement).open = true;
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  it('uses core’s default exit destination unless quick-exit-href is given', async () => {
    const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert quick-exit></sa-safety-alert>`, TAG);
    expect(el.exitDestination).to.equal(DEFAULT_EXIT_DESTINATION);
  });
});

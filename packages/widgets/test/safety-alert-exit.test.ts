// The alert's exit button must leave exactly as <sa-quick-exit> does: both
// call core's exitPage(), so the page is hidden before anything else happens.
import { expect, html } from '@open-wc/testing';
import { DEFAULT_EXIT_DESTINATION, setExitNavigator } from '@stalking-awareness/core';
import { EXIT_COVER_ATTRIBUTE, undoExitForTests, resetWarnings } from '@stalking-awareness/core/testing';
import '../src/safety-alert/define.js';
import '../src/quick-exit/define.js';
import type { SaSafetyAlert } from '../src/safety-alert/index.js';
import type { SaQuickExit } from '../src/quick-exit/index.js';
import { captureWarnings, renderIn } from './helpers/content-fixtures.js';

/** What a watcher could see at the moment the navigation starts, and what was emitted. */
interface ExitObservation {
  navigations: string[];
  titleAtNavigation: string[];
  coverAtNavigation: boolean[];
  bodyHiddenAtNavigation: boolean[];
  referrerPolicyAtNavigation: (string | null)[];
  /** What screen readers hear from the cover while the page leaves. */
  announcementAtNavigation: (string | null)[];
  exitEvents: { destination: string; cancelable: boolean; composed: boolean; bubbles: boolean }[];
}

async function observeExit(click: () => void): Promise<ExitObservation> {
  const seen: ExitObservation = {
    navigations: [],
    titleAtNavigation: [],
    coverAtNavigation: [],
    bodyHiddenAtNavigation: [],
    referrerPolicyAtNavigation: [],
    announcementAtNavigation: [],
    exitEvents: [],
  };
  const onExit = (event: Event) => {
    const e = event as CustomEvent<{ destination: string }>;
    seen.exitEvents.push({
      destination: e.detail.destination,
      cancelable: e.cancelable,
      composed: e.composed,
      bubbles: e.bubbles,
    });
  };
  document.addEventListener('sa-exit', onExit);
  setExitNavigator((url) => {
    seen.navigations.push(url);
    seen.titleAtNavigation.push(document.title);
    seen.coverAtNavigation.push(document.documentElement.querySelector(`:scope > [${EXIT_COVER_ATTRIBUTE}]`) !== null);
    seen.bodyHiddenAtNavigation.push(document.body.inert && getComputedStyle(document.body).display === 'none');
    seen.referrerPolicyAtNavigation.push(
      document.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
    );
    const cover = document.documentElement.querySelector(`:scope > [${EXIT_COVER_ATTRIBUTE}]`);
    seen.announcementAtNavigation.push(cover?.textContent?.trim() || null);
  });
  try {
    click();
    click(); // a second, panicked click must not make a second exit
  } finally {
    document.removeEventListener('sa-exit', onExit);
  }
  return seen;
}

describe('sa-safety-alert exit button', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
    document.title = 'Help with stalking';
  });
  afterEach(() => {
    undoExitForTests();
    warnings.restore();
  });

  it('is a button labelled "Exit this page", shown only with quick-exit', async () => {
    const el = await renderIn<SaSafetyAlert>(html`<sa-safety-alert quick-exit></sa-safety-alert>`, 'sa-safety-alert');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit"]')!;
    expect(button.localName).to.equal('button');
    expect(button.textContent!.trim()).to.equal('Exit this page');
  });

  for (const destination of ['', 'https://example.org/weather']) {
    it(`leaves exactly like <sa-quick-exit>'s click (${destination || 'default destination'})`, async () => {
      const quickExit = await renderIn<SaQuickExit>(
        html`<sa-quick-exit position="inline" href=${destination || DEFAULT_EXIT_DESTINATION}></sa-quick-exit>`,
        'sa-quick-exit',
      );
      const viaQuickExit = await observeExit(() =>
        quickExit.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!.click(),
      );
      undoExitForTests();
      document.title = 'Help with stalking';

      const alert = await renderIn<SaSafetyAlert>(
        html`<sa-safety-alert quick-exit quick-exit-href=${destination}></sa-safety-alert>`,
        'sa-safety-alert',
      );
      const originOfEvent = new Promise<EventTarget | null>((resolve) =>
        document.addEventListener('sa-exit', (event) => resolve(event.composedPath()[0] ?? null), { once: true }),
      );
      const viaAlert = await observeExit(() => alert.shadowRoot!.querySelector<HTMLElement>('[part="exit"]')!.click());

      const expected = destination || DEFAULT_EXIT_DESTINATION;
      expect(viaAlert.navigations).to.deep.equal([expected]);
      expect(viaAlert.exitEvents).to.deep.equal([
        { destination: expected, cancelable: false, composed: true, bubbles: true },
      ]);
      expect(viaAlert.coverAtNavigation).to.deep.equal([true]);
      expect(viaAlert.titleAtNavigation).to.deep.equal(['']);
      expect(viaAlert.bodyHiddenAtNavigation).to.deep.equal([true]);
      expect(viaAlert.announcementAtNavigation).to.deep.equal(['Exiting this page.']);
      expect(viaAlert).to.deep.equal(viaQuickExit);
      expect((await originOfEvent) === alert, 'sa-exit dispatched on the alert').to.equal(true);
    });
  }

  it('falls back to the default destination, with a warning naming quick-exit-href, for an unsafe URL', async () => {
    const alert = await renderIn<SaSafetyAlert>(
      html`<sa-safety-alert quick-exit quick-exit-href="javascript:alert(1)"></sa-safety-alert>`,
      'sa-safety-alert',
    );
    expect(warnings.messages.some((m) => m.includes('quick-exit-href'))).to.equal(true);
    const seen = await observeExit(() => alert.shadowRoot!.querySelector<HTMLElement>('[part="exit"]')!.click());
    expect(seen.navigations).to.deep.equal([DEFAULT_EXIT_DESTINATION]);
  });

  it('works in the emergency variant too', async () => {
    const alert = await renderIn<SaSafetyAlert>(
      html`<sa-safety-alert variant="emergency" quick-exit></sa-safety-alert>`,
      'sa-safety-alert',
    );
    const seen = await observeExit(() => alert.shadowRoot!.querySelector<HTMLElement>('[part="exit"]')!.click());
    expect(seen.navigations).to.deep.equal([DEFAULT_EXIT_DESTINATION]);
    expect(seen.coverAtNavigation).to.deep.equal([true]);
  });
});

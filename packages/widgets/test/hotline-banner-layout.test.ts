import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/hotline-banner/define.js';
import '../src/quick-exit/define.js';
import type { SaHotlineBanner } from '../src/hotline-banner/index.js';
import { settle, shadowOf } from './hotline-banner-helpers.js';

/** A page-like layout: a quick exit at the top, long content, the sticky banner at the end. */
const pageStyles = new CSSStyleSheet();
pageStyles.replaceSync(`
  .test-page main p { margin: 0 0 1rem; }
  .test-page main { min-height: 250vh; }
`);

/**
 * sa-quick-exit's documented geometry (issue 3), forced from outside, so the
 * test keeps guarding the contract even if the element's own styles change:
 * sticky at the top, full width under 640 px, floating right above.
 */
const documentedQuickExit = new CSSStyleSheet();
documentedQuickExit.replaceSync(`
  sa-quick-exit.documented { position: fixed; top: 0; left: 0; right: 0; min-height: 44px; z-index: 1000; }
  @media (min-width: 640px) {
    sa-quick-exit.documented { left: auto; top: 0.5rem; right: 0.5rem; min-width: 160px; }
  }
`);

const WIDTHS = [320, 375, 639, 640, 768, 1024, 1440];
const HEIGHTS = [360, 640, 900];

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function panelOf(el: SaHotlineBanner): HTMLElement {
  return shadowOf(el).querySelector<HTMLElement>('[part~="panel"]')!;
}

/** The quick exit's visible control (inside its shadow root), else its host box. */
function quickExitBoxes(quickExit: Element): DOMRect[] {
  const boxes = [quickExit.getBoundingClientRect()];
  const control = quickExit.shadowRoot?.querySelector('a, button');
  if (control) boxes.push(control.getBoundingClientRect());
  return boxes.filter((box) => box.width > 0 && box.height > 0);
}

async function renderPage(
  quickExitClass = '',
): Promise<{ page: HTMLElement; banner: SaHotlineBanner; quickExit: Element }> {
  const page = await fixture<HTMLElement>(
    html`<div class="test-page">
      <sa-quick-exit class=${quickExitClass}></sa-quick-exit>
      <main>
        <p>Page content.</p>
        <p><a href="#middle" id="middle-link">A link in the middle</a></p>
        ${Array.from({ length: 30 }, (_, i) => html`<p>Paragraph ${i + 1} of the host page.</p>`)}
        <p><a href="#last" id="last-link">The last link on the page</a></p>
      </main>
      <sa-hotline-banner variant="sticky" resource-ids="988-lifeline ndvh" dismissible></sa-hotline-banner>
    </div>`,
  );
  const banner = page.querySelector('sa-hotline-banner')!;
  await settle(banner);
  return { page, banner, quickExit: page.querySelector('sa-quick-exit')! };
}

/** Waits for ResizeObserver callbacks and the layout they cause. */
async function layoutSettled(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

describe('sa-hotline-banner: sticky layout', () => {
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyles, documentedQuickExit];
  });

  after(async () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
      (sheet) => sheet !== pageStyles && sheet !== documentedQuickExit,
    );
    await setViewport({ width: 800, height: 600 });
  });

  for (const [label, quickExitClass] of [
    ['the real sa-quick-exit', ''],
    ["sa-quick-exit's documented geometry", 'documented'],
  ] as const) {
    it(`never overlaps ${label}, at every viewport size and scroll position`, async () => {
      const { banner, quickExit } = await renderPage(quickExitClass);
      for (const width of WIDTHS) {
        for (const height of HEIGHTS) {
          await setViewport({ width, height });
          for (const scroll of ['top', 'bottom'] as const) {
            window.scrollTo(0, scroll === 'top' ? 0 : document.documentElement.scrollHeight);
            await layoutSettled();
            const panel = panelOf(banner).getBoundingClientRect();
            expect(panel.height, `${width}×${height}: panel shown`).to.be.greaterThan(0);
            expect(Math.round(panel.bottom), `${width}×${height}: pinned to the bottom`).to.equal(window.innerHeight);
            for (const box of quickExitBoxes(quickExit)) {
              if (box.bottom <= 0 || box.top >= window.innerHeight) continue; // scrolled away: cannot collide
              expect(overlaps(panel, box), `${width}×${height} at ${scroll}: banner overlaps the quick exit`).to.be
                .false;
            }
          }
        }
      }
    });
  }

  it('keeps room for the page: the last content and focused links are never hidden under it', async () => {
    const { banner, page } = await renderPage();
    for (const [width, height] of [
      [320, 568],
      [1024, 768],
    ] as const) {
      await setViewport({ width, height });
      await layoutSettled();
      const panelHeight = panelOf(banner).getBoundingClientRect().height;
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)).to.be.at.least(
        Math.floor(panelHeight),
      );

      window.scrollTo(0, document.documentElement.scrollHeight);
      await layoutSettled();
      const last = page.querySelector('#last-link')!.getBoundingClientRect();
      expect(last.bottom, `${width}px: end of the page can be scrolled clear of the banner`).to.be.at.most(
        panelOf(banner).getBoundingClientRect().top + 1,
      );

      window.scrollTo(0, 0);
      await layoutSettled();
      const middle = page.querySelector<HTMLAnchorElement>('#middle-link')!;
      window.scrollTo(0, middle.offsetTop - window.innerHeight + 5); // just at the bottom edge, under the banner
      await layoutSettled();
      middle.blur();
      middle.focus();
      middle.scrollIntoView({ block: 'nearest' });
      await layoutSettled();
      expect(middle.getBoundingClientRect().bottom, `${width}px: focused link clear of the banner`).to.be.at.most(
        panelOf(banner).getBoundingClientRect().top + 1,
      );
    }
  });

  it('gives the room back when dismissed or removed', async () => {
    const bodyPaddingBefore = getComputedStyle(document.body).paddingBottom;
    const { banner } = await renderPage();
    await layoutSettled();
    expect(getComputedStyle(document.body).paddingBottom).not.to.equal(bodyPaddingBefore);
    shadowOf(banner).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await banner.updateComplete;
    expect(getComputedStyle(document.body).paddingBottom).to.equal(bodyPaddingBefore);
    expect(getComputedStyle(document.documentElement).scrollPaddingBottom).to.be.oneOf(['auto', '0px']);

    const { banner: second } = await renderPage();
    await layoutSettled();
    second.remove();
    expect(getComputedStyle(document.body).paddingBottom).to.equal(bodyPaddingBefore);
  });

  it('adds to the page’s own bottom padding instead of replacing it', async () => {
    const own = new CSSStyleSheet();
    own.replaceSync('body { padding-bottom: 37px; }');
    document.adoptedStyleSheets = [own, ...document.adoptedStyleSheets];
    try {
      const { banner } = await renderPage();
      await layoutSettled();
      const height = Math.ceil(panelOf(banner).getBoundingClientRect().height);
      expect(parseFloat(getComputedStyle(document.body).paddingBottom)).to.equal(37 + height);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== own);
    }
  });

  it('writes no style attribute anywhere (strict CSP)', async () => {
    const { page, banner } = await renderPage();
    await layoutSettled();
    expect(document.documentElement.hasAttribute('style')).to.be.false;
    expect(document.body.hasAttribute('style')).to.be.false;
    expect(page.querySelectorAll('[style]')).to.have.length(0);
    expect(shadowOf(banner).querySelectorAll('[style]')).to.have.length(0);
  });
});

describe('sa-hotline-banner: 320 px wide', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const variant of ['banner', 'compact', 'sticky']) {
    for (const lang of ['en', 'es']) {
      it(`${variant} in ${lang} does not overflow horizontally`, async () => {
        const el = await fixture<SaHotlineBanner>(
          html`<sa-hotline-banner
            lang=${lang}
            variant=${variant}
            resource-ids="ndvh 988-lifeline victimconnect"
            dismissible
          ></sa-hotline-banner>`,
        );
        await settle(el);
        await layoutSettled();
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const node of shadowOf(el).querySelectorAll<HTMLElement>(
          'section *:not(.visually-hidden, .visually-hidden *)',
        )) {
          const box = node.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, `${node.className || node.tagName} fits`).to.be.at.most(320.5);
          expect(box.left).to.be.at.least(-0.5);
        }
      });
    }
  }

  it('compact wraps its line instead of shrinking the touch targets', async () => {
    const el = await fixture<SaHotlineBanner>(html`<sa-hotline-banner variant="compact"></sa-hotline-banner>`);
    await settle(el);
    const actions = [...shadowOf(el).querySelectorAll<HTMLElement>('[part~="action"]')];
    expect(actions.length).to.be.greaterThan(1);
    for (const action of actions) expect(action.getBoundingClientRect().height).to.be.at.least(44);
    const rows = new Set(actions.map((action) => Math.round(action.getBoundingClientRect().top)));
    expect(rows.size, 'the actions wrap onto more than one row').to.be.greaterThan(1);
  });

  it('a sticky banner never grows taller than the space under the quick exit', async () => {
    await setViewport({ width: 320, height: 360 });
    const page = await fixture<HTMLElement>(
      html`<div>
        <sa-quick-exit></sa-quick-exit>
        <sa-hotline-banner variant="sticky" resource-ids="988-lifeline ndvh victimconnect"></sa-hotline-banner>
      </div>`,
    );
    const banner = page.querySelector('sa-hotline-banner')!;
    await settle(banner);
    await waitUntil(() => page.querySelector('sa-quick-exit')!.getBoundingClientRect().height > 0);
    await layoutSettled();
    const panel = panelOf(banner);
    const quickExit = page.querySelector('sa-quick-exit')!.getBoundingClientRect();
    expect(panel.getBoundingClientRect().top).to.be.at.least(quickExit.bottom);
    // Unfolded ("More", issue 20), it still stays under the quick exit, and the rest is reachable by scrolling
    // the hotlines inside the panel, above the 911 line.
    shadowOf(banner).querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await settle(banner);
    await layoutSettled();
    expect(panel.getBoundingClientRect().top).to.be.at.least(quickExit.bottom);
    const lines = shadowOf(banner).querySelector<HTMLElement>('.lines')!;
    expect(lines.scrollHeight).to.be.greaterThan(lines.clientHeight);
    expect(getComputedStyle(lines).overflowY).to.equal('auto');
  });
});

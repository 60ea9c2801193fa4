// No layout shift (issue 8): a page whose sa-* elements upgrade after load,
// with the :not(:defined) stylesheet linked, has a Cumulative Layout Shift of
// 0, measured by a `layout-shift` PerformanceObserver installed before the
// page's own scripts. Each element (and variant) is checked alone at the top
// of a page with text below it, so its reserved height has to match its real
// one; then every element together. Chromium ignores moves under 3 CSS px,
// which is how closely the reserved heights must match.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultResources } from '@stalking-awareness/core';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer, trapProblems, until } from '../e2e/harness.mjs';

// The copy the CDN ships, exactly as a host page links it.
const STYLESHEET = '/packages/widgets/cdn/sa-widgets-undefined.css';
const BUNDLE = 'packages/widgets/cdn/sa-widgets.js';
const LATE_MS = 500;
const STRICT_CSP = "default-src 'self'";
const FALLBACK = '<a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a>';

/** One element (or variant) per page, at the top, so nothing above it can hide a shift. */
const CASES = [
  `<sa-quick-exit>${FALLBACK}</sa-quick-exit>`,
  `<sa-quick-exit position="inline">${FALLBACK}</sa-quick-exit>`,
  '<sa-safety-alert></sa-safety-alert>',
  '<sa-safety-alert quick-exit></sa-safety-alert>',
  '<sa-safety-alert variant="inline"></sa-safety-alert>',
  '<sa-safety-alert variant="emergency"></sa-safety-alert>',
  '<sa-hotline-banner></sa-hotline-banner>',
  '<sa-hotline-banner variant="compact"></sa-hotline-banner>',
  '<sa-hotline-banner variant="sticky"></sa-hotline-banner>',
  '<sa-hotline-banner dismissible></sa-hotline-banner>',
  '<sa-resource-card resource-id="ndvh"></sa-resource-card>',
  '<sa-resource-card resource-id="ndvh" variant="compact"></sa-resource-card>',
  '<sa-resource-list></sa-resource-list>',
  '<sa-resource-list variant="compact" search category-filter></sa-resource-list>',
  // A host's data, answered late: the list renders its loading state at the reserved height.
  '<sa-resource-list src="/__data/resources.json"></sa-resource-list>',
  '<sa-legal-disclaimer agency="Child Support Services" jurisdiction="CA"></sa-legal-disclaimer>',
  '<sa-legal-disclaimer variant="compact"></sa-legal-disclaimer>',
  '<sa-legal-disclaimer variant="inline"></sa-legal-disclaimer>',
  '<sa-safety-plan><p>A printable plan is at the front desk.</p></sa-safety-plan>',
  '<sa-safety-plan variant="short"></sa-safety-plan>',
  '<sa-stalking-facts></sa-stalking-facts>',
  '<sa-stalking-facts variant="compact"></sa-stalking-facts>',
  '<sa-stalking-facts variant="awareness-month"></sa-stalking-facts>',
  '<sa-stalking-log></sa-stalking-log>',
];

const ALL_ELEMENTS = `<sa-quick-exit>${FALLBACK}</sa-quick-exit>
  <h1>Help if someone is stalking you</h1>
  <sa-safety-alert quick-exit></sa-safety-alert>
  <sa-hotline-banner></sa-hotline-banner>
  <sa-resource-card resource-id="ndvh"></sa-resource-card>
  <sa-legal-disclaimer agency="Child Support Services" jurisdiction="CA"></sa-legal-disclaimer>
  <sa-resource-list search></sa-resource-list>`;

const WIDTHS = [320, 1024];

let server;
let browser;
let bundle;

function pageHtml(body, { stylesheet = true } = {}) {
  const text = 'Staff can point people to the services below. Nothing on this page is legal advice. '.repeat(6);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Layout shift</title>
    <link rel="icon" href="/tests/fixtures/layout-shift/favicon.svg" />
    ${stylesheet ? `<link rel="stylesheet" href="${STYLESHEET}" />` : ''}
    <script src="/tests/fixtures/layout-shift/upgrade-after-load.js"></script>
  </head>
  <body>
    ${body}
    <main id="below">${`<p>${text}</p>`.repeat(8)}</main>
  </body>
</html>`;
}

/** Opens `body` at `width`, waits until the late bundle upgraded every element, returns the shifts. */
async function measure(body, width, options) {
  const page = await browser.newPage();
  const problems = await trapProblems(page);
  await page.setViewport({ width, height: 800 });
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push({
          value: entry.value,
          sources: entry.sources.map((source) => ({
            node: source.node ? source.node.nodeName + (source.node.id ? `#${source.node.id}` : '') : '?',
            from: Math.round(source.previousRect.y),
            to: Math.round(source.currentRect.y),
          })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const key = `/__page/${Math.random().toString(36).slice(2)}`;
  pages.set(key, pageHtml(body, options));
  await page.goto(server.url(key), { waitUntil: 'load' });
  const definedAtLoad = await page.evaluate(() => customElements.get('sa-quick-exit') !== undefined);
  await until(
    () =>
      page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((element) => element.localName.startsWith('sa-'))
          .every((element) => customElements.get(element.localName)),
      ),
    'every element upgraded',
  );
  // A list given src has upgraded once its data has arrived and rendered.
  await until(
    () =>
      page.evaluate(() =>
        [...document.querySelectorAll('sa-resource-list')].every((list) => list.shadowRoot?.querySelector('.list')),
      ),
    'every list rendered its cards',
  );
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('sa-'));
    await Promise.all(elements.map((element) => element.updateComplete));
    // Layout-shift entries are reported after the frame that moved things.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))));
  });
  const shifts = await page.evaluate(() => window.__shifts);
  await page.close();
  pages.delete(key);
  return { definedAtLoad, shifts, cls: shifts.reduce((sum, shift) => sum + shift.value, 0), problems };
}

const pages = new Map();

before(async () => {
  requireBuilt(BUNDLE);
  bundle = await readFile(join(REPO_ROOT, BUNDLE));
  server = await startServer({
    headers: () => ({ 'content-security-policy': STRICT_CSP }),
    route: (path) => {
      if (pages.has(path)) return { body: pages.get(path) };
      if (path === '/__data/resources.json') {
        return { body: JSON.stringify(defaultResources), type: 'application/json', delayMs: LATE_MS };
      }
      // Answered late; its lazily loaded chunks (translations, data) are served as they are.
      if (path === `/${BUNDLE}`) return { body: bundle, type: 'text/javascript; charset=utf-8', delayMs: LATE_MS };
      return undefined;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('elements that upgrade after load do not move the page', () => {
  for (const width of WIDTHS) {
    for (const body of CASES) {
      it(`${body.replace(/>.*$/, '>')} at ${width} px: CLS 0`, async () => {
        const { definedAtLoad, shifts, cls, problems } = await measure(body, width);
        assert.equal(definedAtLoad, false, 'the bundle must arrive after load for this test to mean anything');
        assert.equal(cls, 0, `layout shifts: ${JSON.stringify(shifts)}`);
        assert.deepEqual(problems, []);
      });
    }
    it(`every element on one page at ${width} px: CLS 0`, async () => {
      const { shifts, cls, problems } = await measure(ALL_ELEMENTS, width);
      assert.equal(cls, 0, `layout shifts: ${JSON.stringify(shifts)}`);
      assert.deepEqual(problems, []);
    });
  }

  it('before the upgrade, the quick exit fallback link is shown, sticks to the top and can be clicked', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 640 });
    const key = '/__page/fallback';
    pages.set(key, pageHtml(`<sa-quick-exit>${FALLBACK}</sa-quick-exit>`).replace('upgrade-after-load.js', 'none.js'));
    await page.goto(server.url(key), { waitUntil: 'load' });
    const link = await page.evaluate(() => {
      window.scrollTo(0, 400);
      const anchor = document.querySelector('sa-quick-exit > a');
      const box = anchor.getBoundingClientRect();
      const style = getComputedStyle(anchor);
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        defined: customElements.get('sa-quick-exit') !== undefined,
        width: box.width,
        height: box.height,
        top: box.top,
        visible: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0,
        hitIsLink: hit === anchor,
        reserved: document.querySelector('sa-quick-exit').getBoundingClientRect().height,
      };
    });
    await page.close();
    pages.delete(key);
    assert.equal(link.defined, false);
    assert.ok(link.visible && link.width > 0 && link.height > 0, JSON.stringify(link));
    assert.ok(
      link.top >= 0 && link.top < 44,
      `the fallback link sticks to the top after scrolling: ${JSON.stringify(link)}`,
    );
    assert.equal(link.hitIsLink, true, 'a click at the link reaches the link');
    assert.equal(link.reserved, 44, 'the sticky bar reserves the 44 px it will have at 320 px');
  });

  it('without the stylesheet the same page does shift (so the measurement can see a shift)', async () => {
    const { cls } = await measure(ALL_ELEMENTS, 1024, { stylesheet: false });
    assert.ok(cls > 0.05, `expected a visible shift without undefined.css, got CLS ${cls}`);
  });
});

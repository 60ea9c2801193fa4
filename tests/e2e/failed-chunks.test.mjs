// A chunk that cannot load (the phone went offline after the page loaded, a
// proxy blocked one file) must never break the element that asked for it.
// The sticky hotline banner loads the code that keeps room on the page for
// it from a chunk: when that chunk fails, the panel still shows its hotline
// and its number, and `updateComplete` still resolves (a host awaiting it
// must not get an error). Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, requireBuilt, startServer, trapProblems } from './harness.mjs';

const PAGE = `<!doctype html><html lang="en"><head><title>Agency</title>
<script type="module" src="/packages/widgets/cdn/sa-widgets.js"></script></head>
<body><h1>Payments</h1><p>Text.</p><sa-hotline-banner variant="sticky"></sa-hotline-banner></body></html>`;

describe('a chunk that fails to load', () => {
  let server;
  let browser;

  before(async () => {
    requireBuilt('packages/widgets/cdn/sa-widgets.js');
    server = await startServer({
      route: (path) => {
        if (path === '/sticky.html') return { body: PAGE };
        if (/\/chunks\/sa-widgets-sticky-room-[\w-]+\.js$/.test(path)) return { body: 'offline', status: 503 };
        return undefined;
      },
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the sticky banner still shows its hotline, and its updateComplete resolves', async () => {
    const page = await browser.newPage();
    try {
      const problems = await trapProblems(page);
      await page.goto(server.url('/sticky.html'));
      const outcome = await page.evaluate(async () => {
        await customElements.whenDefined('sa-hotline-banner');
        const banner = document.querySelector('sa-hotline-banner');
        const settled = await banner.updateComplete.then(
          () => 'resolved',
          (error) => `rejected: ${error}`,
        );
        const panel = banner.shadowRoot.querySelector('.panel');
        return { settled, text: panel?.textContent ?? '', position: panel ? getComputedStyle(panel).position : '' };
      });
      assert.equal(outcome.settled, 'resolved');
      assert.match(outcome.text, /1-800-799-SAFE \(7233\)/, 'the hotline number shows');
      assert.equal(outcome.position, 'fixed', 'the panel is still pinned');
      assert.equal(
        server.requests.filter((request) => /sa-widgets-sticky-room-/.test(request.path)).length,
        1,
        'the room chunk was asked for (and failed)',
      );
      // The failed request itself is the only problem: no page error, no unhandled rejection.
      assert.deepEqual(
        problems.filter((problem) => !/HTTP 503 .*sticky-room|Failed to load resource/.test(problem)),
        [],
      );
    } finally {
      await page.close();
    }
  });
});

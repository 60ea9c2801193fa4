// The CDN files carry V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
// written by rollup.config.mjs), so Chromium compiles them on a background
// thread while they download instead of function by function on the page's
// main thread as each first runs (issue #14: about 10 ms less main-thread time
// on the README agency page). This test loads that page, traces it and fails
// when the widgets' code is compiled mostly on the main thread again: a
// minifier setting that drops the comment, or a build that stops writing it.
// A ratio of two figures from the same load, so a busy machine cannot fail it:
// with the hint the main thread compiles about a tenth of what the background
// does; without it, about ten times as much. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { agencyPageRoute } from '../../bench/agency-page.mjs';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer } from './harness.mjs';

const CDN = join(REPO_ROOT, 'packages/widgets/cdn');
const HINT = '//# allFunctionsCalledOnLoad';

/** Main-thread and background compile time (ms) in one traced load of `url`. */
async function compileTimes(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.tracing.start({ categories: ['disabled-by-default-v8.compile', 'v8', 'devtools.timeline'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('sa-resource-list'));
    await new Promise((done) => setTimeout(done, 500));
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const main = traceEvents.find((event) => event.name === 'ParseHTML');
    const sum = (names, onMain) =>
      traceEvents
        .filter((e) => e.ph === 'X' && names.includes(e.name) && e.pid === main.pid && (e.tid === main.tid) === onMain)
        .reduce((total, e) => total + e.dur / 1000, 0);
    return {
      // Lazy compilation of a function when it first runs, and its full parse.
      main: sum(['V8.CompileCode', 'V8.ParseFunction'], true),
      background: sum(['V8.CompileCodeBackground'], false),
    };
  } finally {
    await context.close();
  }
}

describe('CDN code compiles off the main thread', () => {
  let server;
  let browser;

  before(async () => {
    requireBuilt('packages/widgets/cdn/sa-widgets.js');
    server = await startServer({ route: agencyPageRoute });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every CDN file with code carries the hint on its second line (the first is the licence)', async () => {
    const files = ['sa-widgets.js', 'sa-widgets.es.js', 'sa-quick-exit.js', 'sa-quick-exit.es.js'];
    for (const file of await readdir(join(CDN, 'chunks'))) if (file.endsWith('.js')) files.push(`chunks/${file}`);
    // sa-widgets-es-…, sa-quick-exit-es-… and (sa-widgets.es.js's own) sa-widgets.es-es-…
    const translations = /^chunks\/sa-(widgets|quick-exit)(\.es)?-es(-[a-z-]+)?-[\w-]{8}\.js$/;
    for (const file of files) {
      const [licence, second] = (await readFile(join(CDN, file), 'utf8')).split('\n');
      assert.match(licence, /^\/\*! @stalking-awareness\/widgets \S+ \| MIT \*\/$/, file);
      if (translations.test(file)) assert.notEqual(second, HINT, `${file} is data: nothing to compile`);
      else assert.equal(second, HINT, file);
    }
  });

  it('on the README agency page, the main thread compiles less than the background does', async () => {
    const { main, background } = await compileTimes(browser, server.url('/bench/agency-page.html'));
    assert.ok(background > 0, 'no background compilation was traced');
    assert.ok(
      main < background,
      `main thread compiled for ${main.toFixed(1)} ms, the background for ${background.toFixed(1)} ms`,
    );
  });
});

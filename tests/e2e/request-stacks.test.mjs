// Every chunk the CDN bundle loads on demand (elements, translations) starts
// its request from a microtask, with a stack of one frame. Developer tools,
// Lighthouse and test drivers record the stack that starts each request; from
// a module's top level (the quick exit registers there, a tool registers at
// its chunk's top level) V8 first works out source positions for that whole
// module: traced, 3.4-5 ms of a page's main thread for the first chunk
// (issue 14). The same load from a microtask costs under 1 ms. This test
// fails when an import() is started from a deep stack again.
// Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agencyPage, agencyPageRoute } from '../../bench/agency-page.mjs';
import { launchBrowser, requireBuilt, startServer } from './harness.mjs';

/** The README agency page in Spanish, with sa-widgets.js and a tool added (its chunk and every Spanish chunk load on demand). */
async function spanishPageWithTool() {
  return (await agencyPage('es', { stringsFromChunks: true })).replace(
    '</main>',
    '<sa-safety-plan></sa-safety-plan></main>',
  );
}

/** The chunks `path` loads, with how many frames the stack that started each request had. */
async function chunkRequestStacks(browser, url) {
  const page = await browser.newPage();
  try {
    const stacks = new Map();
    page.on('request', (request) => {
      const initiator = request.initiator();
      // A chunk imported statically by another chunk has no stack: the module loader asks for it.
      if (request.url().includes('/chunks/') && initiator?.stack) {
        stacks.set(request.url().replace(/.*\/chunks\//, ''), initiator.stack.callFrames.length);
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => ['sa-resource-list', 'sa-safety-plan'].every((tag) => document.querySelector(tag)?.shadowRoot),
      { timeout: 15000 },
    );
    return stacks;
  } finally {
    await page.close();
  }
}

describe('chunks start loading from a one-frame stack', () => {
  let server;
  let browser;

  before(async () => {
    requireBuilt('packages/widgets/cdn/sa-widgets.js');
    const page = await spanishPageWithTool();
    server = await startServer({
      route: async (path) =>
        path === '/spanish-with-tool.html' ? { body: page, type: 'text/html; charset=utf-8' } : agencyPageRoute(path),
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("on a Spanish page with a tool: the elements' chunks and every translation", async () => {
    const stacks = await chunkRequestStacks(browser, server.url('/spanish-with-tool.html'));
    const names = [...stacks.keys()];
    // What this page loads on demand: the later elements, the tool, and the Spanish of each part.
    for (const expected of [
      /later-elements/,
      /safety-plan/,
      /-es-quick-exit-/,
      /-es-core-elements-/,
      /-es-[\w-]{8}\.js$/,
    ]) {
      assert.ok(
        names.some((name) => expected.test(name)),
        `no request matching ${expected} in ${names.join(', ')}`,
      );
    }
    const deep = [...stacks].filter(([, frames]) => frames > 1);
    assert.deepEqual(deep, [], 'these requests started from a stack of more than one frame');
  });
});

// React 19 renders the sa- elements, passes an array as a property and hears
// their events: examples/react, bundled by esbuild as a React app is, run in
// headless Chromium. (React ships CommonJS only, which the browser test runner
// cannot load without a bundler; hence a node test.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { REPO_ROOT, launchBrowser, startServer, trapProblems, until } from '../e2e/harness.mjs';

const require = createRequire(import.meta.url);

async function bundleReactExample() {
  const result = await build({
    entryPoints: ['tests/integrations/react-entry.tsx'],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    // The packages' TypeScript sources, so this runs without `npm run build`.
    conditions: ['sa-source'],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React example</title>
<script type="module" src="/app.js"></script></head><body><div id="root"></div></body></html>`;

describe('React 19 integration example', () => {
  let server;
  let browser;
  let page;
  let problems;

  before(async () => {
    const app = await bundleReactExample();
    server = await startServer({
      route: (path) => {
        if (path === '/') return { body: PAGE };
        if (path === '/favicon.ico') return { body: '', status: 204 };
        if (path === '/app.js') return { body: app, type: 'text/javascript; charset=utf-8' };
        return undefined;
      },
    });
    browser = await launchBrowser();
    page = await browser.newPage();
    problems = await trapProblems(page);
    await page.goto(server.url('/'));
    await until(
      () =>
        page.evaluate(() => !!document.querySelector('sa-resource-list')?.shadowRoot?.querySelector('[part~="name"]')),
      'React to render the resource list',
    );
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sets the resources array as a property, not an attribute', async () => {
    const state = await page.evaluate(() => {
      const list = document.querySelector('sa-resource-list');
      return {
        attribute: list.getAttribute('resources'),
        ids: list.resources.map((resource) => resource.id),
        names: [...list.shadowRoot.querySelectorAll('[part~="name"]')].map((name) => name.textContent.trim()),
        search: list.hasAttribute('search'),
      };
    });
    assert.equal(state.attribute, null);
    assert.deepEqual(state.ids, ['ndvh', 'victimconnect', 'nnedv-safety-net', 'womenslaw']);
    assert.ok(state.names.includes('National Domestic Violence Hotline'));
    assert.ok(!state.names.includes('LawHelp.org'), 'only the resources React passed are listed');
    assert.equal(state.search, true, 'a boolean prop becomes the attribute');
  });

  it('hears sa-resource-action through an onsa-resource-action prop', async () => {
    await page.evaluate(() =>
      document
        .querySelector('sa-resource-list')
        .shadowRoot.querySelector('[data-resource-id="ndvh"] a[data-channel="voice"]')
        .click(),
    );
    const heard = await page.evaluate(() => window.heard.actions);
    assert.deepEqual(heard, [{ resourceId: 'ndvh', channel: 'voice' }]);
    await until(
      () => page.evaluate(() => document.querySelector('[data-testid="contacts-used"]').textContent === '1'),
      'React state to update from the event',
    );
  });

  // The whole document, except axe's best-practice "region" rule, which flags the quick exit for sitting
  // outside any landmark (it sits first in the page, as the quick-exit guidance places it).
  it('passes axe', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document, { rules: { region: { enabled: false } } })).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    );
    assert.deepEqual(violations, []);
  });

  it('hears sa-exit through an onsa-exit prop, and the exit still leaves', async () => {
    await page.evaluate(() =>
      document.querySelector('sa-quick-exit').shadowRoot.querySelector('[part="control"]').click(),
    );
    const heard = await page.evaluate(() => window.heard);
    assert.deepEqual(heard.exits, ['https://www.weather.gov/']);
    assert.deepEqual(heard.navigations, ['https://www.weather.gov/']);
  });

  it('logs no console error and throws nothing', () => {
    assert.deepEqual(problems, []);
  });
});

// "npm + a bundler": examples/bundler/main.js built with esbuild's JS API
// through the published package "exports" (dist/, so run after `npm run
// build`), then loaded in headless Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { buildOptions } from '../../examples/bundler/build.mjs';
import { launchBrowser, requireBuilt, startServer, trapProblems, until } from '../e2e/harness.mjs';

const IMPORTED = ['sa-quick-exit', 'sa-hotline-banner', 'sa-legal-disclaimer'];
const NOT_IMPORTED = ['sa-resource-list', 'sa-resource-card', 'sa-safety-alert'];

describe('npm + a bundler (esbuild) example', () => {
  let result;
  let inputs;

  before(async () => {
    requireBuilt('packages/widgets/dist/quick-exit/define.js');
    result = await build({ ...buildOptions, write: false, metafile: true, logLevel: 'silent' });
    inputs = Object.keys(result.metafile.inputs);
  });

  it('resolves the define subpaths to the built dist/ files, not the TypeScript sources', () => {
    for (const name of ['quick-exit', 'hotline-banner', 'legal-disclaimer']) {
      assert.ok(
        inputs.includes(`packages/widgets/dist/${name}/define.js`),
        `${name}/define resolves to dist: ${inputs.filter((path) => path.includes(name)).join(', ')}`,
      );
    }
    assert.deepEqual(
      inputs.filter((path) => path.endsWith('.ts')),
      [],
    );
  });

  it('bundles only the elements the entry imports', () => {
    for (const folder of ['resource-list', 'safety-alert']) {
      assert.deepEqual(
        inputs.filter((path) => path.includes(`packages/widgets/dist/${folder}/`)),
        [],
        `${folder} is not in the bundle`,
      );
    }
  });

  it('includes one copy of Lit', () => {
    const litElements = inputs.filter((path) => /node_modules\/lit-element\/lit-element\.js$/.test(path));
    assert.equal(litElements.length, 1, litElements.join(', '));
  });

  describe('in Chromium', () => {
    let server;
    let browser;
    let page;
    let problems;

    before(async () => {
      const code = result.outputFiles.find((file) => file.path.endsWith('main.js')).text;
      server = await startServer({
        route: (path) => {
          if (path === '/examples/bundler/dist/main.js') return { body: code, type: 'text/javascript; charset=utf-8' };
          if (path.endsWith('.map') || path === '/favicon.ico') return { body: '', status: 204 };
          return undefined;
        },
      });
      browser = await launchBrowser();
      page = await browser.newPage();
      problems = await trapProblems(page);
      await page.goto(server.url('/examples/bundler/index.html'));
      await until(() => page.evaluate(() => !!customElements.get('sa-legal-disclaimer')), 'elements to register');
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('registers and renders exactly the imported elements', async () => {
      const state = await page.evaluate(
        (imported, notImported) => ({
          rendered: imported.filter((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount),
          registered: notImported.filter((tag) => customElements.get(tag)),
          disclaimer: document.querySelector('sa-legal-disclaimer').shadowRoot.textContent,
        }),
        IMPORTED,
        NOT_IMPORTED,
      );
      assert.deepEqual(state.rendered, IMPORTED);
      assert.deepEqual(state.registered, []);
      assert.match(state.disclaimer, /Child Support Services staff/);
    });

    it('logs no console error and throws nothing', () => {
      assert.deepEqual(problems, []);
    });
  });
});

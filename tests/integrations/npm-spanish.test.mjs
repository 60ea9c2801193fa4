// An app from npm on a Spanish page (issue 14): `@stalking-awareness/widgets/spanish`,
// imported before the define modules, builds the everyday elements' and the
// quick exit's Spanish into the app, so they render in Spanish at once, with
// no chunk of strings fetched first; `…/quick-exit/spanish` does the same for
// the quick exit alone. Each app is built with Vite through the package's
// published "exports" (dist/: run `npm run build` first), then loaded in
// Chromium on a Spanish page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import {
  REPO_ROOT,
  launchBrowser,
  quickExitAtParsed,
  recordQuickExitAtParsed,
  requireBuilt,
  startServer,
  trapProblems,
  untilRendered,
} from '../e2e/harness.mjs';

const ROOT = join(REPO_ROOT, 'node_modules/.cache/sa-npm-spanish');
const EVERYDAY = ['sa-quick-exit', 'sa-safety-alert', 'sa-hotline-banner', 'sa-resource-list', 'sa-legal-disclaimer'];
const BODY = `<sa-quick-exit><a href="https://www.weather.gov/" rel="noreferrer nofollow">Salir de esta página</a></sa-quick-exit>
<h1>Ayuda si alguien le acecha</h1>
<sa-safety-alert></sa-safety-alert><sa-hotline-banner></sa-hotline-banner>
<sa-resource-list heading-level="2"></sa-resource-list><sa-legal-disclaimer agency="Servicios de Manutención"></sa-legal-disclaimer>`;

/** The everyday elements' define modules, as an app that imports only what it uses. */
const DEFINES = ['quick-exit', 'safety-alert', 'hotline-banner', 'resource-card', 'resource-list', 'legal-disclaimer']
  .map((name) => `import '@stalking-awareness/widgets/${name}/define';\n`)
  .join('');

/** The apps: what each imports. */
const APPS = {
  'with-spanish': `import '@stalking-awareness/widgets/spanish';\n${DEFINES}`,
  'without-spanish': DEFINES,
  'quick-exit-spanish':
    "import '@stalking-awareness/widgets/quick-exit/spanish';\nimport '@stalking-awareness/widgets/quick-exit/define';\n",
};

/** Builds one app with Vite, into <app>/dist: main.js, its lazy chunks under assets/. */
async function buildApp(name, code) {
  const dir = join(ROOT, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), code);
  await build({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    build: {
      outDir: join(dir, 'dist'),
      emptyOutDir: true,
      rolldownOptions: { input: { main: join(dir, 'main.js') }, output: { entryFileNames: '[name].js' } },
    },
  });
}

/** Whether a built file holds the everyday elements' or the quick exit's Spanish. */
const holdsEverydaySpanish = (text) => text.includes('no puede dar asesoría legal');
const holdsExitSpanish = (text) => text.includes('O presione la tecla Shift tres veces.');

describe('npm: the Spanish entries build the strings in', () => {
  let server;
  let browser;

  before(async () => {
    requireBuilt('packages/widgets/dist/spanish.js');
    for (const [name, code] of Object.entries(APPS)) await buildApp(name, code);
    server = await startServer({
      route: (path) => {
        const match = /^\/([\w-]+)\/page\.html$/.exec(path);
        if (match && APPS[match[1]]) {
          const tags = match[1].startsWith('quick-exit') ? BODY.split('\n')[0] : BODY;
          return {
            body: `<!doctype html><html lang="es"><head><title>Ayuda</title>
<script type="module" src="/node_modules/.cache/sa-npm-spanish/${match[1]}/dist/main.js"></script></head><body>${tags}</body></html>`,
          };
        }
        return undefined;
      },
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Loads an app's Spanish page: the quick exit at DOMContentLoaded, each element's text, the files fetched. */
  async function open(app, tags) {
    const page = await browser.newPage();
    const from = server.requests.length;
    try {
      const problems = await trapProblems(page);
      await recordQuickExitAtParsed(page);
      await page.goto(server.url(`/${app}/page.html`));
      await untilRendered(page, tags, 'every element to render');
      await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
      const texts = await page.evaluate(
        (list) => list.map((tag) => document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' ')),
        tags,
      );
      const fetched = server.requests
        .slice(from)
        .map((request) => request.path)
        .filter((path) => path.includes(`/${app}/dist/assets/`))
        .map((path) => readFileSync(join(REPO_ROOT, path), 'utf8'));
      assert.deepEqual(problems, []);
      return { texts, fetched, exitAtParsed: await quickExitAtParsed(page) };
    } finally {
      await page.close();
    }
  }

  it('with …/spanish: every element in Spanish, the quick exit at once, no chunk of strings fetched', async () => {
    const { texts, fetched, exitAtParsed } = await open('with-spanish', EVERYDAY);
    assert.deepEqual(
      exitAtParsed,
      { defined: true, words: 'Emergencia Salir de esta página' },
      'the quick exit is in Spanish as the page parses',
    );
    assert.match(texts.at(-1), /no puede dar asesoría legal/);
    assert.deepEqual(
      fetched.filter((text) => holdsEverydaySpanish(text) || holdsExitSpanish(text)).length,
      0,
      'no Spanish chunk fetched',
    );
  });

  it('…without it, the same app fetches its Spanish first (what the entry saves)', async () => {
    const { texts, fetched } = await open('without-spanish', EVERYDAY);
    assert.match(texts.at(-1), /no puede dar asesoría legal/);
    assert.ok(fetched.some(holdsEverydaySpanish), 'the everyday elements’ Spanish came in a chunk');
  });

  it('with …/quick-exit/spanish: the quick exit alone, in Spanish as the page parses, no chunk of strings fetched', async () => {
    const { fetched, exitAtParsed } = await open('quick-exit-spanish', ['sa-quick-exit']);
    assert.deepEqual(exitAtParsed, { defined: true, words: 'Emergencia Salir de esta página' });
    assert.deepEqual(fetched.filter(holdsExitSpanish), [], 'no Spanish chunk fetched');
  });
});

// The Spanish an agency page downloads (issue #14). With sa-widgets.js, the
// five everyday elements (safety alert, hotline banner, resource card,
// resource list, legal disclaimer) load their own strings, about 3 kB, before
// they register; sa-widgets.es.js, which the README gives Spanish pages, has
// them (and the quick exit's) built in. The tools' Spanish (about 7 kB more)
// loads only where a tool is on the page, with either bundle.
// scripts/split-locales.mjs picks the everyday strings from the messages the
// elements' source can show; this test checks the pick on the README page: the
// page reads exactly as it does with every element's Spanish, so a string
// left out (English on a Spanish page) fails it. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyPageRoute } from '../../bench/agency-page.mjs';
import {
  REPO_ROOT,
  launchBrowser,
  quickExitAtParsed,
  recordQuickExitAtParsed,
  requireBuilt,
  startServer,
  trapProblems,
  until,
  untilRendered,
} from './harness.mjs';

const CHUNKS = 'packages/widgets/cdn/chunks';
const EVERYDAY = /^sa-widgets-es-core-elements-[\w-]+\.js$/;

/** The CDN's Spanish chunks: the everyday elements' and every element's (the largest). */
function spanishChunks() {
  const names = readdirSync(join(REPO_ROOT, CHUNKS)).filter((name) => /^sa-widgets-es-[\w-]+\.js$/.test(name));
  const everyday = names.find((name) => EVERYDAY.test(name));
  const size = (name) => readFileSync(join(REPO_ROOT, CHUNKS, name)).length;
  const all = names.reduce((largest, name) => (size(name) > size(largest) ? name : largest));
  return { everyday, all };
}

const TOOL_PAGE = `<!doctype html><html lang="es"><head><title>Agencia</title>
<script type="module" src="/packages/widgets/cdn/sa-widgets.js"></script></head>
<body><h1>Plan de seguridad</h1><sa-hotline-banner></sa-hotline-banner><sa-safety-plan></sa-safety-plan></body></html>`;

const QUICK_EXIT_PAGE = `<!doctype html><html lang="es"><head><title>Pagos</title>
<script type="module" src="/packages/widgets/cdn/sa-quick-exit.es.js"></script></head>
<body><sa-quick-exit><a href="https://www.weather.gov/" rel="noreferrer nofollow">Salir de esta página</a></sa-quick-exit>
<h1>Pagos</h1></body></html>`;

const ELEMENTS = ['sa-quick-exit', 'sa-safety-alert', 'sa-hotline-banner', 'sa-resource-list', 'sa-legal-disclaimer'];

describe('Spanish pages download only the Spanish their elements show', () => {
  let server;
  let browser;
  let chunks;
  /** When set, the everyday elements' chunk is answered with every element's Spanish. */
  let serveAllSpanish = false;

  before(async () => {
    requireBuilt('packages/widgets/cdn/sa-widgets.js');
    chunks = spanishChunks();
    assert.ok(chunks.everyday, 'the build wrote the everyday elements’ Spanish chunk');
    server = await startServer({
      route: async (path, url) => {
        if (serveAllSpanish && path === `/${CHUNKS}/${chunks.everyday}`) {
          return { body: readFileSync(join(REPO_ROOT, CHUNKS, chunks.all)), type: 'text/javascript; charset=utf-8' };
        }
        if (path === '/tool-es.html') {
          const bundle = new URL(url, 'http://x').search.slice(1) || 'sa-widgets.js';
          return { body: TOOL_PAGE.replace('/sa-widgets.js', `/${bundle}`) };
        }
        if (path === '/quick-exit-es.html') return { body: QUICK_EXIT_PAGE };
        return agencyPageRoute(path);
      },
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * The README page in Spanish (from `path`): each element's shadow text, the
   * Spanish chunks it asked for, and the quick exit's first rendered words.
   */
  async function readSpanishPage(path = '/bench/agency-page-es-lazy.html') {
    const page = await browser.newPage();
    const from = server.requests.length;
    try {
      const problems = await trapProblems(page);
      // The quick exit's words as its shadow root first gets them: English first would be a flash of English.
      await page.evaluateOnNewDocument(() => {
        window.__firstExitWords = new Promise((resolve) => {
          new MutationObserver((records, observer) => {
            const exit = document.querySelector('sa-quick-exit');
            const control = exit?.shadowRoot?.querySelector('[part="control"]');
            if (!control?.textContent) return;
            observer.disconnect();
            resolve(control.textContent);
          }).observe(document, { childList: true, subtree: true, attributes: true });
        });
      });
      await page.goto(server.url(path));
      await untilRendered(page, ELEMENTS, 'every element to render');
      await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
      const texts = await page.evaluate(
        (tags) =>
          Object.fromEntries(
            tags.map((tag) => [tag, document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' ').trim()]),
          ),
        ELEMENTS,
      );
      assert.deepEqual(problems, []);
      const spanish = server.requests
        .slice(from)
        .map((request) => request.path.split('/').pop())
        .filter((name) => /-es-/.test(name));
      const firstExitWords = await page.evaluate(() => window.__firstExitWords);
      return { texts, spanish, firstExitWords };
    } finally {
      await page.close();
    }
  }

  it("a Spanish page with sa-widgets.js loads the everyday elements' Spanish, not the tools'", async () => {
    const { texts, spanish, firstExitWords } = await readSpanishPage();
    assert.deepEqual(
      spanish.filter((name) => name.startsWith('sa-widgets-es-') && !name.includes('quick-exit')),
      [chunks.everyday],
    );
    assert.ok(
      readFileSync(join(REPO_ROOT, CHUNKS, chunks.everyday)).length <
        readFileSync(join(REPO_ROOT, CHUNKS, chunks.all)).length / 2,
    );
    assert.match(texts['sa-resource-list'], /Las llamadas y los mensajes de texto quedan en el registro de llamadas/);
    assert.equal(firstExitWords, 'Emergencia Salir de esta página', 'the quick exit waited for its Spanish');
  });

  it('…and reads exactly as it does with every element’s Spanish: no string is left in English', async () => {
    const { texts: everyday } = await readSpanishPage();
    serveAllSpanish = true;
    try {
      const { texts: all } = await readSpanishPage();
      for (const tag of ELEMENTS) assert.equal(everyday[tag], all[tag], `${tag} reads the same`);
    } finally {
      serveAllSpanish = false;
    }
  });

  it('with sa-widgets.es.js (as the README says): no request for strings, and every word as with the chunks', async () => {
    const chunked = await readSpanishPage();
    const builtIn = await readSpanishPage('/bench/agency-page-es.html');
    assert.deepEqual(builtIn.spanish, [], 'no Spanish chunk requested');
    for (const tag of ELEMENTS) assert.equal(builtIn.texts[tag], chunked.texts[tag], `${tag} reads the same`);
    assert.equal(builtIn.firstExitWords, 'Emergencia Salir de esta página', 'the quick exit never showed English');
  });

  it('the quick exit alone, sa-quick-exit.es.js: in Spanish and working as soon as the page has parsed, no second request', async () => {
    const page = await browser.newPage();
    const from = server.requests.length;
    try {
      const problems = await trapProblems(page);
      await recordQuickExitAtParsed(page);
      await page.goto(server.url('/quick-exit-es.html'));
      assert.deepEqual(await quickExitAtParsed(page), {
        defined: true,
        words: 'Emergencia Salir de esta página',
      });
      const requested = server.requests.slice(from).map((request) => request.path);
      assert.deepEqual(
        requested.filter((path) => path.includes('/chunks/')),
        [],
      );
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  for (const bundle of ['sa-widgets.js', 'sa-widgets.es.js']) {
    it(`a tool on a Spanish page still gets its own Spanish (every element’s strings), with ${bundle}`, async () => {
      const page = await browser.newPage();
      try {
        const problems = await trapProblems(page);
        await page.goto(server.url(`/tool-es.html?${bundle}`));
        await until(
          () => page.evaluate(() => document.querySelector('sa-safety-plan')?.shadowRoot?.childElementCount),
          'the safety plan to render',
          15000,
        );
        await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
        const plan = await page.evaluate(() => document.querySelector('sa-safety-plan').shadowRoot.textContent);
        assert.match(plan, /plan de seguridad/i);
        assert.doesNotMatch(plan, /\bsafety plan\b/i, 'no English heading left');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});

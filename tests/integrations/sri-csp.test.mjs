// Subresource Integrity for the CDN files: cdn/manifest.json (written by
// scripts/write-cdn-manifest.mjs in `npm run build`) hashes every file, and
// the embed builder's HTML, served under a strict Content Security Policy,
// loads with those hashes and refuses a file that does not match. Needs
// `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest } from '../../scripts/write-cdn-manifest.mjs';
import { buildEmbed, embedPage } from '../../stories/embed-builder/embed-html.js';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer, trapProblems, until } from '../e2e/harness.mjs';

const CDN = 'packages/widgets/cdn';
const BASE = `/${CDN}/`;
const ALL = ['sa-quick-exit', 'sa-safety-alert', 'sa-hotline-banner', 'sa-resource-list', 'sa-legal-disclaimer'];
const FORGED = `sha384-${createHash('sha384').update('not the file').digest('base64')}`;

const readManifest = () => JSON.parse(readFileSync(join(REPO_ROOT, CDN, 'manifest.json'), 'utf8'));

/** The CSP a careful host sends: only its own scripts, plus the one inline import map, by its hash. */
function strictPolicy(importMap) {
  const mapHash = createHash('sha256').update(importMap).digest('base64');
  return `default-src 'self'; script-src 'self' 'sha256-${mapHash}'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;
}

function withForgedHash(manifest, file) {
  return { ...manifest, files: { ...manifest.files, [file]: { ...manifest.files[file], integrity: FORGED } } };
}

describe('Subresource Integrity for the CDN files', () => {
  let server;
  let browser;
  const pages = new Map();

  /** Serves the embed for `manifest` at `path` under the strict policy of its own import map. */
  function servePage(path, manifest, lang = 'en') {
    const embed = buildEmbed({ manifest, lang, basePath: BASE, elements: ALL.map((tag) => ({ tag })) });
    pages.set(path, { html: embedPage(embed), policy: strictPolicy(embed.importMap) });
    return embed;
  }

  async function open(path) {
    const page = await browser.newPage();
    const problems = await trapProblems(page);
    await page.goto(server.url(path));
    return { page, problems };
  }

  before(async () => {
    requireBuilt(`${CDN}/manifest.json`, 'run `npm run build`');
    const manifest = readManifest();
    // A Spanish embed loads sa-widgets.es.js, whose lazy chunks are its own: forge them all.
    const spanishBundleChunks = Object.keys(manifest.files).filter((file) =>
      /^chunks\/sa-widgets\.es-.*\.js$/.test(file),
    );
    servePage('/page', manifest);
    servePage('/page-es', manifest, 'es');
    servePage('/forged-entry', withForgedHash(manifest, 'sa-widgets.js'));
    servePage('/forged-chunk-es', spanishBundleChunks.reduce(withForgedHash, manifest), 'es');
    server = await startServer({
      headers: (path) => (pages.has(path) ? { 'content-security-policy': pages.get(path).policy } : {}),
      route: (path) => {
        if (pages.has(path)) return { body: pages.get(path).html };
        if (path === '/favicon.ico') return { body: '', status: 204 };
        return undefined;
      },
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('manifest.json hashes every file in cdn/, chunks included, as its bytes are now', () => {
    const manifest = readManifest();
    assert.deepEqual(manifest, buildManifest(join(REPO_ROOT, CDN)));
    const names = Object.keys(manifest.files);
    for (const file of [
      'sa-widgets.js',
      'sa-widgets.es.js',
      'sa-quick-exit.es.js',
      'sa-quick-exit.js',
      'quick-exit/guard-history.js',
      'sa-widgets-undefined.css',
    ])
      assert.ok(names.includes(file), file);
    assert.ok(
      names.some((name) => name.startsWith('chunks/')),
      'the lazy chunks are listed',
    );
    assert.ok(Object.values(manifest.files).every(({ integrity }) => /^sha384-[A-Za-z0-9+/]{64}$/.test(integrity)));
  });

  it('the page with the hashes loads under a strict CSP: every element upgrades, no error, no violation', async () => {
    const { page, problems } = await open('/page');
    await until(
      () =>
        page.evaluate((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount), ALL),
      'every element to upgrade',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the Spanish chunk, loaded by import(), passes the import map integrity check', async () => {
    const { page, problems } = await open('/page-es');
    await until(
      () =>
        page.evaluate(() =>
          document.querySelector('sa-quick-exit')?.shadowRoot?.textContent?.includes('Salir de esta página'),
        ),
      'the quick exit to speak Spanish',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a tampered hash blocks the bundle; the quick exit stays a working plain link', async () => {
    const { page, problems } = await open('/forged-entry');
    await until(() => problems.some((text) => /integrity/i.test(text)), 'the integrity failure to be reported');
    const state = await page.evaluate(() => ({
      defined: !!customElements.get('sa-quick-exit'),
      link: document.querySelector('sa-quick-exit > a')?.getAttribute('href'),
    }));
    assert.deepEqual(state, { defined: false, link: 'https://www.weather.gov/' });
    await page.close();
  });

  it('a tampered chunk hash in the import map blocks that chunk; the quick exit, in the entry, still works', async () => {
    const { page, problems } = await open('/forged-chunk-es');
    await until(() => problems.some((text) => /integrity/i.test(text)), 'the chunk integrity failure to be reported');
    const state = await page.evaluate(() => ({
      list: !!customElements.get('sa-resource-list'),
      exit: document.querySelector('sa-quick-exit')?.shadowRoot?.textContent?.includes('Salir de esta página'),
    }));
    assert.deepEqual(state, { list: false, exit: true }, 'the list (from a chunk) never loads');
    await page.close();
  });
});

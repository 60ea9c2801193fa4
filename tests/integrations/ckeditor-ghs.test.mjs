// CKEditor 5 (Drupal's editor) with General HTML Support configured as the
// Drupal recipe in examples/cms/drupal says: what survives an editor's paste
// and save, and whether that content mounts on a page with the CDN bundle
// under a strict CSP. CKEditor comes from npm (`npm pack ckeditor5`, from
// npm's cache after the first run); only its self-contained browser build is
// used. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OWNER_ONLY_ATTRIBUTES } from '@stalking-awareness/widgets/mount';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer, trapProblems, until } from '../e2e/harness.mjs';

const run = promisify(execFile);
const CKEDITOR = 'ckeditor5@48.5.2';
const CACHE = join(REPO_ROOT, 'node_modules/.cache/sa-ckeditor5');
const BUNDLE = join(CACHE, 'package/dist/browser/ckeditor5.js');

/** What an editor pastes: the data-sa-widget form, and one sa- tag for contrast. */
const PASTED = `<div data-sa-widget="quick-exit"><a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></div>
<div data-sa-widget="hotline-banner" data-variant="compact" data-resource-ids="ndvh victimconnect"></div>
<div data-sa-widget="resource-list" data-categories="legal" data-search="" data-src="https://tracker.example/x.json"></div>
<sa-legal-disclaimer agency="Child Support Services"></sa-legal-disclaimer>`;

async function ckeditorBundle() {
  if (existsSync(BUNDLE)) return readFileSync(BUNDLE, 'utf8');
  mkdirSync(CACHE, { recursive: true });
  const { stdout } = await run('npm', ['pack', CKEDITOR, '--json', '--pack-destination', CACHE, '--prefer-offline'], {
    cwd: CACHE,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [{ filename }] = JSON.parse(stdout);
  await run('tar', ['-xzf', join(CACHE, filename), '-C', CACHE, 'package/dist/browser/ckeditor5.js']);
  return readFileSync(BUNDLE, 'utf8');
}

/** The Drupal recipe's `<div data-sa-widget …>` line, as the attribute list Drupal hands to GHS. */
function drupalDivAttributes() {
  const yml = readFileSync(join(REPO_ROOT, 'examples/cms/drupal/editor.editor.full_html.yml'), 'utf8');
  const [, attributes] = /'<div (data-sa-widget[^>]*)>'/.exec(yml);
  return attributes.split(/\s+/).sort();
}

function documentedDataAttributes() {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/widgets/custom-elements.json'), 'utf8'));
  const names = new Set(['data-sa-widget']);
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.customElement && declaration.tagName)
        for (const { name } of declaration.attributes ?? [])
          if (!OWNER_ONLY_ATTRIBUTES.includes(name)) names.add(`data-${name}`);
  return [...names].sort();
}

const EDITOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Editor</title></head><body>
<script type="module">
import { ClassicEditor, Essentials, Paragraph, Link, GeneralHtmlSupport } from '/ckeditor5.js';
async function saved(config) {
  const host = document.createElement('div');
  document.body.append(host);
  const editor = await ClassicEditor.create(host, { licenseKey: 'GPL', ...config });
  editor.setData(window.pasted);
  const data = editor.getData();
  await editor.destroy();
  return data;
}
const base = [Essentials, Paragraph, Link];
window.saved = {
  plain: await saved({ plugins: base }),
  ghs: await saved({
    plugins: [...base, GeneralHtmlSupport],
    htmlSupport: {
      allow: [
        { name: 'div', attributes: Object.fromEntries(window.divAttributes.map((name) => [name, true])) },
        { name: 'a', attributes: { rel: true } },
      ],
    },
  }),
};
</script></body></html>`;

describe('CKEditor 5 General HTML Support (the Drupal recipe)', { timeout: 120_000 }, () => {
  let server;
  let browser;
  let saved;

  before(async () => {
    requireBuilt('packages/widgets/cdn/sa-widgets.js');
    const bundle = await ckeditorBundle();
    server = await startServer({
      headers: (path) =>
        path === '/cms-page'
          ? { 'content-security-policy': "default-src 'self'; require-trusted-types-for 'script'" }
          : {},
      route: (path) => {
        if (path === '/ckeditor5.js') return { body: bundle, type: 'text/javascript; charset=utf-8' };
        if (path === '/editor') return { body: EDITOR_PAGE };
        if (path === '/cms-page')
          return {
            body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS page</title>
<script type="module" src="/packages/widgets/cdn/sa-widgets.js"></script></head><body><main>${saved.ghs}</main></body></html>`,
          };
        if (path === '/favicon.ico') return { body: '', status: 204 };
        return undefined;
      },
    });
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(
      (pasted, divAttributes) => Object.assign(window, { pasted, divAttributes }),
      PASTED,
      drupalDivAttributes(),
    );
    await page.goto(server.url('/editor'));
    await until(() => page.evaluate(() => !!window.saved), 'CKEditor to load and save', 30_000);
    saved = await page.evaluate(() => window.saved);
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the recipe's div line allows data-sa-widget and every documented attribute, no owner-only one", () => {
    assert.deepEqual(drupalDivAttributes(), documentedDataAttributes());
  });

  it('without General HTML Support, CKEditor keeps only the link: the elements are gone', () => {
    assert.equal(saved.plain, '<p><a href="https://www.weather.gov/">Exit this page</a></p>');
  });

  it('with the recipe, the data-sa-widget markup survives; the sa- tag and data-src do not', () => {
    const holders = [...saved.ghs.matchAll(/<div ([^>]*)>/g)].map(([, attributes]) =>
      Object.fromEntries([...attributes.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
    );
    assert.deepEqual(holders, [
      { 'data-sa-widget': 'quick-exit' },
      { 'data-sa-widget': 'hotline-banner', 'data-variant': 'compact', 'data-resource-ids': 'ndvh victimconnect' },
      { 'data-sa-widget': 'resource-list', 'data-categories': 'legal', 'data-search': '' },
    ]);
    assert.ok(
      saved.ghs.includes('<a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></div>'),
      'the quick exit link stays a direct child of its holder, with its rel',
    );
    assert.ok(!saved.ghs.includes('sa-legal-disclaimer'), saved.ghs);
  });

  it('the saved content mounts on a page with the CDN bundle under a strict CSP, with no error', async () => {
    const page = await browser.newPage();
    const problems = await trapProblems(page);
    await page.goto(server.url('/cms-page'));
    const tags = ['sa-quick-exit', 'sa-hotline-banner', 'sa-resource-list'];
    await until(
      () =>
        page.evaluate(
          (all) =>
            all.every((tag) => document.querySelector(`[data-sa-widget] > ${tag}`)?.shadowRoot?.childElementCount),
          tags,
        ),
      'the saved markup to mount',
    );
    const state = await page.evaluate(() => ({
      exit: document.querySelector('sa-quick-exit').destination,
      // CKEditor's &nbsp; filler in the empty blocks is dropped, not left as a blank line.
      blank: [...document.querySelectorAll('[data-sa-widget]')].some((holder) =>
        [...holder.childNodes].some((node) => node.nodeType === Node.TEXT_NODE),
      ),
    }));
    assert.deepEqual(state, { exit: 'https://www.weather.gov/', blank: false });
    assert.deepEqual(problems, []);
    await page.close();
  });
});

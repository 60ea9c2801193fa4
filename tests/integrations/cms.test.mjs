// CMS HTML blocks (examples/cms): the allow-list recipes for WordPress (KSES and
// TinyMCE) and Drupal (CKEditor 5 source editing and filter_html) must cover
// every attribute the elements document, and the content editors paste must
// work on a page with the CDN bundle. WordPress and Drupal themselves are not
// run here. Needs `npm run build` (the CDN bundle and custom-elements.json).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer, trapProblems, until } from '../e2e/harness.mjs';

const require = createRequire(import.meta.url);
const read = (path) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** Left out of every CMS allow-list on purpose: a data URL and a storage opt-in are the site owner's decisions. */
const OWNER_ONLY = new Set(['src', 'remember-dismissal']);

/** tag → sorted attribute names, from `<sa-x a b>`-style specs. */
function fromSpecs(specs) {
  return Object.fromEntries(
    [...specs].map(([, tag, attributes]) => [tag, attributes.trim().split(/\s+/).filter(Boolean).sort()]),
  );
}

function documentedAttributes() {
  const manifest = JSON.parse(read('packages/widgets/custom-elements.json'));
  const tags = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      tags[declaration.tagName] = (declaration.attributes ?? [])
        .map((attribute) => attribute.name)
        .filter((name) => !OWNER_ONLY.has(name))
        .sort();
    }
  }
  return tags;
}

function wordpressAttributes() {
  const php = read('examples/cms/wordpress/sa-widgets/sa-widgets.php');
  const rows = php.matchAll(/'(sa-[a-z-]+)'\s*=>\s*array\(([^)]*)\)/g);
  return Object.fromEntries(
    [...rows].map(([, tag, body]) => [tag, [...body.matchAll(/'([a-z-]+)'\s*=>\s*true/g)].map((m) => m[1]).sort()]),
  );
}

const drupalEditor = () =>
  fromSpecs(read('examples/cms/drupal/editor.editor.full_html.yml').matchAll(/'<(sa-[a-z-]+)([^>]*)>'/g));
const drupalFilter = () =>
  fromSpecs(read('examples/cms/drupal/filter.format.full_html.yml').matchAll(/<(sa-[a-z-]+)([^>]*)>/g));

/** Every sa- tag and attribute the editor content uses. */
function contentAttributes() {
  const html = read('examples/cms/editor-content.html');
  const used = {};
  for (const [, tag, attributes] of html.matchAll(/<(sa-[a-z-]+)([^>]*)>/g)) {
    const names = [...attributes.matchAll(/([a-z-]+)(?:="[^"]*")?/g)].map((m) => m[1]);
    used[tag] = [...new Set([...(used[tag] ?? []), ...names])];
  }
  return used;
}

describe('CMS HTML block recipes', () => {
  before(() => requireBuilt('packages/widgets/custom-elements.json', 'run `npm run build` (or `npm run analyze`)'));

  for (const [name, list] of [
    ['WordPress wp_kses_allowed_html / TinyMCE', wordpressAttributes],
    ['Drupal CKEditor 5 "Manually editable HTML tags"', drupalEditor],
    ['Drupal "Limit allowed HTML tags"', drupalFilter],
  ]) {
    it(`${name} lists every element and every attribute it documents`, () => {
      assert.deepEqual(list(), documentedAttributes());
    });
  }

  it('the pasted content uses only allow-listed tags and attributes', () => {
    const allowed = documentedAttributes();
    for (const [tag, attributes] of Object.entries(contentAttributes())) {
      assert.ok(allowed[tag], `${tag} is allow-listed`);
      for (const attribute of attributes) assert.ok(allowed[tag].includes(attribute), `${tag} ${attribute}`);
    }
  });

  describe('the pasted content on a page with the CDN bundle and a strict CSP, in Chromium', () => {
    let server;
    let browser;
    let page;
    let problems;

    before(async () => {
      requireBuilt('packages/widgets/cdn/sa-widgets.js');
      const body = read('examples/cms/editor-content.html');
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS page</title>
<script type="module" src="/packages/widgets/cdn/sa-widgets.js"></script></head>
<body><main><h1>If someone is stalking you</h1>${body}</main></body></html>`;
      server = await startServer({
        // A CMS that sends a strict policy: nothing inline, no eval, Trusted Types enforced.
        headers: (path) =>
          path === '/page'
            ? { 'content-security-policy': "default-src 'self'; require-trusted-types-for 'script'" }
            : {},
        route: (path) => {
          if (path === '/page' || path === '/page-for-axe') return { body: html };
          if (path === '/favicon.ico') return { body: '', status: 204 };
          return undefined;
        },
      });
      browser = await launchBrowser();
      page = await browser.newPage();
      problems = await trapProblems(page);
      await page.goto(server.url('/page'));
      await until(
        () =>
          page.evaluate(
            () => !!document.querySelector('sa-resource-list')?.shadowRoot?.querySelector('[part~="name"]'),
          ),
        'the resource list to render',
      );
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('upgrades every element', async () => {
      const tags = Object.keys(contentAttributes());
      const empty = () =>
        page.evaluate(
          (names) => names.filter((tag) => !document.querySelector(tag)?.shadowRoot?.childElementCount),
          tags,
        );
      // The tools (the safety plan…) load from chunks/ when their tag is used: give them the time a chunk takes.
      await until(async () => (await empty()).length === 0, 'every element to render').catch(() => {});
      assert.deepEqual(await empty(), []);
    });

    it('logs no error and no CSP violation', () => {
      assert.deepEqual(problems, []);
    });

    it('passes axe', async () => {
      // The same page without the policy, which would (rightly) block injecting axe itself.
      const axePage = await browser.newPage();
      await axePage.goto(server.url('/page-for-axe'));
      await until(
        () =>
          axePage.evaluate(
            () => !!document.querySelector('sa-resource-list')?.shadowRoot?.querySelector('[part~="name"]'),
          ),
        'the resource list to render',
      );
      await axePage.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      // Every rule on the whole document: content from a CMS block sits inside the page's <main>.
      const violations = await axePage.evaluate(async () =>
        (await window.axe.run(document)).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
      assert.deepEqual(violations, []);
    });
  });
});

// The CDN build and dist/ ship our css`…` templates compacted (comments and
// insignificant white space gone: scripts/rollup-minify-css.mjs and
// scripts/compact-dist-css.mjs), templates with `${…}` expressions included.
// A style rule lost or changed there would change how an element looks on
// every page, so this test reads every css`…` template in the sources,
// compacts it and has Chromium parse both texts: the rules it keeps must be
// the same. It also checks that compacting dist/ keeps every line where tsc's
// source maps expect it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compactCssTemplates, minifyCssTemplate } from '../../scripts/rollup-minify-css.mjs';
import { REPO_ROOT, launchBrowser } from '../e2e/harness.mjs';

const TEMPLATE = /\bcss ?`((?:[^`\\$]|\$(?!\{)|\$\{[^`{}]*\})*)`/g;
const EXPRESSION = /\$\{[^`{}]*\}/g;

async function sourceFiles() {
  const files = [];
  for (const name of ['core', 'widgets']) {
    const src = join(REPO_ROOT, 'packages', name, 'src');
    for (const file of await readdir(src, { recursive: true })) {
      if (String(file).endsWith('.ts') && !String(file).includes('generated')) files.push(join(src, String(file)));
    }
  }
  return files;
}

describe('compacted css`…` templates', () => {
  let browser;
  let page;
  const templates = [];
  const codes = [];

  before(async () => {
    for (const file of await sourceFiles()) {
      const code = await readFile(file, 'utf8');
      codes.push(code);
      for (const [, text] of code.matchAll(TEMPLATE)) templates.push(text);
    }
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  after(() => browser?.close());

  it('keep every rule Chromium reads, in templates with and without expressions', async () => {
    const withExpressions = templates.filter((text) => text.includes('${'));
    assert.ok(templates.length >= 15, `only ${templates.length} css templates found`);
    assert.ok(withExpressions.length >= 3, `only ${withExpressions.length} css templates with expressions found`);
    // An expression is another style sheet or a value: both texts lose the same ones.
    const pairs = templates.map((text) => [
      text.replace(EXPRESSION, ''),
      minifyCssTemplate(text).replace(EXPRESSION, ''),
    ]);
    const differences = await page.evaluate((pairs) => {
      const rules = (text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        // Chromium keeps a var()'s or custom property's own white space: ", " and "," read the same.
        return [...sheet.cssRules]
          .map((rule) => rule.cssText)
          .join('\n')
          .replace(/\s*,\s*/g, ',');
      };
      return pairs
        .map(([original, compacted]) => [rules(original), rules(compacted)])
        .filter(([original, compacted]) => original !== compacted);
    }, pairs);
    assert.deepEqual(differences, []);
    const saved = pairs.reduce((sum, [original, compacted]) => sum + original.length - compacted.length, 0);
    assert.ok(saved > 5000, `compacting saved only ${saved} characters`);
  });

  it('keep white space next to an expression, where it can matter', () => {
    assert.equal(minifyCssTemplate('\n  .a {\n    margin: ${x} 0;\n  }\n  ${rest}\n'), '.a{margin:${x} 0}${rest}');
    assert.equal(minifyCssTemplate(' ${sheet}\n  :host ${part} { color: red; }'), '${sheet} :host ${part}{color:red}');
  });

  it('keep every line of dist/ in place, for its source maps', () => {
    for (const code of codes) {
      const compacted = compactCssTemplates(code, { keepLines: true });
      assert.equal(compacted.split('\n').length, code.split('\n').length);
    }
  });
});

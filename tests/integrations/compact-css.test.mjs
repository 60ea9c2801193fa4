// The CDN build and dist/ ship our css`…` templates compacted (comments and
// insignificant white space gone: scripts/rollup-minify-css.mjs and
// scripts/compact-dist.mjs), templates with `${…}` expressions included.
// A style rule lost or changed there would change how an element looks on
// every page, so this test reads every css`…` template in the sources,
// compacts it and has Chromium parse both texts: the rules it keeps must be
// the same. It also checks that dist/, compacted and without indentation,
// keeps source maps that point at the code they name (needs `npm run build`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { dedent, shiftMap } from '../../scripts/compact-dist.mjs';
import { CSS_TEMPLATE, compactCssTemplates, minifyCssTemplate } from '../../scripts/rollup-minify-css.mjs';
import { REPO_ROOT, launchBrowser } from '../e2e/harness.mjs';

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
      for (const [, text] of code.matchAll(CSS_TEMPLATE)) templates.push(text);
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
        // Chromium keeps a var()'s, a custom property's or a calc()'s own white space: ", " and ","
        // read the same, as do "x / 2" and "x/2" in calc() (only + and - need spaces there).
        return [...sheet.cssRules]
          .map((rule) => rule.cssText)
          .join('\n')
          .replace(/\s*,\s*/g, ',')
          .replace(/calc\((?:[^()]|\([^()]*\))*\)/g, (calc) => calc.replace(/\s*([*/])\s*/g, '$1'));
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

  it('moves each line of a source map by the indentation its line lost', () => {
    const { code, removed } = dedent('a();\n    b();\n  c();');
    assert.equal(code, 'a();\nb();\nc();');
    // "AAAA;IACA;EACA": columns 0, 4 and 2 on three lines, one source line each.
    const map = {
      version: 3,
      file: 'a.js',
      sources: ['a.ts'],
      sourcesContent: ['a'],
      names: [],
      mappings: 'AAAA;IACA;EACA',
    };
    const shifted = shiftMap(map, removed);
    assert.equal(shifted.mappings, 'AAAA;AACA;AACA');
    assert.deepEqual([shifted.sources, shifted.sourcesContent], [['a.ts'], ['a']]);
  });

  it("leave dist/'s source maps pointing at the code they name", async () => {
    const dist = join(REPO_ROOT, 'packages/widgets/dist');
    assert.ok(existsSync(dist), 'run `npm run build` first');
    let named = 0;
    let matching = 0;
    for (const file of await readdir(dist, { recursive: true })) {
      if (!String(file).endsWith('.js')) continue;
      const path = join(dist, String(file));
      const generated = (await readFile(path, 'utf8')).split('\n');
      const map = JSON.parse(await readFile(`${path}.map`, 'utf8'));
      const original = map.sourcesContent[0].split('\n');
      assert.ok(!generated.some((line) => /^[ \t]+\S/.test(line)), `${file} keeps indentation`);
      new SourceMapConsumer(map).eachMapping((m) => {
        const word = original[m.originalLine - 1]?.slice(m.originalColumn, m.originalColumn + 4) ?? '';
        if (!/^[A-Za-z_$]{4}$/.test(word)) return; // an identifier in the TypeScript: the same in the output
        named += 1;
        if (generated[m.generatedLine - 1]?.slice(m.generatedColumn, m.generatedColumn + 4) === word) matching += 1;
      });
    }
    // tsc's own maps match about 98% of these; a map left unshifted matches almost none.
    assert.ok(named > 5000, `only ${named} mapped identifiers`);
    assert.ok(matching / named > 0.95, `${matching} of ${named} mapped identifiers found where the map says`);
  });
});

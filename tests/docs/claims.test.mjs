// Docs never overclaim (issue 12, item 5). A quick exit replaces the page in
// Back; the visit stays in the browser's history list. No widget can promise a
// person is never at risk. A private window does not hide a visit from
// monitoring software. Search engines are poor exit destinations. These
// phrases were all once in the docs; this test keeps them out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['stories', 'packages/widgets/src', 'packages/core/src', 'examples'];
const FILES = ['README.md', 'SECURITY.md'];
const EXTENSIONS = /\.(mdx?|ts|tsx|js|mjs|html|php)$/;

function collect(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(path).isDirectory()) return collect(path);
    return EXTENSIONS.test(name) ? [path] : [];
  });
}

const documents = [...FILES, ...ROOTS.flatMap(collect)].map((path) => ({
  path,
  text: readFileSync(path, 'utf8').replace(/\s+/g, ' '),
}));

const OVERCLAIMS = [
  [/no history entry/i, 'a quick exit replaces the page in Back; the visit stays in the history list'],
  [/without a trace/i, 'nothing on the web leaves no trace'],
  [/leaves?( this tab's)? history/i, 'the page is replaced in Back, it does not leave the history list'],
  [/never puts? (them|people|anyone|you) at risk/i, 'no widget can promise that'],
  [
    /(come back|return)[^.]*private window|private window[^.]*(come back|return|safe)/i,
    'a private window on a monitored device does not help',
  ],
  [/google\.com\/search|bing\.com\/search|duckduckgo\.com\/\?/i, 'search engines can show signed-in history'],
];

describe('docs never overclaim', () => {
  it('reads the docs, stories, sources and examples', () => {
    assert.ok(documents.length > 50, `only ${documents.length} files found`);
  });

  for (const [pattern, why] of OVERCLAIMS) {
    it(`never says ${pattern} (${why})`, () => {
      const found = documents.filter(({ text }) => pattern.test(text)).map(({ path }) => path);
      assert.deepEqual(found, []);
    });
  }
});

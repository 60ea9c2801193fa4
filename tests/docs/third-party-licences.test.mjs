// The CDN files bundle other packages' code (Lit), and the minifier keeps only
// our own header, so cdn/THIRD-PARTY-LICENSES.txt carries their licences
// (written by scripts/copy-assets.mjs). This test reads every CDN file's
// source map and fails when a bundled package is missing from that notice,
// so a new dependency cannot ship without its licence. Needs `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CDN = 'packages/widgets/cdn';

function sourceMaps(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceMaps(path);
    return entry.name.endsWith('.js.map') ? [path] : [];
  });
}

/** "lit-html", "@lit/reactive-element": the package a node_modules path is in. */
const packageOf = (source) => {
  const [first, second] = source.split('node_modules/').at(-1).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
};

describe('CDN third-party licences', () => {
  it('names, with its licence text, every package the CDN files bundle', () => {
    assert.ok(existsSync(join(CDN, 'sa-widgets.js')), 'run `npm run build` first');
    const bundled = new Set();
    for (const map of sourceMaps(CDN)) {
      for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
        if (source.includes('node_modules/')) bundled.add(packageOf(source));
      }
    }
    assert.ok(bundled.has('lit-html'), 'the CDN bundles Lit: its source maps should say so');
    const notice = readFileSync(join(CDN, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of bundled) {
      const { version, license } = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
      assert.ok(
        notice.includes(`${name} ${version} (${license})`),
        `${name} ${version} is bundled but not in the notice`,
      );
    }
    assert.match(notice, /Copyright \(c\) 2017 Google LLC/);
  });
});

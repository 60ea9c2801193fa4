// The data entry is what Node users and sa-validate import: it must load in
// plain Node (no DOM, no Lit) and hold the data side of core.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/data.js', import.meta.url));

/** Every package (bare specifier) the module graph below `file` imports. */
function packagesImportedBy(file, seen = new Set(), found = new Set()) {
  if (seen.has(file)) return found;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
    if (specifier.startsWith('.')) packagesImportedBy(resolve(dirname(file), specifier), seen, found);
    else found.add(specifier);
  }
  return found;
}

describe('@stalking-awareness/core/data', () => {
  it('imports no package at all: no Lit, no localization runtime', () => {
    assert.deepEqual([...packagesImportedBy(entry)], []);
  });

  it('loads in Node by its public name and validates, adapts and reports open status', async () => {
    const data = await import('@stalking-awareness/core/data');
    assert.equal(typeof data.validateResources, 'function');
    assert.equal(typeof data.fromHsds, 'function');
    assert.equal(typeof data.openStatus, 'function');
    assert.ok(data.defaultResources.length > 0);
    assert.deepEqual(data.validateResources(data.defaultResources).issues, []);
    assert.equal(data.parseLocalDate('2026-02-30'), undefined);
    assert.equal(data.parseLocalDate('2026-03-02')?.toISOString(), '2026-03-02T00:00:00.000Z');
  });
});

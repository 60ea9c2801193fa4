// The theming example and the full agency page style the elements only through
// names the elements document: every `--sa-*` token is a shared design token or
// one the element lists, and every `::part()` is one the element exposes. A
// renamed part or token fails here instead of silently un-theming the examples.
// Needs custom-elements.json (`npm run build` or `npm run analyze`).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, requireBuilt } from '../e2e/harness.mjs';

const read = (path) => readFileSync(join(REPO_ROOT, path), 'utf8');
const STYLED_FILES = ['stories/theming-example.stories.ts', 'stories/full-agency-page.css'];

describe('theming names used by the examples', () => {
  let elements;
  let sharedTokens;

  before(() => {
    requireBuilt('packages/widgets/custom-elements.json', 'run `npm run build` (or `npm run analyze`)');
    const manifest = JSON.parse(read('packages/widgets/custom-elements.json'));
    elements = new Map();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName) continue;
        elements.set(declaration.tagName, {
          parts: new Set((declaration.cssParts ?? []).map((part) => part.name)),
          tokens: new Set((declaration.cssProperties ?? []).map((token) => token.name)),
        });
      }
    }
    sharedTokens = new Set(
      [...read('packages/core/src/tokens/design-tokens.ts').matchAll(/name: '(--sa-[a-z-]+)'/g)].map((m) => m[1]),
    );
    assert.ok(sharedTokens.has('--sa-color-accent'), 'the shared design tokens were found');
  });

  for (const file of STYLED_FILES) {
    it(`${file}: every ::part() is one the element exposes`, () => {
      const uses = [...read(file).matchAll(/(sa-[a-z-]+)::part\(([a-z-]+)\)/g)];
      assert.ok(file.endsWith('.css') || uses.length > 0, 'the theming example styles some parts');
      for (const [, tag, part] of uses) {
        assert.ok(elements.get(tag)?.parts.has(part), `${tag}::part(${part})`);
      }
    });

    it(`${file}: every --sa-* token is a shared token or one an element documents`, () => {
      const documented = new Set([...sharedTokens, ...[...elements.values()].flatMap((e) => [...e.tokens])]);
      const used = new Set([...read(file).matchAll(/(--sa-[a-z-]+)\s*['"]?\s*:/g)].map((m) => m[1]));
      assert.ok(used.size > 0, 'the file sets some tokens');
      for (const token of used) assert.ok(documented.has(token), token);
    });
  }
});

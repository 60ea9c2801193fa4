// Compacts the packages' dist/ after `tsc -b`, as the CDN build compacts its
// sources (scripts/rollup-minify-css.mjs): an app's bundler minifies code but
// leaves template text alone, so the comments and indentation of our style
// sheets and html`…` templates would otherwise ship in every app that
// installs the package.
//
// - css`…` templates are compacted, their lost line breaks kept at the
//   template's end, so every later line keeps its number;
// - every line loses its indentation (in html`…` templates it is white space
//   the browser collapses; in code it means nothing), and tsc's source map
//   moves each line's columns by as much (source-map-js), so it still points
//   right.
//
// The readable sources ship in src/.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SourceMapConsumer, SourceMapGenerator } from 'source-map-js';
import { compactCssTemplates } from './rollup-minify-css.mjs';

/**
 * `map` (a parsed source map) with each generated line's columns moved left
 * by `removed[line]` (0-based lines; never below column 0).
 */
export function shiftMap(map, removed) {
  const generator = new SourceMapGenerator({ file: map.file, sourceRoot: map.sourceRoot });
  new SourceMapConsumer(map).eachMapping((mapping) => {
    const line = mapping.generatedLine;
    generator.addMapping({
      generated: { line, column: Math.max(0, mapping.generatedColumn - (removed[line - 1] ?? 0)) },
      ...(mapping.source != null && {
        source: mapping.source,
        original: { line: mapping.originalLine, column: mapping.originalColumn },
        name: mapping.name ?? undefined,
      }),
    });
  });
  map.sources.forEach((source, index) => {
    if (map.sourcesContent?.[index] != null) generator.setSourceContent(source, map.sourcesContent[index]);
  });
  return generator.toJSON();
}

/** `code` without indentation, and how many characters each line lost. */
export function dedent(code) {
  const removed = [];
  const lines = code.split('\n').map((line, index) => {
    const trimmed = line.replace(/^[ \t]+/, '');
    removed[index] = line.length - trimmed.length;
    return trimmed;
  });
  return { code: lines.join('\n'), removed };
}

/** Compacts every dist/*.js of both packages (and moves its source map to match). */
function compactDist() {
  let saved = 0;
  for (const name of ['core', 'widgets']) {
    const dist = `packages/${name}/dist`;
    for (const file of readdirSync(dist, { recursive: true })) {
      if (!String(file).endsWith('.js')) continue;
      const path = join(dist, String(file));
      const original = readFileSync(path, 'utf8');
      const { code, removed } = dedent(compactCssTemplates(original, { keepLines: true }));
      if (code === original) continue;
      saved += original.length - code.length;
      writeFileSync(path, code);
      if (existsSync(`${path}.map`)) {
        const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
        writeFileSync(`${path}.map`, JSON.stringify(shiftMap(map, removed)));
      }
    }
  }
  console.log(`dist/: templates and indentation compacted, ${saved} characters less`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) compactDist();

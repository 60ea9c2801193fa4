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
//   moves each line's columns by as much, so it still points right.
//
// The readable sources ship in src/.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compactCssTemplates } from './rollup-minify-css.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeSegment(values) {
  let out = '';
  for (const number of values) {
    let value = number < 0 ? (-number << 1) | 1 : number << 1;
    do {
      let digit = value & 31;
      value >>>= 5;
      if (value > 0) digit |= 32;
      out += BASE64[digit];
    } while (value > 0);
  }
  return out;
}

/** `mappings` with each generated line's columns moved left by `removed[line]` (never below 0). */
export function shiftColumns(mappings, removed) {
  return mappings
    .split(';')
    .map((line, index) => {
      const by = removed[index] ?? 0;
      if (!by || !line) return line;
      let column = 0; // absolute, before the shift
      let previous = 0; // absolute, after the shift
      return line
        .split(',')
        .map((segment) => {
          const values = decodeSegment(segment);
          column += values[0];
          const shifted = Math.max(0, column - by);
          values[0] = shifted - previous;
          previous = shifted;
          return encodeSegment(values);
        })
        .join(',');
    })
    .join(';');
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
        map.mappings = shiftColumns(map.mappings, removed);
        writeFileSync(`${path}.map`, JSON.stringify(map));
      }
    }
  }
  console.log(`dist/: templates and indentation compacted, ${saved} characters less`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) compactDist();

// Compacts the CSS of the css`…` templates in the packages' dist/ after
// `tsc -b`, as the CDN build does (scripts/rollup-minify-css.mjs): an app's
// bundler minifies code but leaves template text alone, so the comments and
// indentation of our style sheets would otherwise ship in every app that
// installs the package. Line breaks are kept at each template's end, so
// tsc's source maps still point at the right lines. The readable sources
// ship in src/.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactCssTemplates } from './rollup-minify-css.mjs';

let saved = 0;
for (const name of ['core', 'widgets']) {
  const dist = `packages/${name}/dist`;
  for (const file of readdirSync(dist, { recursive: true })) {
    if (!String(file).endsWith('.js')) continue;
    const path = join(dist, String(file));
    const code = readFileSync(path, 'utf8');
    if (!code.includes('css `') && !code.includes('css`')) continue;
    const compacted = compactCssTemplates(code, { keepLines: true });
    saved += code.length - compacted.length;
    if (compacted !== code) writeFileSync(path, compacted);
  }
}
console.log(`dist/: css\`…\` templates compacted, ${saved} characters less`);

// Copies the plain assets next to the built code: the :not(:defined)
// stylesheet that reserves each element's space before it upgrades, and the
// licences of the code the CDN files bundle (Lit, BSD-3-Clause, whose notice
// a redistribution must carry; the minifier keeps only our own header).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const COPIES = [
  ['packages/widgets/src/styles/undefined.css', 'packages/widgets/cdn/sa-widgets-undefined.css'],
  ['packages/widgets/src/styles/undefined.css', 'packages/widgets/dist/styles/undefined.css'],
];

for (const [from, to] of COPIES) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

/** The packages whose code is inside the CDN files (tests/docs/third-party-licences.test.mjs checks their source maps). */
const BUNDLED = ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'];
const notices = BUNDLED.map((name) => {
  const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  const text = readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim();
  return `${name} ${version} (${license})\n\n${text}\n`;
});
writeFileSync(
  'packages/widgets/cdn/THIRD-PARTY-LICENSES.txt',
  `The files in this folder include code from these packages, under their licences:\n\n${notices.join('\n---\n\n')}`,
);

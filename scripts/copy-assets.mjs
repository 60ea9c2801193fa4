// Copies the plain CSS assets next to the built code: the :not(:defined)
// stylesheet that reserves each element's space before it upgrades.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const COPIES = [
  ['packages/widgets/src/styles/undefined.css', 'packages/widgets/cdn/sa-widgets-undefined.css'],
  ['packages/widgets/src/styles/undefined.css', 'packages/widgets/dist/styles/undefined.css'],
];

for (const [from, to] of COPIES) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

// The npm path's size: what a site ships when it installs the package and
// builds with Vite (lit bundled in, minified, as an app build would). Builds
// the six core elements' define modules with mounting, and define-all
// (resolved to dist/ like any app), into .size/, which .size-limit.json measures. Run after `npm run
// build`; `npm run size` runs it first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const OUT = resolve('.size');
const CORE_ELEMENTS = [
  'quick-exit',
  'hotline-banner',
  'resource-card',
  'resource-list',
  'legal-disclaimer',
  'safety-alert',
];
const ENTRIES = {
  // The six core elements and data-sa-widget mounting, each registered through its public define module.
  'vite-six-elements':
    CORE_ELEMENTS.map((name) => `import '@stalking-awareness/widgets/${name}/define';\n`).join('') +
    "import { observeWidgets } from '@stalking-awareness/widgets/mount';\nobserveWidgets(document);\n",
  // define-all: the six and the four tools (safety plan, stalking log and facts, safe access).
  'vite-all-elements': "import '@stalking-awareness/widgets/define-all';\n",
};

const source = join(OUT, 'src');
mkdirSync(source, { recursive: true });
for (const [name, code] of Object.entries(ENTRIES)) writeFileSync(join(source, `${name}.js`), code);

// One build per entry, as two separate apps: a shared chunk would otherwise
// hide most of each entry's weight from its own figure.
for (const name of Object.keys(ENTRIES)) {
  await build({
    root: OUT,
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: join(OUT, 'dist', name),
      emptyOutDir: true,
      rolldownOptions: {
        input: { [name]: join(source, `${name}.js`) },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

// The npm path's size: what a site ships when it installs the package and
// builds with Vite (lit bundled in, minified, as an app build would). Builds
// `import '@stalking-awareness/widgets/define-all'` (resolved to dist/ like
// any app) into .size/, which .size-limit.json measures. Run after `npm run
// build`; `npm run size` runs it first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const OUT = resolve('.size');
const ENTRIES = { 'vite-all-elements': "import '@stalking-awareness/widgets/define-all';\n" };

const source = join(OUT, 'src');
mkdirSync(source, { recursive: true });
for (const [name, code] of Object.entries(ENTRIES)) writeFileSync(join(source, `${name}.js`), code);

await build({
  root: OUT,
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir: join(OUT, 'dist'),
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, join(source, `${name}.js`)])),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

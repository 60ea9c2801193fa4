// Builds, with Vite, a page whose only import is
// `@stalking-awareness/widgets/quick-exit/define` — the npm path a site takes
// to load the quick exit first — so .size-limit.json can hold it to a budget.
// Resolves the package through its published "exports" (dist/: run
// `npm run build` first). Output: node_modules/.cache/sa-size/vite-quick-exit/
// (page.js, plus the lazy Spanish chunk under chunks/).
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../tests/fixtures/size/', import.meta.url));
const outDir = fileURLToPath(new URL('../node_modules/.cache/sa-size/vite-quick-exit/', import.meta.url));

await build({
  root,
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: {
      input: `${root}quick-exit-only.html`,
      output: { entryFileNames: 'page.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// Builds examples/bundler/main.js with esbuild, as an agency's own build would:
//   node examples/bundler/build.mjs   →   examples/bundler/dist/main.js
// Vite, Rollup and webpack resolve the same package "exports" the same way.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const buildOptions = {
  entryPoints: [fileURLToPath(new URL('./main.js', import.meta.url))],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outdir: fileURLToPath(new URL('./dist', import.meta.url)),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build(buildOptions);
}

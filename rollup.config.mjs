// CDN build: drop-in ES modules with lit bundled, for a plain
// <script type="module" src=".../sa-widgets.js">. (The npm build is `tsc -b`:
// one ES module per source file, lit external, .d.ts and sourcemaps.)
//
// Each entry is built on its own so it stays one self-contained module; only
// what is loaded lazily (translations, large data) is split into chunks/.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { minifyCss } from './scripts/rollup-minify-css.mjs';

const { version, browser: browserFiles } = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8'));
// Start clean, so chunks of earlier builds never ship beside the new ones.
rmSync('packages/widgets/cdn', { recursive: true, force: true });

const banner = `/*! @stalking-awareness/widgets ${version} | MIT */`;

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a
 * comment): a file with it is compiled whole on a background thread while it
 * downloads, instead of function by function on the main thread the first
 * time each runs. Our code runs as soon as it loads (elements register and
 * render), so that work leaves the page's main thread: about 10 ms less on
 * the README agency page (issue 14). Translations are data, with no
 * functions to compile, so they go without.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const bannerFor = (chunk) =>
  /generated\/locales\//.test(chunk.facadeModuleId ?? '') ? banner : `${banner}\n${COMPILE_HINT}`;

/**
 * Applies the widgets package's "browser" field to its own sources, as Vite,
 * webpack and esbuild do for dist/: a server-only module (the quick exit's
 * server template) is swapped for its browser stand-in. The CDN is for
 * browsers only.
 */
function browserFieldOfOwnSources() {
  return {
    name: 'sa-browser-field',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const standIn = resolved && browserFiles[`./${relative('packages/widgets', resolved.id)}`];
      return standIn ? resolve('packages/widgets', standIn) : null;
    },
  };
}

/** @param {string} input @param {string} name */
function cdnEntry(input, name) {
  return {
    input,
    output: {
      dir: 'packages/widgets/cdn',
      format: 'es',
      entryFileNames: `${name}.js`,
      // Lazily loaded elements are all `<element>/define.ts`: name their chunk
      // after the element. Split translations (generated/locales/<part>/es.ts)
      // are named after their part, e.g. sa-widgets-es-core-elements-….js.
      chunkFileNames: (chunk) => {
        const folder = chunk.facadeModuleId?.match(/src\/([^/]+)\/define\.ts$/)?.[1];
        let part = chunk.facadeModuleId?.match(/generated\/locales\/([^/]+)\/[^/]+\.ts$/)?.[1];
        if (part && name.endsWith(part)) part = undefined; // sa-quick-exit-es-…, not sa-quick-exit-es-quick-exit-…
        return `chunks/${name}-${folder ?? (part ? `[name]-${part}` : '[name]')}-[hash].js`;
      },
      sourcemap: true,
      banner: bannerFor,
    },
    plugins: [
      browserFieldOfOwnSources(),
      nodeResolve({ exportConditions: ['sa-source', 'browser', 'production', 'import', 'default'] }),
      minifyCss(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: false }),
      terser({
        ecma: 2022,
        module: true,
        format: { comments: /^!|^# allFunctionsCalledOnLoad$/ },
        // unsafe_arrows: a function expression that uses no `this` becomes an arrow (none of ours or
        // Lit's is called with `new`); keep_fargs: unused trailing parameters go (nothing reads a
        // function's length). Together about 50 B off sa-widgets.js and 20 B off the quick exit.
        compress: { passes: 3, unsafe_arrows: true, keep_fargs: false },
      }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  };
}

/**
 * The quick exit's optional history guard: a classic script (not a module),
 * so it can sit in <head> and run before the page's first paint.
 */
const guardHistoryScript = {
  input: 'packages/widgets/src/quick-exit/guard-history.ts',
  output: { file: 'packages/widgets/cdn/quick-exit/guard-history.js', format: 'iife', banner },
  plugins: [
    esbuild({ target: 'es2020', tsconfig: 'tsconfig.base.json' }),
    terser({ ecma: 2020, format: { comments: /^!/ } }),
  ],
};

export default [
  cdnEntry('packages/widgets/src/cdn/sa-widgets.ts', 'sa-widgets'),
  cdnEntry('packages/widgets/src/cdn/sa-widgets.es.ts', 'sa-widgets.es'),
  cdnEntry('packages/widgets/src/quick-exit/define.ts', 'sa-quick-exit'),
  cdnEntry('packages/widgets/src/cdn/sa-quick-exit.es.ts', 'sa-quick-exit.es'),
  guardHistoryScript,
];

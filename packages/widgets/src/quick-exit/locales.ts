import type { LocaleLoaders } from '@stalking-awareness/core';

/**
 * The quick exit's own translations: only its `quick-exit.*` strings
 * (written by scripts/split-locales.mjs after `npm run localize`), so a page
 * with just the quick exit never downloads the other elements' Spanish.
 * A static map of `import()` calls: bundlers make each locale its own chunk.
 *
 * The import starts after a microtask. The quick exit registers from the
 * bundle's top level, and developer tools or a test driver record the stack
 * that starts a request: from there V8 first works out source positions for
 * the whole module, about 3 ms of a Spanish page's main thread (issue 14).
 * The other elements' strings load from a task of their own already.
 */
export const quickExitLocaleLoaders: LocaleLoaders = {
  es: async () => {
    await 0;
    return import('../generated/locales/quick-exit/es.js');
  },
};

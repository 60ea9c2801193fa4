import type { LocaleLoaders } from '@stalking-awareness/core';

/**
 * The quick exit's own translations: only its `quick-exit.*` strings
 * (written by scripts/split-locales.mjs after `npm run localize`), so a page
 * with just the quick exit never downloads the other elements' Spanish.
 * A static map of `import()` calls: bundlers make each locale its own chunk.
 */
export const quickExitLocaleLoaders: LocaleLoaders = {
  es: () => import('../generated/locales/quick-exit/es.js'),
};

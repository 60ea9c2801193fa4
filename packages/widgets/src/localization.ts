import type { LocaleLoaders } from '@stalking-awareness/core';

/**
 * The widgets' translations. A static map of `import()` calls, so bundlers
 * put each locale in its own chunk that loads only when a reader needs it.
 * The modules are generated from xliff/ by `npm run localize`.
 */
export const widgetLocaleLoaders: LocaleLoaders = {
  es: () => import('./generated/locales/es.js'),
};

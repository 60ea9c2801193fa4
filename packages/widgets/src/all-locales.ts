import type { LocaleLoaders } from '@stalking-awareness/core';

/**
 * The widgets' translations, every element's. A static map of `import()`
 * calls, so bundlers put each locale in its own chunk that loads only when a
 * reader needs it. The modules are generated from xliff/ by `npm run localize`.
 * The four tools (safety plan, stalking log, stalking facts, safe access) use
 * these; a module of its own, so the CDN bundle's first file does not carry it.
 */
export const widgetLocaleLoaders: LocaleLoaders = {
  es: () => import('./generated/locales/es.js'),
};

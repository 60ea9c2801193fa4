import type { LocaleLoaders } from '@stalking-awareness/core';

export { widgetLocaleLoaders } from './all-locales.js';

/**
 * The strings of the five everyday elements (safety alert, hotline banner,
 * resource card, resource list, legal disclaimer) and nothing else, written by
 * scripts/split-locales.mjs from the messages their source can show. A
 * Spanish agency page loads about 3 kB of Spanish before its elements
 * register instead of every tool's too.
 */
export const coreElementLocaleLoaders: LocaleLoaders = {
  es: () => import('./generated/locales/core-elements/es.js'),
};

/**
 * Gives the quick exit its Spanish before it registers (import this module
 * first): on a Spanish page it then upgrades at once, in Spanish, instead of
 * after a request for its strings. Used by the CDN's Spanish bundles
 * (sa-quick-exit.es.js, sa-widgets.es.js).
 */
import { provideTemplates } from '@stalking-awareness/core';
import { templates } from '../generated/locales/quick-exit/es.js';
import { quickExitLocaleLoaders } from './locales.js';

provideTemplates(quickExitLocaleLoaders, 'es', templates);

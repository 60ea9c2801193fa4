/**
 * `@stalking-awareness/widgets/quick-exit/spanish`: gives the quick exit its
 * Spanish before it registers (import it first, before the define module). On
 * a Spanish page the quick exit then upgrades at once, in Spanish, instead of
 * after a request for its strings. The CDN's Spanish files build it in
 * (sa-quick-exit.es.js, sa-widgets.es.js).
 */
import { provideTemplates } from '@stalking-awareness/core';
import { templates } from '../generated/locales/quick-exit/es.js';
import { quickExitLocaleLoaders } from './locales.js';

provideTemplates(quickExitLocaleLoaders, 'es', templates);

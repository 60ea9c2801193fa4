/**
 * `@stalking-awareness/widgets/spanish`: gives the quick exit and the five
 * everyday elements (safety alert, hotline banner, resource card, resource
 * list, legal disclaimer) their Spanish before any of them registers: import
 * it first, before the define modules. A Spanish page then renders in Spanish
 * in the very task that registers each element, as an English page does: no
 * request for strings, no wait, no extra frame (about 7 to 14 ms less
 * main-thread time on the README agency page, issue 14). The tools' strings
 * still load with each tool. `cdn/sa-widgets.es.js` is built with it.
 */
import { provideTemplates } from '@stalking-awareness/core';
import { templates } from './generated/locales/core-elements/es.js';
import { coreElementLocaleLoaders } from './localization.js';
import './quick-exit/spanish.js';

provideTemplates(coreElementLocaleLoaders, 'es', templates);

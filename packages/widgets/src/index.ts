/**
 * @stalking-awareness/widgets: the element classes, registering nothing.
 * Import `@stalking-awareness/widgets/define-all` (or `<name>/define`) to
 * register the `sa-` tags, or register a class under a tag of your own.
 */
export { SaQuickExit } from './quick-exit/index.js';
export { widgetLocaleLoaders } from './localization.js';
export * from '@stalking-awareness/core';

/**
 * @stalking-awareness/widgets: the element classes, registering nothing.
 * Import `@stalking-awareness/widgets/define-all` (or `<name>/define`) to
 * register the `sa-` tags, or register a class under a tag of your own.
 */
export { SaQuickExit } from './quick-exit/index.js';
export { SaHotlineBanner } from './hotline-banner/index.js';
export { SaResourceCard } from './resource-card/index.js';
export { SaResourceList } from './resource-list/index.js';
export { SaLegalDisclaimer } from './legal-disclaimer/index.js';
export { SaSafetyAlert } from './safety-alert/index.js';
export { SaSafetyPlan } from './safety-plan/index.js';
export { SaStalkingLog } from './stalking-log/index.js';
export { SaStalkingFacts } from './stalking-facts/index.js';
export { SaSafeAccess } from './safe-access/index.js';
export { widgetLocaleLoaders } from './localization.js';
export { mountWidgets, observeWidgets } from './mount/index.js';
export * from '@stalking-awareness/core';
export type { SaEventMap, SaEventName, ResourceActionDetail, DismissDetail } from './base/events.js';

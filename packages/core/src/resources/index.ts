export * from './types.js';
export {
  validateResource,
  validateResources,
  validateContacts,
  validateHours,
  validatePlainText,
  validateWebUrl,
  type ValidationIssue,
  type ValidationWarning,
} from './validate.js';
export { defaultResources, findDefaultResource } from './default-resources.js';
export { contactHref, spokenDigits } from './contact-href.js';
export { isStale, warnIfStale } from './stale.js';
export { localizeResource } from './localize-resource.js';
export { openStatus, type OpenStatus } from './open-status.js';
export { formatHours, formatTimeWithZone, weekdayIfNotToday } from './format-hours.js';
export { fromHsds, type FromHsdsOptions } from './hsds.js';
export { loadResources } from './load-resources.js';

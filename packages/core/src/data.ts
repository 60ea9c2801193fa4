/**
 * @stalking-awareness/core/data: the data side of the library, with no Lit
 * and no DOM element: the resource types, the validator, the Open Referral
 * HSDS adapter, the bundled dataset, open-now status and hours text, safe
 * links and URLs. For Node scripts, build steps and the `sa-validate` CLI;
 * the widgets use the same functions through the main entry.
 */
export { VERSION } from './version.js';
export { warnOnce } from './warn.js';
export { remember } from './memo.js';
export { safeUrl, DEFAULT_SAFE_SCHEMES, type SafeUrlOptions } from './url/safe-url.js';
export * from './resources/index.js';
export { parseLocalDate, isLocalDate } from './resources/patterns.js';
export { resourcesFromData, type ResourceDataOptions } from './resources/from-data.js';

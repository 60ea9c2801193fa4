/** The library version. Kept in step with package.json by scripts/check-version.mjs. */
export const VERSION = '0.1.0';

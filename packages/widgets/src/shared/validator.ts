/**
 * The record validator, loaded as its own chunk (see `host-validation.ts`):
 * only a page whose host gives its own data downloads it.
 */
export { validateResource, validateResources } from '@stalking-awareness/core';

import type { QuickExitText } from './render.js';

/**
 * What browser bundles get instead of server-template.ts (package.json's
 * "browser" field): a browser never server-renders, and the element draws
 * its nodes itself (render.ts).
 */
export const serverTemplate: (text: QuickExitText) => unknown = () => undefined;

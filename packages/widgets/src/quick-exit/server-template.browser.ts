import type { QuickExitText } from './render.js';

/**
 * What browser bundles get instead of server-template.ts (package.json's
 * "browser" field): a browser never server-renders, and the element draws
 * its nodes itself (render.ts). Should a server build ever resolve this
 * module (a bundler applying "browser" to an edge or worker build), the
 * flag is off: @lit-labs/ssr then renders the element as a plain custom
 * element, its fallback link shown, exactly as a page without server
 * rendering, never an empty shadow root that would hide that link.
 */
export const serverRendered = false;

export const serverTemplate: (text: QuickExitText) => unknown = () => undefined;

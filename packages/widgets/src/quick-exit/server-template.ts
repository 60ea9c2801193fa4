import type { QuickExitText } from './render.js';

/*
 * Server rendering only. Browsers never call render(): package.json's
 * "browser" field swaps this module for server-template.browser.ts, so the
 * quick exit's browser bundles (CDN and npm) carry no markup twice. Node (a
 * server with @lit-labs/ssr) ignores that field and loads this one.
 */

/** Tells @lit-labs/ssr to render the element through its render() (quick-exit.ts's `_$litElement$`). */
export const serverRendered = true;

/**
 * A Lit TemplateResult, as Lit's `html` tag makes it (`_$litType$` 1 is
 * HTML), for server rendering without shipping lit-html to the browser.
 */
const html = (strings: TemplateStringsArray, ...values: unknown[]) => ({ ['_$litType$']: 1, strings, values });

/** The same markup as buildQuickExitDom (render.ts), for @lit-labs/ssr. */
export function serverTemplate({ lang, href, prefix, label, hint }: QuickExitText): unknown {
  return html`<div part="base" class="base" lang=${lang}>
    <a
      part="control"
      class="control"
      href=${href}
      rel="noreferrer nofollow"
      referrerpolicy="no-referrer"
      aria-describedby="hint"
      ><span class="visually-hidden">${prefix} </span>${label}</a
    ><span id="hint" hidden>${hint}</span>
    <div part="status" class="visually-hidden" role="status"></div>
  </div>`;
}

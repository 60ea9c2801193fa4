// From Lit's reactive-element (which lit re-exports): elements built on it
// alone, such as the quick exit, then carry no lit-html.
import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

/**
 * @internal Lit's `css` for a literal with no `${…}`: the same CSSResult
 * without the checks of interpolated values, so a bundle whose styles are all
 * literals (the quick exit) leaves Lit's `css` out. Import it as `css`: the
 * CDN build compacts css`…` templates (scripts/rollup-minify-css.mjs).
 */
export const literalCss = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]!);

const css = literalCss;

/**
 * Styles every element shares: honour `hidden`, use border-box sizing,
 * inherit the host page's font, and drop motion when the reader asks for less.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--sa-font-family, inherit);
    line-height: var(--sa-line-height, 1.5);
    color: var(--_sa-color-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Text for screen readers only (digit-by-digit numbers, status messages). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: var(--_sa-focus-width) solid var(--_sa-color-focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

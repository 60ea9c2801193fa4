import { literalCss as css } from '@stalking-awareness/core';
import { exitActionStyles } from '../shared/family-styles.js';

/**
 * Sticky (the default) puts the bar at the top of the viewport; the bar lets
 * clicks through and only the control catches them. Under 640 px the control
 * spans the width, easy to hit with a thumb; above, it floats right.
 * Where the browser has popovers and anchor positioning, the sticky bar is a
 * manual popover in the top layer (top-layer.ts), laid over the element's own
 * box through anchor positioning: the element keeps its place and height in
 * the page, the bar is drawn above everything. `.dodge` moves it to the
 * bottom edge while it would hide what the reader focused.
 * The control is the family's exit action (shared/family-styles.ts), the
 * same red button as the safety alert's exit, in light and dark schemes.
 * (Comments stay out of the CSS text: it ships as written.)
 */
export const quickExitExitStyles = exitActionStyles('.control');

export const quickExitStyles = css`
  :host {
    --_exit-color: var(--sa-quick-exit-background, var(--_sa-color-exit));
    --_exit-on-color: var(--sa-quick-exit-color, var(--_sa-color-on-exit));
    --_z-index: var(--sa-quick-exit-z-index, 1000);
    display: block;
    anchor-name: --sa-quick-exit;
  }
  :host(:not([position='inline'])) {
    position: sticky;
    top: 0;
    z-index: var(--_z-index);
    pointer-events: none;
  }
  .base {
    display: flex;
    justify-content: flex-end;
  }
  :host(:not([position='inline'])) .base {
    padding: calc(var(--_sa-space) / 2);
  }
  .base:popover-open {
    position: fixed;
    position-anchor: --sa-quick-exit;
    inset: auto;
    top: anchor(top);
    left: anchor(left);
    width: anchor-size(width);
    height: auto;
    margin: 0;
    border: 0;
    background: none;
    color: inherit;
    overflow: visible;
  }
  .base.dodge:popover-open {
    top: auto;
    bottom: 0;
  }
  :host([position='inline']) .base {
    display: block;
  }
  .control {
    pointer-events: auto;
    text-align: center;
  }
  @media (max-width: 639.98px) {
    :host(:not([position='inline'])) .base {
      padding: 0;
    }
    :host(:not([position='inline'])) .control {
      display: flex;
      width: 100%;
      border-radius: 0;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;

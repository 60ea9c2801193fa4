import { css } from 'lit';
import { panelStyles } from '../shared/family-styles.js';

/** The block variant is the family's info panel. */
export const legalDisclaimerPanelStyles = panelStyles({ info: '.block' });

export const legalDisclaimerStyles = css`
  :host {
    --_text: var(--sa-legal-disclaimer-text-color, var(--_sa-color-text));
    --_link: var(--sa-legal-disclaimer-link-color, var(--_sa-color-accent));
    --_panel-background: var(--sa-legal-disclaimer-background, var(--_sa-color-surface-raised));
    --_panel-bar: var(--sa-legal-disclaimer-border-color, var(--_sa-color-accent));
    --_panel-padding: var(--sa-legal-disclaimer-padding, var(--_sa-space-m));
    --_inline-font-size: var(--sa-legal-disclaimer-inline-font-size, 0.9375em);
    display: block;
    color: var(--_text);
  }

  .block {
    color: var(--_text);
    /* Long agency names and URLs must wrap at 320 px instead of scrolling sideways. */
    overflow-wrap: anywhere;
  }

  .block > :first-child,
  [part='wording'] ::slotted(:first-child),
  [part='wording'] > slot > p:first-child {
    margin-block-start: 0;
  }

  .block > :last-child,
  .details-body > :last-child {
    margin-block-end: 0;
  }

  [part='heading'] {
    font-size: var(--_sa-font-size-l);
    line-height: 1.3;
    margin-block: 0 0.5em;
  }

  p {
    margin-block: 0 0.75em;
  }

  .links-label {
    font-weight: 600;
    margin-block-end: 0.25em;
  }

  ul {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: 0.25em;
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  details {
    margin-block-end: 0.75em;
  }

  .details-body {
    margin-block-start: 0.5em;
  }

  .inline {
    margin: 0;
    font-size: var(--_inline-font-size);
    overflow-wrap: anywhere;
  }

  small {
    font-size: 0.875em;
    color: var(--_sa-color-text-muted);
  }

  @media (forced-colors: active) {
    a,
    summary {
      color: LinkText;
    }
  }
`;

import { css } from 'lit';
import { panelStyles } from '../shared/family-styles.js';
import { toolStyles } from '../shared/tool-styles.js';

/** The awareness-month note is the family's info panel; the tools' box, headings and links. */
export const stalkingFactsFamilyStyles = [panelStyles({ info: '.awareness-month' }), toolStyles('section')];

export const stalkingFactsStyles = css`
  :host {
    --_background: var(--sa-stalking-facts-background, var(--_sa-color-surface));
    --_text: var(--sa-stalking-facts-text-color, var(--_sa-color-text));
    --_border: var(--sa-stalking-facts-border-color, var(--_sa-color-border));
    --_link: var(--sa-stalking-facts-link-color, var(--_sa-color-accent));
    --_padding: var(--sa-stalking-facts-padding, var(--_sa-space));
    --_panel-background: var(--sa-stalking-facts-banner-background, var(--_sa-color-surface-raised));
    display: block;
  }

  [part~='heading'] {
    margin-block: 0 0.5em;
  }

  ul {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: 0.375em;
  }

  .figures {
    list-style: none;
    padding: 0;
  }

  .figures > li {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
  }

  .figures > li + li {
    margin-block-start: 0.75em;
  }

  .figure-text {
    font-weight: 700;
    margin-block-end: 0.25em;
  }

  .figure-source,
  .attribution,
  .surveys-differ {
    color: var(--_sa-color-text-muted);
    font-size: 0.9375em;
  }

  .not-your-fault {
    font-weight: 700;
  }

  .contacts {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }

  .contacts > li + li {
    margin: 0;
  }

  /* Contact links are targets people tap in a hurry: at least 44 px tall. */
  .contact {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
  }

  .awareness-month p:last-child,
  section > :last-child {
    margin-block-end: 0;
  }
`;

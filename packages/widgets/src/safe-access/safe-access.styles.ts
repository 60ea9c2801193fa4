import { css } from 'lit';
import { actionStyles, panelStyles } from '../shared/family-styles.js';
import { toolStyles } from '../shared/tool-styles.js';

/** The family's actions, the clipboard warning panel and the tools' box, headings and links. */
export const safeAccessFamilyStyles = [
  actionStyles({ primary: 'button:not(.secondary)', secondary: 'button.secondary' }),
  panelStyles({ warning: '.clipboard-warning' }),
  toolStyles('.base'),
];

export const safeAccessStyles = css`
  :host {
    --_background: var(--sa-safe-access-background, var(--_sa-color-surface));
    --_text: var(--sa-safe-access-text-color, var(--_sa-color-text));
    --_border: var(--sa-safe-access-border-color, var(--_sa-color-border));
    --_link: var(--sa-safe-access-link-color, var(--_sa-color-accent));
    --_padding: var(--sa-safe-access-padding, var(--_sa-space));
    --_action-color: var(--sa-safe-access-button-background, var(--_sa-color-accent));
    --_action-on-color: var(--sa-safe-access-button-text-color, var(--_sa-color-on-accent));
    display: block;
  }

  [part='heading'] {
    margin-block: 1em 0.5em;
  }
  .base > [part='heading'] {
    margin-block-start: 0;
  }

  ul {
    margin-block: 0 0.75em;
  }

  .protections {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .protection {
    border-block-start: 1px solid var(--_border);
    padding-block: 0.25em 0.5em;
  }
  .protection ul {
    padding-inline-start: 1.25em;
  }

  .contacts {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }

  .sources {
    font-size: 0.875em;
  }
  .secondary-note {
    font-style: italic;
  }

  .block {
    border-block-start: 2px solid var(--_border);
    margin-block-start: 1em;
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_sa-radius);
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25em;
  }
  .choices {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.25em;
  }
  .choice input {
    /* WCAG 2.5.8: at least 24 px targets. */
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: 0.75em;
  }
  label {
    font-weight: 600;
  }
  .choice label {
    font-weight: normal;
  }
  input[type='tel'],
  input[type='text'],
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_sa-color-surface);
    border: 1px solid var(--_border);
    border-radius: var(--_sa-radius);
    padding: 0.375em 0.5em;
    inline-size: 100%;
    max-inline-size: 30em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }

  .status:empty {
    margin: 0;
  }

  .clipboard-warning {
    margin-block-end: var(--_sa-space-s);
  }

  /* The printout is the note alone, as text (see keptPrintStyles). */
  .print-copy {
    display: none;
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
  }

  @media (forced-colors: active) {
    fieldset {
      border-color: CanvasText;
    }
  }
`;

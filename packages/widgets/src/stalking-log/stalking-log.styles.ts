import { css } from 'lit';
import { actionStyles, panelStyles } from '../shared/family-styles.js';
import { toolStyles } from '../shared/tool-styles.js';

/** The family's actions (every button not marked primary is secondary), the warning panel and the tools' box, headings and links. */
export const stalkingLogFamilyStyles = [
  actionStyles({ primary: 'button.primary', secondary: 'button:not(.primary)' }),
  panelStyles({ warning: '.warning' }),
  toolStyles('section'),
];

export const stalkingLogStyles = css`
  :host {
    --_background: var(--sa-stalking-log-background, var(--_sa-color-surface));
    --_text: var(--sa-stalking-log-text-color, var(--_sa-color-text));
    --_border: var(--sa-stalking-log-border-color, var(--_sa-color-border));
    --_link: var(--sa-stalking-log-link-color, var(--_sa-color-accent));
    --_padding: var(--sa-stalking-log-padding, var(--_sa-space));
    --_action-color: var(--sa-stalking-log-button-background, var(--_sa-color-accent));
    --_action-on-color: var(--sa-stalking-log-button-text-color, var(--_sa-color-on-accent));
    display: block;
  }

  [part~='heading'] {
    margin-block: 0 0.5em;
  }

  [part~='entry-heading'] {
    font-size: 1em;
    line-height: 1.3;
    margin-block: 0 0.5em;
  }

  .warning {
    margin-block-end: 0.75em;
    font-weight: 700;
  }

  .warning p:last-child {
    margin-block-end: 0;
  }

  .focus-target:focus {
    outline: none;
  }

  .entries {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }

  .entries > li {
    border: 1px solid var(--_border);
    border-radius: var(--_sa-radius);
    padding: 0.75em;
  }

  .entries > li + li {
    margin-block-start: 0.75em;
  }

  dl {
    margin: 0 0 0.5em;
  }

  dl > div + div {
    margin-block-start: 0.375em;
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
    white-space: pre-wrap;
  }

  .entry-actions,
  .confirm,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  .confirm p {
    flex-basis: 100%;
    margin: 0;
    font-weight: 700;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .field {
    margin-block-end: 0.75em;
  }

  label {
    display: block;
    font-weight: 700;
  }

  .hint {
    color: var(--_sa-color-text-muted);
    margin: 0;
  }

  .error {
    color: var(--_sa-color-danger);
    font-weight: 700;
    margin: 0;
  }

  input[type='text'],
  input[type='date'],
  input[type='time'],
  textarea {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    font: inherit;
    color: inherit;
    background: var(--_sa-color-surface);
    border: 1px solid var(--_border);
    border-radius: var(--_sa-radius);
    padding: 0.375em 0.5em;
    min-block-size: 2.75rem;
  }

  [aria-invalid='true'] {
    border: 2px solid var(--_sa-color-danger);
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_sa-radius);
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
  }

  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }

  label.choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 400;
    min-block-size: 2.75rem;
  }

  label.choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }

  .keep .kept-warning {
    margin-block-end: 0.75em;
  }

  /* The table is for paper; the screen shows the list, which fits 320 px. */
  .print-table {
    display: none;
  }

  @media print {
    section {
      border: 0;
      padding: 0;
      background: none;
      color: #000;
    }
    .warning {
      background: none;
      border-inline-start-color: #000;
    }
    .print-table {
      display: table !important;
      inline-size: 100%;
      border-collapse: collapse;
      font-size: 9pt;
      line-height: 1.3;
    }
    th {
      overflow-wrap: normal;
    }
    th:first-child,
    td:first-child {
      white-space: nowrap;
    }
    th,
    td {
      border: 1px solid #000;
      padding: 0.2em 0.3em;
      text-align: start;
      vertical-align: top;
      white-space: pre-wrap;
    }
    tr.blank td {
      block-size: 3em;
    }
    tr {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .entries > li,
    fieldset {
      border-color: CanvasText;
    }
  }
`;

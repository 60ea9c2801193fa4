import { css } from 'lit';
import { actionStyles } from '../shared/family-styles.js';
import { toolStyles } from '../shared/tool-styles.js';

/** The family's primary and secondary actions; the tools' box, headings and links. */
export const safetyPlanFamilyStyles = [
  actionStyles({ primary: 'button.primary', secondary: 'button.secondary' }),
  toolStyles('section'),
];

export const safetyPlanStyles = css`
  :host {
    --_background: var(--sa-safety-plan-background, var(--_sa-color-surface));
    --_text: var(--sa-safety-plan-text-color, var(--_sa-color-text));
    --_border: var(--sa-safety-plan-border-color, var(--_sa-color-border));
    --_accent: var(--sa-safety-plan-accent, var(--_sa-color-accent));
    --_on-accent: var(--sa-safety-plan-on-accent, var(--_sa-color-on-accent));
    --_padding: var(--sa-safety-plan-padding, var(--_sa-space));
    --_link: var(--_accent);
    --_action-color: var(--sa-safety-plan-accent, var(--_sa-color-accent));
    --_action-on-color: var(--sa-safety-plan-on-accent, var(--_sa-color-on-accent));
    display: block;
  }

  .step:focus {
    outline: none;
  }
  .step:focus-visible {
    outline: var(--_sa-focus-width) solid var(--_sa-color-focus);
    outline-offset: 4px;
  }

  .progress {
    margin: 0;
    font-weight: 700;
    color: var(--_accent);
  }

  [part='heading'] {
    margin-block: 0.25em 0.5em;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.5em;
  }

  .options,
  .contacts,
  .chosen {
    margin: 0;
    padding: 0;
  }

  .options,
  .contacts {
    list-style: none;
  }

  .chosen {
    padding-inline-start: 1.25em;
    margin-block-end: 0.75em;
  }

  .option {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
  }

  /* WCAG 2.5.8: the box and its label are one target, well over 24 px. */
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }

  .choice label {
    flex: 1;
    cursor: pointer;
  }

  .edit,
  .own,
  .add,
  .file {
    display: grid;
    gap: 0.375em;
  }

  .edit {
    margin-block-start: 0.5em;
    margin-inline-start: 2.125rem;
  }

  .add,
  .file {
    margin-block-start: 1em;
  }

  textarea,
  input[type='text'] {
    font: inherit;
    color: inherit;
    background: var(--_sa-color-surface);
    border: 1px solid var(--_border);
    border-radius: var(--_sa-radius);
    padding: 0.5em;
    inline-size: 100%;
    min-block-size: 2.75rem;
  }

  textarea {
    resize: vertical;
  }

  button {
    justify-self: start;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-start: 1em;
  }

  .help,
  .keep {
    margin-block: 1em;
  }

  .help p {
    margin-block-end: 0.375em;
  }

  .contacts li + li {
    margin-block-start: 0.25em;
  }

  .keep > button {
    margin-block-start: 0.75em;
  }

  .kept-note {
    color: var(--_sa-color-text-muted);
  }

  details {
    margin-block: 1em 0;
  }

  .printout {
    display: none;
  }

  @media (forced-colors: active) {
    textarea,
    input[type='text'] {
      border: 1px solid CanvasText;
    }
    summary {
      color: LinkText;
    }
  }

  @media print {
    section {
      border: 0;
      padding: 0;
      background: none;
      color: #000;
    }
    .printout h2 {
      font-size: 1.25em;
    }
    .printout h3 {
      font-size: 1.0625em;
      margin-block: 1em 0.25em;
    }
  }
`;

import { css } from 'lit';

export const safetyAlertStyles = css`
  :host {
    --_background: var(--sa-safety-alert-background, var(--_sa-color-notice));
    --_text: var(--sa-safety-alert-text-color, var(--_sa-color-text));
    --_border: var(--sa-safety-alert-border-color, var(--_sa-color-border));
    --_link: var(--sa-safety-alert-link-color, var(--_sa-color-accent));
    --_padding: var(--sa-safety-alert-padding, var(--_sa-space));
    --_exit-background: var(--sa-safety-alert-exit-background, var(--_sa-color-danger));
    --_exit-text: var(--sa-safety-alert-exit-text-color, var(--_sa-color-on-danger));
    --_emergency: var(--sa-safety-alert-emergency-color, var(--_sa-color-danger));
    display: block;
  }

  section {
    background: var(--_background);
    color: var(--_text);
    padding: var(--_padding);
    overflow-wrap: anywhere;
  }

  .banner {
    border-block-end: 1px solid var(--_border);
  }

  .inline {
    border: 1px solid var(--_border);
    border-radius: var(--_sa-radius);
  }

  .emergency {
    border: 0.25rem solid var(--_emergency);
    border-radius: var(--_sa-radius);
  }

  [part='heading'] {
    color: var(--_emergency);
    font-size: 1.25em;
    line-height: 1.3;
    margin-block: 0 0.5em;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_sa-space);
  }

  [part='message'] {
    flex: 1 1 20em;
    margin: 0;
  }

  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_sa-radius);
    padding: 0.375em 0.875em;
    /* WCAG 2.5.8: targets at least 24 px; these are well above it. */
    min-block-size: 2.75rem;
  }

  .exit {
    background: var(--_exit-background);
    color: var(--_exit-text);
    border: 2px solid var(--_exit-background);
    font-weight: 700;
  }

  .dismiss {
    background: transparent;
    color: var(--_text);
    border: 1px solid var(--_border);
  }

  details {
    margin-block-start: 0.5em;
  }

  ul {
    margin-block: 0.5em;
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: 0.375em;
  }

  .not-a-plan,
  .more {
    margin-block: 0.5em 0;
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  @media (forced-colors: active) {
    section {
      border: 1px solid CanvasText;
    }
    .emergency {
      border-width: 0.25rem;
    }
    /* The system paints buttons in ButtonFace/ButtonText; a thick border keeps the exit the most prominent. */
    .exit {
      border-width: 3px;
    }
    a,
    summary {
      color: LinkText;
    }
  }
`;

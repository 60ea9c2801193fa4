import { css } from 'lit';
import { actionStyles, panelStyles } from '../shared/family-styles.js';

/** The family's panels and actions: inline is a warning panel, emergency an emergency panel; the exit is the quick exit's. */
export const safetyAlertFamilyStyles = [
  panelStyles({ warning: '.inline', emergency: '.emergency' }),
  actionStyles({ exit: '.exit', secondary: '.dismiss' }),
];

export const safetyAlertStyles = css`
  :host {
    --_text: var(--sa-safety-alert-text-color, var(--_sa-color-text));
    --_link: var(--sa-safety-alert-link-color, var(--_sa-color-accent));
    --_emergency: var(--sa-safety-alert-emergency-color, var(--_sa-color-danger));
    --_panel-background: var(--sa-safety-alert-background, var(--_sa-color-notice));
    --_panel-border: var(--sa-safety-alert-border-color, var(--_sa-color-border));
    --_panel-padding: var(--sa-safety-alert-padding, var(--_sa-space-m));
    --_exit-color: var(--sa-safety-alert-exit-background, var(--_sa-color-exit));
    --_exit-on-color: var(--sa-safety-alert-exit-text-color, var(--_sa-color-on-exit));
    display: block;
  }

  section {
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  /* The top-of-page banner spans the page: the warning colours, a rule below, no box. */
  .banner {
    padding: var(--sa-safety-alert-padding, var(--_sa-space-m));
    background: var(--sa-safety-alert-background, var(--_sa-color-notice));
    border-block-end: 1px solid var(--sa-safety-alert-border-color, var(--_sa-color-border));
  }

  .emergency {
    --_panel-border: var(--sa-safety-alert-emergency-color, var(--_sa-color-danger));
    --_panel-bar: var(--sa-safety-alert-emergency-color, var(--_sa-color-danger));
  }

  [part='heading'] {
    color: var(--_emergency);
    font-size: var(--_sa-font-size-l);
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
    .inline,
    .emergency {
      border-inline-start-width: 0.25rem;
    }
    /* The system paints buttons in ButtonFace/ButtonText; a thick border keeps the exit the most prominent. */
    .exit {
      border-width: 3px;
    }
    .banner {
      border-color: CanvasText;
    }
    a,
    summary {
      color: LinkText;
    }
  }
`;

import { css } from 'lit';
import { actionStyles, panelStyles } from './family-styles.js';

/**
 * Styles of the card markup (`.card`), used by `sa-resource-card` and by
 * `sa-resource-list`, which renders the same markup. Public
 * `--sa-resource-card-*` tokens map onto private `--_card-*` variables here;
 * custom properties inherit, so a host sets them once on either element.
 */
export const resourceCardStyles = css`
  ${actionStyles({ secondary: '.card .contact' })}
  ${panelStyles({ info: '.card .notice' })}

  .card {
    --_card-background: var(--sa-resource-card-background, var(--_sa-color-surface));
    --_card-border-color: var(--sa-resource-card-border-color, var(--_sa-color-border));
    --_card-border-width: var(--sa-resource-card-border-width, 1px);
    --_card-radius: var(--sa-resource-card-radius, var(--_sa-radius));
    --_card-padding: var(--sa-resource-card-padding, var(--_sa-space));
    --_card-gap: var(--sa-resource-card-gap, calc(var(--_sa-space) * 0.5));
    --_card-heading-color: var(--sa-resource-card-heading-color, var(--_sa-color-text));
    --_card-heading-size: var(--sa-resource-card-heading-size, var(--_sa-font-size-l));
    --_card-muted-color: var(--sa-resource-card-muted-color, var(--_sa-color-text-muted));
    --_card-link-color: var(--sa-resource-card-link-color, var(--_sa-color-accent));
    --_action-color: var(--sa-resource-card-link-color, var(--_sa-color-accent));
    --_panel-background: var(--sa-resource-card-notice-background, var(--_sa-color-surface-raised));
    --_panel-padding: var(--_sa-space-xs) var(--_sa-space-s);

    /* Three rows: what it is, the actions, the details. In a list each card takes its row's tracks
       (subgrid, resource-list.styles.ts), so actions line up across the row. */
    display: grid;
    grid-template-rows: auto auto auto;
    align-content: start;
    row-gap: var(--_card-gap);
    min-width: 0;
    padding: var(--_card-padding);
    border: var(--_card-border-width) solid var(--_card-border-color);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
    color: var(--_sa-color-text);
    overflow-wrap: anywhere;
  }
  .card > *,
  .card-head > *,
  .card-actions > *,
  .card-meta > * {
    margin: 0;
  }
  .card-head,
  .card-actions,
  .card-meta {
    display: flex;
    flex-direction: column;
    gap: var(--_card-gap);
    min-width: 0;
  }
  .card-head {
    grid-row: 1;
  }
  .card-actions {
    grid-row: 2;
    align-self: start;
  }
  .card-meta {
    grid-row: 3;
  }
  .card.compact {
    --_card-padding: var(--sa-resource-card-padding, calc(var(--_sa-space) * 0.75));
    --_card-heading-size: var(--sa-resource-card-heading-size, 1.0625rem);
  }
  .name {
    font-size: var(--_card-heading-size);
    line-height: 1.25;
    color: var(--_card-heading-color);
  }
  .category {
    font-size: var(--_sa-font-size-s);
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_card-muted-color);
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sa-space-s);
    padding: 0;
    list-style: none;
  }
  .contact-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  /* Each contact is the family's secondary action (above); a card never shouts over the page's primary one. */
  .card .contact {
    background: var(--sa-resource-card-action-background, var(--_sa-color-surface));
  }
  .card span.contact {
    border-style: dashed;
  }
  .contact-label,
  .contact-also {
    font-size: var(--_sa-font-size-s);
    color: var(--_card-muted-color);
  }
  .hours {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .open-status {
    font-weight: 600;
  }
  .provenance {
    font-size: var(--_sa-font-size-s);
    color: var(--_card-muted-color);
  }
  .provenance a,
  .invalid a {
    color: var(--_card-link-color);
  }
  .invalid {
    color: var(--_card-muted-color);
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    a.contact {
      color: LinkText;
    }
  }
`;

/** Host-level styles of `sa-resource-card` only. */
export const resourceCardHostStyles = css`
  :host {
    display: block;
  }
`;

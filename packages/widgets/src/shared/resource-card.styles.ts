import { css } from 'lit';

/**
 * Styles of the card markup (`.card`), used by `sa-resource-card` and by
 * `sa-resource-list`, which renders the same markup. Public
 * `--sa-resource-card-*` tokens map onto private `--_card-*` variables here;
 * custom properties inherit, so a host sets them once on either element.
 */
export const resourceCardStyles = css`
  .card {
    --_card-background: var(--sa-resource-card-background, var(--_sa-color-surface));
    --_card-border-color: var(--sa-resource-card-border-color, var(--_sa-color-border));
    --_card-border-width: var(--sa-resource-card-border-width, 1px);
    --_card-radius: var(--sa-resource-card-radius, var(--_sa-radius));
    --_card-padding: var(--sa-resource-card-padding, var(--_sa-space));
    --_card-gap: var(--sa-resource-card-gap, calc(var(--_sa-space) * 0.5));
    --_card-heading-color: var(--sa-resource-card-heading-color, var(--_sa-color-text));
    --_card-heading-size: var(--sa-resource-card-heading-size, 1.25rem);
    --_card-muted-color: var(--sa-resource-card-muted-color, var(--_sa-color-text-muted));
    --_card-link-color: var(--sa-resource-card-link-color, var(--_sa-color-accent));
    --_card-action-background: var(--sa-resource-card-action-background, var(--_sa-color-surface-raised));
    --_card-notice-background: var(--sa-resource-card-notice-background, var(--_sa-color-notice));

    display: flex;
    flex-direction: column;
    gap: var(--_card-gap);
    min-width: 0;
    padding: var(--_card-padding);
    border: var(--_card-border-width) solid var(--_card-border-color);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
    color: var(--_sa-color-text);
    overflow-wrap: anywhere;
  }
  .card > * {
    margin: 0;
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
    font-size: 0.875rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_card-muted-color);
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_sa-space) * 0.5);
    padding: 0;
    list-style: none;
  }
  .contact-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .contact {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_card-radius);
    background: var(--_card-action-background);
    color: var(--_card-link-color);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a.contact:hover {
    text-decoration-thickness: 0.15em;
  }
  .contact-label {
    font-size: 0.875rem;
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
  .notice {
    padding: 0.25rem 0.5rem;
    border-inline-start: 0.25rem solid var(--_card-border-color);
    background: var(--_card-notice-background);
  }
  .provenance {
    font-size: 0.875rem;
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
    .card,
    .contact {
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

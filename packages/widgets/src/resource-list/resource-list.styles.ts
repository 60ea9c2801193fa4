import { css } from 'lit';
import { actionStyles, emergencyLineStyles, panelStyles } from '../shared/family-styles.js';

/** Styles of `sa-resource-list`; the cards use `resourceCardStyles`. */
export const resourceListStyles = css`
  ${actionStyles({ primary: '.empty button', secondary: '.more' })}
  ${panelStyles({ info: '.status .notice' })}
  ${emergencyLineStyles}

  :host {
    display: block;
    --_list-gap: var(--sa-resource-list-gap, var(--_sa-space));
    --_list-min-card-width: var(--sa-resource-list-min-card-width, 18rem);
    --_list-emergency-background: var(--sa-resource-list-emergency-background, transparent);
    --_list-emergency-color: var(--sa-resource-list-emergency-color, var(--_sa-color-text));
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--_list-gap);
  }
  .root p {
    margin: 0;
  }
  .loading {
    min-block-size: min(100vh, 80rem);
  }
  :host([variant='compact']) .loading {
    min-block-size: min(100vh, 57rem);
  }
  /* The family's emergency line (the banner's too): one style for one message. */
  .emergency {
    background: var(--_list-emergency-background);
    color: var(--_list-emergency-color);
  }
  /* The shared emergency line's link is a sentence, not one more card action. */
  .emergency .contact {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_list-gap);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14rem;
    min-width: 0;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_sa-color-border);
    border-radius: var(--_sa-radius);
    background: var(--_sa-color-surface);
    color: inherit;
    font: inherit;
  }
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    min-width: 0;
    margin: 0;
    padding: 0.25rem 0.75rem 0.5rem;
    border: 1px solid var(--_sa-color-border);
    border-radius: var(--_sa-radius);
  }
  .categories legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .choice,
  .open-now {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
  }
  .choice input,
  .open-now input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .status .notice {
    --_panel-padding: var(--_sa-space-xs) var(--_sa-space-s);
  }
  .count {
    color: var(--_sa-color-text-muted);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_list-min-card-width)), 1fr));
    gap: var(--_list-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Each card spans three rows of the list's grid and shares them (subgrid): its name and description,
     its actions and its details line up with the other cards in the row, and a short card leaves no
     empty block at its foot. */
  .item {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    row-gap: var(--sa-resource-card-gap, calc(var(--_sa-space) * 0.5));
    min-width: 0;
  }
  .item > .card {
    grid-row: 1 / -1;
    grid-template-rows: subgrid;
  }
  /* No content-visibility: auto on cards, to skip laying out those far below: Chromium then leaves
     their headings out of the accessibility tree until they are scrolled near, and someone moving
     through the page by headings would not find them (offscreen-headings.test.ts). */
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .item:focus-visible {
    outline-offset: 4px;
  }
  .more {
    align-self: flex-start;
  }
  @media (forced-colors: active) {
    .status .notice {
      border: 1px solid CanvasText;
    }
    .empty button,
    .more {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

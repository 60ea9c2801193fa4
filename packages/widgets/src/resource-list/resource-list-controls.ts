import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, type ResourceCategory } from '@stalking-awareness/core';
import { categoryLabel } from '../shared/category-label.js';

export type CategoryChoice = ResourceCategory | 'all';

export interface ControlsState {
  search: boolean;
  categoryFilter: boolean;
  openNowFilter: boolean;
  query: string;
  category: CategoryChoice;
  openNowOnly: boolean;
  /** Categories on offer, in display order, with how many results each would give. */
  counts: ReadonlyArray<readonly [ResourceCategory, number]>;
  total: number;
}

export interface ControlsHandlers {
  onQuery: (event: Event) => void;
  onCategory: (event: Event) => void;
  onOpenNow: (event: Event) => void;
}

const withCount = (label: string, count: number) =>
  msg(str`${label} (${count})`, { id: 'resource-list.filter-option' });

/**
 * The optional built-in controls: native inputs only, so keyboard and
 * screen-reader behaviour is the platform's own. The search box has
 * autocomplete off: a browser's saved form history could otherwise show
 * someone else what was searched for here.
 */
export function renderControls(state: ControlsState, on: ControlsHandlers): TemplateResult | typeof nothing {
  if (!state.search && !state.categoryFilter && !state.openNowFilter) return nothing;
  return html`<div part="controls" class="controls">
    ${
      state.search
        ? html`<div class="search">
            <label for="search" part="search-label"
              >${msg('Search resources', { id: 'resource-list.search-label' })}</label
            >
            <input
              id="search"
              part="search"
              type="search"
              autocomplete="off"
              spellcheck="false"
              .value=${state.query}
              @input=${on.onQuery}
            />
          </div>`
        : nothing
    }
    ${
      state.categoryFilter
        ? html`<fieldset part="category-filter" class="categories" @change=${on.onCategory}>
            <legend>${msg('Category', { id: 'resource-list.category-legend' })}</legend>
            ${renderChoice('all', msg('All', { id: 'resource-list.category-all' }), state.total, state.category)}
            ${state.counts.map(([category, count]) => renderChoice(category, categoryLabel(category), count, state.category))}
          </fieldset>`
        : nothing
    }
    ${
      state.openNowFilter
        ? html`<label part="open-now" class="open-now">
            <input type="checkbox" .checked=${state.openNowOnly} @change=${on.onOpenNow} />
            ${msg('Hide services closed now', { id: 'resource-list.open-now' })}
          </label>`
        : nothing
    }
  </div>`;
}

function renderChoice(value: CategoryChoice, label: string, count: number, current: CategoryChoice): TemplateResult {
  return html`<label part="category-option" class="choice">
    <input type="radio" name="category" value=${value} .checked=${value === current} />
    <span>${withCount(label, count)}</span>
  </label>`;
}

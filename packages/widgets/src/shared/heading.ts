import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level, `<h1>` to `<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Levels a card may take (1 is allowed but rarely right inside a page), for `SaWidgetElement.oneOf`. */
export const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];

/** Levels of a section inside page content: the page owns its `<h1>`. */
export const SECTION_HEADING_LEVELS: readonly HeadingLevel[] = [2, 3, 4, 5, 6];

/** What a heading carries besides its level: its part name (a public API), and an id and class when needed. */
export interface HeadingOptions {
  part: string;
  id?: string;
  className?: string;
}

/**
 * A real `<h1>`–`<h6>`, so the heading shows in a screen reader's heading
 * list and fits the host page's outline. A switch keeps templates static for Lit.
 */
export function renderHeading(level: HeadingLevel, content: unknown, options: HeadingOptions): TemplateResult {
  const { part, id, className } = options;
  switch (level) {
    case 1:
      return html`<h1 id=${ifDefined(id)} part=${part} class=${ifDefined(className)}>${content}</h1>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${part} class=${ifDefined(className)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${part} class=${ifDefined(className)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${part} class=${ifDefined(className)}>${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} part=${part} class=${ifDefined(className)}>${content}</h6>`;
    default:
      return html`<h2 id=${ifDefined(id)} part=${part} class=${ifDefined(className)}>${content}</h2>`;
  }
}

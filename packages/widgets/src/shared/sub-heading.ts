import { html, type TemplateResult } from 'lit';
import type { HeadingLevel } from './heading.js';

/**
 * A section heading one level below `parent` (capped at 6), so an element's
 * own outline fits under the heading level the host chose. Real `<h3>`…`<h6>`
 * elements, so they show in a screen reader's heading list. A switch keeps
 * templates static for Lit (as `renderHeading` does).
 */
export function renderSubHeading(parent: HeadingLevel, content: unknown, part = 'subheading'): TemplateResult {
  switch (Math.min(parent + 1, 6)) {
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}

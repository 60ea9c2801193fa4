import { html, type TemplateResult } from 'lit';

/** Heading levels a host may ask for; level 1 is the host page's own title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** True for 2–6. */
export function isHeadingLevel(value: unknown): value is HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6;
}

/** Reads a `heading-level` attribute: 2–6, anything else falls back to `fallback`. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  return isHeadingLevel(value) ? (Number(value) as HeadingLevel) : fallback;
}

/**
 * A real <h2>–<h6>, so the heading shows in a screen reader's heading list
 * and fits the host page's outline. A switch keeps templates static for Lit.
 */
export function renderHeading(level: HeadingLevel, id: string, content: unknown): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 id=${id} part="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part="heading">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part="heading">${content}</h6>`;
    default:
      return html`<h2 id=${id} part="heading">${content}</h2>`;
  }
}

import { css } from 'lit';
import { actionStyles, emergencyLineStyles } from '../shared/family-styles.js';

/**
 * The family's actions: each hotline's first contact (its call) is the
 * primary action, the others secondary; the 911 line is the family's line.
 */
const familyStyles = css`
  ${actionStyles({
    primary: '.actions > :first-child .contact',
    secondary: '.actions > :not(:first-child) .contact, .toggle',
  })}
  ${emergencyLineStyles}
`;

/**
 * Public tokens (`--sa-hotline-banner-*`) map onto private `--_*` variables
 * here, once, so the rules below read only the private ones.
 */
export const hotlineBannerStyles = css`
  ${familyStyles}

  :host {
    --_background: var(--sa-hotline-banner-background, var(--_sa-color-surface-raised));
    --_color: var(--sa-hotline-banner-color, var(--_sa-color-text));
    --_muted: var(--sa-hotline-banner-muted-color, var(--_sa-color-text-muted));
    --_border-color: var(--sa-hotline-banner-border-color, var(--_sa-color-accent));
    --_action-color: var(--sa-hotline-banner-link-color, var(--_sa-color-accent));
    --_action-on-color: var(--sa-hotline-banner-on-link-color, var(--_sa-color-on-accent));
    --_emergency-color: var(--sa-hotline-banner-emergency-color, var(--_sa-color-danger));
    --_padding: var(--sa-hotline-banner-padding, var(--_sa-space));
    --_gap: var(--sa-hotline-banner-gap, calc(var(--_sa-space) * 0.75));
    --_max-width: var(--sa-hotline-banner-max-width, 72rem);
    --_z-index: var(--sa-hotline-banner-z-index, 900);
    --_shadow: var(--sa-hotline-banner-shadow, 0 -0.125rem 0.75rem rgb(0 0 0 / 0.2));
    display: block;
  }

  p,
  ul {
    margin: 0;
  }

  .panel {
    display: flex;
    align-items: flex-start;
    gap: var(--_gap);
    padding: var(--_padding);
    background: var(--_background);
    color: var(--_color);
    border-block-start: 0.25rem solid var(--_border-color);
  }

  .content {
    flex: 1 1 auto;
    min-width: 0;
    max-width: var(--_max-width);
    margin-inline: auto;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  .lines {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) calc(var(--_gap) * 2);
    padding: 0;
    list-style: none;
  }

  .lines > li,
  .line {
    flex: 1 1 18rem;
    min-width: 0;
  }

  /* Several hotlines: a rule along each one's start edge, so where one ends and the next begins is clear. */
  ul.lines > li {
    padding-inline-start: var(--_sa-space-m);
    border-inline-start: 0.125rem solid var(--_sa-color-border);
  }

  .line {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
  }

  .identity {
    overflow-wrap: anywhere;
  }

  .name {
    font-weight: 700;
  }

  .purpose,
  .unverified {
    display: block;
    color: var(--_muted);
  }

  .unverified {
    font-style: italic;
  }

  .status {
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sa-space-s);
    padding: 0;
    list-style: none;
  }

  .action {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-width: 0;
  }

  .action-label {
    min-width: 0;
    color: var(--_muted);
    /* A record's label is data: one long unbroken word must wrap, not push the links off a phone screen. */
    overflow-wrap: anywhere;
  }

  /* The family's actions (familyStyles above), real links sized as touch targets. */
  .contact {
    overflow-wrap: break-word;
  }

  span.contact {
    border-style: dashed;
  }

  /* The 911 line reads as a sentence, not one more button among the hotline's. */
  .emergency .contact {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
  }

  .close {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 0.125rem solid transparent;
    border-radius: var(--_sa-radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .close:hover {
    border-color: currentColor;
  }

  .close svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  /* compact and sticky: each line flows as one wrapping row. */
  .base--compact .line,
  .base--sticky .line {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_gap);
  }

  .base--compact .identity,
  .base--sticky .identity {
    flex: 1 1 14rem;
  }

  .base--compact .purpose,
  .base--sticky .purpose,
  .base--compact .unverified,
  .base--sticky .unverified {
    display: inline;
    margin-inline-start: 0.25rem;
  }

  .base--compact .panel {
    padding-block: calc(var(--_padding) / 2);
  }

  .base--compact .content {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
  }

  /* Pinned to the bottom of the viewport, never taller than the space below the quick exit,
     and never more than a modest share of the screen. The hotlines scroll inside it; the 911
     line below them never does: it is always in view. */
  .base--sticky .panel {
    --_sticky-max: min(40dvh, calc(100dvh - var(--_top-reserve, 0px) - 0.5rem));
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: var(--_z-index);
    max-block-size: var(--_sticky-max);
    box-shadow: var(--_shadow);
  }

  .base--sticky .content {
    max-block-size: calc(var(--_sticky-max) - 2 * var(--_padding));
  }

  .base--sticky .lines {
    flex: 0 1 auto;
    min-block-size: 0;
    overflow-y: auto;
  }

  .base--sticky .emergency {
    flex: none;
  }

  /* The sticky banner's "More" toggle exists only on phones (below). */
  .toggle {
    display: none;
  }

  /* Phones: the sticky banner takes at most a quarter of the screen. Folded (the default), it shows
     the first hotline's name, its call action and the 911 line; "More" unfolds the rest, which then
     scrolls above the 911 line. Folded content is hidden from everyone alike: "More" says it is there. */
  @media (max-width: 40rem) {
    .base--sticky .panel {
      padding-inline: calc(var(--_padding) * 0.75);
      padding-block: var(--_sa-space-s);
    }
    .base--sticky.expanded .panel {
      --_sticky-max: min(75dvh, calc(100dvh - var(--_top-reserve, 0px) - 0.5rem));
    }
    .base--sticky .content {
      gap: var(--_sa-space-xs);
      max-block-size: calc(var(--_sticky-max) - 2 * var(--_sa-space-s));
    }
    .base--sticky .line {
      gap: var(--_sa-space-xs);
    }
    /* The note on call traces stays in view (it matters right before a call), in the small size;
       folded, its first sentence (calls and texts show in the phone's logs), "More" adds the second. */
    .base--sticky .call-trace-note {
      font-size: var(--_sa-font-size-s);
      line-height: 1.35;
    }
    .base--sticky .close,
    .base--sticky .toggle {
      position: absolute;
      inset-block-start: 0.25rem;
      inset-inline-end: 0.25rem;
    }
    .base--sticky .toggle {
      display: inline-flex;
      min-block-size: 2.75rem;
      padding-inline: var(--_sa-space-s);
    }
    .base--sticky.dismissible .toggle {
      inset-inline-end: 3.25rem;
    }
    .base--sticky .lines > :first-child .identity {
      padding-inline-end: 5.5rem;
    }
    .base--sticky.dismissible .lines > :first-child .identity {
      padding-inline-end: 8.5rem;
    }
    /* Folded: only the first hotline's name and call, the 911 line and the note's first sentence. */
    .base--sticky:not(.expanded)
      :is(
        .purpose,
        .unverified,
        .status,
        .action-label,
        .call-trace-more,
        .lines > :not(:first-child),
        .actions > :not(:first-child)
      ) {
      display: none;
    }
    .base--sticky .emergency .contact {
      min-block-size: 1.75rem;
    }
    .toggle-mark {
      transition: transform 0.15s;
    }
    .expanded .toggle-mark {
      transform: rotate(180deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .toggle-mark {
      transition: none;
    }
  }

  /* Narrow screens: the close button leaves the text its full width. */
  @media (max-width: 30rem) {
    .panel {
      position: relative;
      padding-inline: calc(var(--_padding) * 0.75);
    }
    .base--sticky .panel {
      position: fixed;
    }
    .close {
      position: absolute;
      inset-block-start: 0.25rem;
      inset-inline-end: 0.25rem;
    }
    .dismissible .lines > :first-child .identity {
      padding-inline-end: 2.75rem;
    }
  }

  @media (forced-colors: active) {
    .panel {
      border-block-start-color: CanvasText;
    }
    .actions .contact {
      border-color: LinkText;
    }
  }

  /* On paper every number must be readable in full, and the chat address spelled out: the sticky
     banner's height limits go, or the hotlines that scroll on screen would be cut off on paper. */
  @media print {
    .base--sticky .panel,
    .base--sticky .content {
      position: static;
      max-block-size: none;
      box-shadow: none;
    }
    .panel {
      background: none;
      color: #000;
      border-color: #000;
    }
    .contact {
      color: #000;
      background: none;
      border-color: #000;
      box-shadow: none;
    }
    a.contact[data-channel='chat']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
    .close,
    .toggle {
      display: none;
    }
  }
`;

// From @lit/reactive-element, not lit: the quick exit's bundle carries no lit-html.
import { css, unsafeCSS, type CSSResult } from '@lit/reactive-element';

/**
 * The family's look, in one place: one primary and one secondary action, the
 * exit action, one panel with info, warning and emergency variants, and
 * phone numbers that never break. Every element includes these rules for its
 * own selectors (`actionStyles({ primary: '.start' })`) instead of drawing
 * its own buttons and boxes, so the elements read as one calm design system.
 * The rules are written on the `--_sa-*` tokens (font sizes, spacing,
 * colours), so a host's `--sa-*` theme reaches every element alike.
 *
 * An element colours an action or a panel from its own public tokens by
 * setting the private variables the rules read:
 * `--_action-color` / `--_action-on-color` (primary and secondary),
 * `--_exit-color` / `--_exit-on-color`, and `--_panel-background`,
 * `--_panel-border`, `--_panel-bar` and `--_panel-padding`, e.g.
 * `--_panel-background: var(--sa-safety-alert-background, var(--_sa-color-notice))`.
 * Left unset, the family's default for the variant applies.
 *
 * Selectors passed in are the element's own, static strings: never data.
 * The rules are written compact (the minifier leaves generated CSS alone):
 * this text ships as it is, in every element's bundle.
 */

/**
 * One shape for every action: 44 px targets, the same padding, weight and
 * corners; the element's own font size. 44 px at least, even on a host whose
 * root font size is small (2.5.5 target size). A label is data: one long
 * unbroken word wraps inside the button (numbers stay whole: .number).
 * (Written compact: this text ships as it is.)
 */
const actionShape =
  'display:inline-flex;align-items:center;justify-content:center;gap:var(--_sa-space-xs);box-sizing:border-box;' +
  'min-block-size:max(2.75rem,44px);min-inline-size:max(2.75rem,44px);max-inline-size:100%;overflow-wrap:anywhere;' +
  'margin:0;padding:calc(var(--_sa-space-s) - 0.125rem) var(--_sa-space-m);' +
  'border:0.125rem solid var(--_action-color,var(--_sa-color-accent));border-radius:var(--_sa-radius);' +
  'font:inherit;font-weight:700;line-height:1.25;text-align:start;text-decoration:none;' +
  'text-underline-offset:0.15em;cursor:pointer;';

/** The solid shadow under filled actions: a darker shade of their own colour. */
const shadowOf = (colour: string) => `box-shadow:0 0.125rem 0 0 color-mix(in srgb,${colour} 60%,#000);`;

const ACCENT = 'var(--_action-color,var(--_sa-color-accent))';
const ON_ACCENT = 'var(--_action-on-color,var(--_sa-color-on-accent))';
const EXIT = 'var(--_exit-color,var(--_sa-color-exit))';

/** Selectors of an element's actions, by kind; any may be left out. */
export interface ActionSelectors {
  /** The one main action of a view (Call, Start, Add to the log). */
  primary?: string;
  /** Every other action: outlined, the same size. */
  secondary?: string;
  /** Leaving the page: the same red button wherever it appears. */
  exit?: string;
}

/**
 * The exit action: filled with the exit red and underlined (it is a link
 * away), in light and dark schemes alike; hover thickens the underline. In
 * forced colours, a link-coloured box. Its own function, so the quick exit
 * ships only this rule and not the other actions'. The whole border is set
 * again: the shape's names the accent colour, which the quick exit's tokens
 * (baseTokenStyles) leave out, and an undefined colour would drop the border.
 */
export function exitActionStyles(exit: string): CSSResult {
  return unsafeCSS(
    `${exit}{${actionShape}border:0.125rem solid ${EXIT};background:${EXIT};` +
      `color:var(--_exit-on-color,var(--_sa-color-on-exit));text-decoration:underline;${shadowOf(EXIT)}}` +
      `:is(${exit}):hover{text-decoration-thickness:0.1875rem}` +
      `@media (forced-colors:active){:is(${exit}){border-color:LinkText;background:Canvas;color:LinkText;box-shadow:none}}`,
  );
}

/**
 * Primary: filled with the accent colour. Secondary: outlined in it.
 * Exit: see {@link exitActionStyles}. Hover underlines, thicker for the exit.
 */
export function actionStyles({ primary, secondary, exit }: ActionSelectors): CSSResult {
  const rules: string[] = [];
  if (primary) {
    rules.push(`${primary}{${actionShape}background:${ACCENT};color:${ON_ACCENT};${shadowOf(ACCENT)}}`);
  }
  if (secondary) {
    rules.push(`${secondary}{${actionShape}background:var(--_sa-color-surface);color:${ACCENT};box-shadow:none}`);
  }
  const hoverable = [primary, secondary].filter(Boolean).join();
  if (hoverable) {
    rules.push(`:is(${hoverable}):hover{text-decoration:underline;text-decoration-thickness:0.125em}`);
    // Forced colours: a visible edge on every action.
    rules.push(`@media (forced-colors:active){:is(${hoverable}){border-color:ButtonText;box-shadow:none}}`);
  }
  if (exit) rules.push(exitActionStyles(exit).cssText);
  return unsafeCSS(rules.join(''));
}

/** Selectors of an element's panels, by variant; any may be left out. */
export interface PanelSelectors {
  /** Neutral information (a disclaimer, a data notice). */
  info?: string;
  /** Something to be careful about (monitoring, what a saved file leaves behind). */
  warning?: string;
  /** Danger now (the emergency alert). */
  emergency?: string;
}

const PANEL_VARIANTS = {
  info: {
    background: 'var(--_sa-color-surface-raised)',
    border: '1px var(--_sa-color-border)',
    bar: 'var(--_sa-color-accent)',
  },
  warning: {
    background: 'var(--_sa-color-notice)',
    border: '1px var(--_sa-color-border)',
    bar: 'var(--_sa-color-warning)',
  },
  // Emergency: the danger colour all round, twice as thick, on the plain surface (calm, not a red flood).
  emergency: {
    background: 'var(--_sa-color-surface)',
    border: '2px var(--_sa-color-danger)',
    bar: 'var(--_sa-color-danger)',
  },
} as const;

/**
 * One panel: a 1 px border, a 0.25rem bar along the start edge in the
 * variant's colour, a tinted background, the same padding and corners in
 * light and dark schemes (never a full-bleed bar in one scheme only).
 */
export function panelStyles(selectors: PanelSelectors): CSSResult {
  const rules = (Object.keys(PANEL_VARIANTS) as Array<keyof typeof PANEL_VARIANTS>)
    .filter((variant) => selectors[variant])
    .map((variant) => {
      const colours = PANEL_VARIANTS[variant];
      const [borderWidth, borderColour] = colours.border.split(' ');
      return (
        `${selectors[variant]}{box-sizing:border-box;padding:var(--_panel-padding,var(--_sa-space-m));` +
        `border:${borderWidth} solid var(--_panel-border,${borderColour});` +
        `border-inline-start:0.25rem solid var(--_panel-bar,${colours.bar});border-radius:var(--_sa-radius);` +
        `background:var(--_panel-background,${colours.background});color:var(--_sa-color-text)}`
      );
    });
  const all = Object.values(selectors).filter(Boolean).join();
  if (all) {
    rules.push(`@media (forced-colors:active){:is(${all}){border-color:CanvasText}}`);
    rules.push(`@media print{:is(${all}){background:none;color:#000;border-color:#000}}`);
  }
  return unsafeCSS(rules.join(''));
}

/**
 * A phone number (or each space-separated part of one) never breaks inside:
 * "1-800-787-3224" and "(1-855-484-2846)" stay whole on one line, and a
 * number stays on the line of the word before it ("llame al 911").
 * (Wrapped in a pure call, so bundlers drop it where unused: the quick exit.)
 */
export const phoneNumberStyles: CSSResult = /* @__PURE__ */ (() => css`
  .number {
    white-space: nowrap;
  }
`)();

/**
 * "If you are in immediate danger, call 911": one message, one style in every
 * element that shows it (`.emergency`, the banner's and the list's): bold
 * text on the element's own background, the link in the danger colour.
 */
export const emergencyLineStyles: CSSResult = /* @__PURE__ */ (() => css`
  .emergency {
    margin: 0;
    font-weight: 700;
  }
  .emergency a {
    color: var(--_emergency-color, var(--_sa-color-danger));
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 0.125em;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    .emergency a {
      color: LinkText;
    }
  }
`)();

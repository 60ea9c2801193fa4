import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

/** One public design token: a `--sa-*` custom property a host may set. */
export interface DesignToken {
  /** The public custom property, e.g. `--sa-color-accent`. */
  name: `--sa-${string}`;
  /** Default in a light colour scheme (or in every scheme when `dark` is absent). */
  light: string;
  /** Default in a dark colour scheme, when it differs. */
  dark?: string;
  /** Value used in Windows High Contrast (forced colors): a system colour. */
  forced?: string;
}

/**
 * The tokens every element draws with, the quick exit included: text,
 * focus ring, corners, spacing and the exit colours (font family and line
 * height are read straight from their public properties by hostStyles). Kept apart from the
 * rest so the quick exit (the element that must load first) ships only
 * these: {@link baseTokenStyles}. Every colour pair meets WCAG 2.2 AA contrast.
 */
const baseTokens: readonly DesignToken[] = [
  { name: '--sa-color-text', light: 'CanvasText', forced: 'CanvasText' },
  // The exit action keeps its urgency in every scheme: a saturated red with white text, never the pale
  // dark-scheme danger tint (which reads as a secondary button on a dark page).
  { name: '--sa-color-exit', light: '#a3160f', dark: '#d32f2f', forced: 'LinkText' },
  { name: '--sa-color-on-exit', light: '#fff', forced: 'Canvas' },
  { name: '--sa-color-focus', light: '#0b4778', dark: '#ffbe2e', forced: 'Highlight' },
  { name: '--sa-focus-width', light: '3px' },
  { name: '--sa-radius', light: '0.25rem' },
  { name: '--sa-space', light: '1rem' },
  // Spacing scale; --sa-space (1rem) is the base unit and --sa-space-m.
  { name: '--sa-space-xs', light: '0.25rem' },
  { name: '--sa-space-s', light: '0.5rem' },
  { name: '--sa-space-m', light: 'var(--sa-space,1rem)' },
];

/**
 * The shared tokens. Defaults inherit the host's font and follow its
 * `color-scheme` through `light-dark()`, so a dark host page gets dark widgets
 * without configuration. Every colour pair meets WCAG 2.2 AA contrast.
 */
export const designTokens: readonly DesignToken[] = [
  // Read directly as public properties by hostStyles (`var(--sa-font-family, inherit)`): every element
  // carries them without a private copy, so the quick exit leaves them out of its token list.
  { name: '--sa-font-family', light: 'inherit' },
  { name: '--sa-line-height', light: '1.5' },
  ...baseTokens,
  { name: '--sa-color-text-muted', light: '#454545', dark: '#c9c9c9', forced: 'CanvasText' },
  { name: '--sa-color-surface', light: 'Canvas', forced: 'Canvas' },
  { name: '--sa-color-surface-raised', light: '#f3f5f8', dark: '#24272c', forced: 'Canvas' },
  { name: '--sa-color-border', light: '#6f7378', dark: '#9aa0a6', forced: 'CanvasText' },
  { name: '--sa-color-accent', light: '#1a4480', dark: '#a8c8ff', forced: 'LinkText' },
  { name: '--sa-color-on-accent', light: '#fff', dark: '#0b1b33', forced: 'Canvas' },
  { name: '--sa-color-danger', light: '#a3160f', dark: '#ffb4ab', forced: 'ButtonText' },
  { name: '--sa-color-on-danger', light: '#fff', dark: '#3b0905', forced: 'ButtonFace' },
  { name: '--sa-color-warning', light: '#e5a000', dark: '#ffbe2e', forced: 'CanvasText' },
  { name: '--sa-color-notice', light: '#fff4d6', dark: '#3a2f12', forced: 'Canvas' },
  // Type scale: relative to the host's own body size (rem), one step apart.
  { name: '--sa-font-size-s', light: '0.875rem' },
  { name: '--sa-font-size-m', light: '1rem' },
  { name: '--sa-font-size-l', light: '1.25rem' },
  { name: '--sa-font-size-xl', light: '1.5rem' },
  { name: '--sa-space-l', light: '1.5rem' },
  { name: '--sa-space-xl', light: '2rem' },
];

/** `--_sa-x: var(--sa-x, value);` for each token `pick` gives a value. */
function declarations(tokens: readonly DesignToken[], pick: (token: DesignToken) => string | undefined): string {
  return tokens
    .map((token) => {
      const value = pick(token);
      return value === undefined ? '' : `${token.name.replace('--sa-', '--_sa-')}:var(${token.name},${value});`;
    })
    .join('');
}

/**
 * Maps each public `--sa-*` token onto a private `--_sa-*` variable used
 * inside shadow roots, with light/dark defaults and forced-colours values.
 */
function tokenCss(tokens: readonly DesignToken[]): CSSResult {
  return unsafeCSS(
    `:host{${declarations(tokens, (t) => (t.dark ? `light-dark(${t.light},${t.dark})` : t.light))}}` +
      `@media (forced-colors:active){:host{${declarations(tokens, (t) => t.forced)}}}`,
  );
}

/** Every token, for elements of the family (SaElement). */
export const tokenStyles: CSSResult = /* @__PURE__ */ tokenCss(designTokens);

/** Only the {@link baseTokens}: enough for the quick exit, which draws one button. */
export const baseTokenStyles: CSSResult = /* @__PURE__ */ tokenCss(baseTokens);

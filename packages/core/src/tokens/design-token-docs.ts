/**
 * What each public design token is for. Kept apart from the tokens so the
 * descriptions reach Storybook and the docs but never the browser bundle.
 */
export const designTokenDescriptions: Readonly<Record<string, string>> = {
  '--sa-font-family': "Font of every element; inherits the host page's font.",
  '--sa-line-height': 'Line height of body text.',
  '--sa-color-text': 'Body text colour.',
  '--sa-color-text-muted': 'Secondary text (provenance, hints): 4.5:1 or more on the surface.',
  '--sa-color-surface': 'Background of cards, banners and panels.',
  '--sa-color-surface-raised': 'Background of highlighted blocks.',
  '--sa-color-border': 'Borders and dividers: 3:1 or more against the surface.',
  '--sa-color-accent': 'Links and primary actions.',
  '--sa-color-on-accent': 'Text on the accent colour.',
  '--sa-color-danger': 'Emergency emphasis: the 911 line, emergency panels, errors.',
  '--sa-color-on-danger': 'Text on the danger colour.',
  '--sa-color-exit': "The exit action (quick exit, the safety alert's exit): a strong red in light and dark schemes.",
  '--sa-color-on-exit': 'Text on the exit colour: 4.5:1 or more in both schemes.',
  '--sa-color-warning': 'The bar along the start edge of warning panels (decorative; the panel also has a border).',
  '--sa-color-notice': 'Background of safety notices.',
  '--sa-color-focus': 'Focus outline.',
  '--sa-focus-width': 'Width of the focus outline.',
  '--sa-radius': 'Corner radius.',
  '--sa-space': 'Base spacing unit; padding and gaps are multiples of it.',
  '--sa-font-size-s': 'Small text: provenance, hints, notes.',
  '--sa-font-size-m': 'Body text and actions.',
  '--sa-font-size-l': 'Element headings and card names.',
  '--sa-font-size-xl': 'Emphasised headings (the emergency alert).',
  '--sa-space-xs': 'Tightest gap: between an icon or label and its text.',
  '--sa-space-s': 'Gap between related items: actions in a row, lines in a card.',
  '--sa-space-m': 'Padding of panels and cards (defaults to --sa-space).',
  '--sa-space-l': 'Gap between sections of one element.',
  '--sa-space-xl': 'Gap between cards and between elements in a gallery.',
};

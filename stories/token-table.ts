import { designTokens } from '../packages/core/src/tokens/design-tokens.js';
import { designTokenDescriptions } from '../packages/core/src/tokens/design-token-docs.js';
import { createElement, type ReactNode } from 'react';
import '@stalking-awareness/widgets/define-all';

const code = (text: string) => createElement('code', null, text);

/** Text whose `backticked` parts are code, as the JSDoc descriptions write them. */
function prose(text: string): ReactNode {
  return text.split(/`([^`]+)`/).map((part, index) => (index % 2 ? createElement('code', { key: index }, part) : part));
}

const SYSTEM_COLOURS =
  /^(Canvas|CanvasText|LinkText|VisitedText|ButtonFace|ButtonText|ButtonBorder|Highlight|HighlightText|GrayText|Field|FieldText|Mark|MarkText)$/;
const isColour = (value: string) => /^(#[0-9a-f]{3,8}|rgb|hsl|oklch)/i.test(value) || SYSTEM_COLOURS.test(value);

/** A value as code, preceded by a swatch of it when it is a colour. */
function valueCell(value: string | undefined): ReactNode {
  if (value === undefined) return '—';
  if (!isColour(value)) return code(value);
  const swatch = createElement('span', {
    'aria-hidden': true,
    style: {
      display: 'inline-block',
      inlineSize: '1.25em',
      blockSize: '1.25em',
      marginInlineEnd: '0.375em',
      verticalAlign: 'middle',
      border: '1px solid #6f7378',
      borderRadius: '0.25em',
      background: value,
    },
  });
  return createElement('span', { style: { whiteSpace: 'nowrap' } }, swatch, code(value));
}

/** A plain docs table: one header row, then one row per entry, keyed by its first cell's text. */
function docTable(headers: string[], rows: Array<{ key: string; cells: ReactNode[] }>) {
  return createElement(
    'table',
    null,
    createElement(
      'thead',
      null,
      createElement(
        'tr',
        null,
        headers.map((title) => createElement('th', { key: title }, title)),
      ),
    ),
    createElement(
      'tbody',
      null,
      rows.map((row) =>
        createElement(
          'tr',
          { key: row.key },
          row.cells.map((cell, index) => createElement('td', { key: index }, cell)),
        ),
      ),
    ),
  );
}

/** The shared design tokens as a table, generated from the source of truth. */
export function TokenTable() {
  return docTable(
    ['Token', 'Light', 'Dark', 'Forced colours', 'Use'],
    designTokens.map((token) => ({
      key: token.name,
      cells: [
        code(token.name),
        valueCell(token.light),
        valueCell(token.dark),
        valueCell(token.forced),
        prose(designTokenDescriptions[token.name] ?? ''),
      ],
    })),
  );
}

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  cssParts?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string; description?: string; default?: string }>;
}
interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

/** The shared token an element token falls back to, read from the element's own styles (`var(--sa-x, var(--_sa-y))`). */
function elementDefault(tag: string, token: string): string | undefined {
  const element = customElements.get(tag) as { elementStyles?: Array<{ cssText?: string }> } | undefined;
  const styles = (element?.elementStyles ?? []).map((style) => style.cssText ?? '').join('\n');
  const fallback = new RegExp(`var\\(${token},\\s*var\\(--_sa-([a-z-]+)\\)`).exec(styles);
  return fallback ? `--sa-${fallback[1]}` : undefined;
}

/** Light and dark swatches of a shared token, or its value as code. */
function defaultCell(shared: string | undefined): ReactNode {
  const token = designTokens.find((t) => t.name === shared);
  if (!shared || !token) return '—';
  const values = [valueCell(token.light), token.dark ? [' / ', valueCell(token.dark)] : null];
  return createElement('span', null, code(shared), createElement('br'), ...values.flat());
}

/**
 * Every element's own tokens and `::part()` names, read from custom-elements.json: one heading and one table per
 * element, with the shared token each custom property defaults to and its light / dark colours.
 */
export function ElementThemingTable({ manifest }: { manifest: Manifest }) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
  return createElement(
    'div',
    null,
    elements.map((element) => {
      const tag = element.tagName!;
      const properties = (element.cssProperties ?? []).map((property) => ({
        key: property.name,
        cells: [
          code(property.name),
          defaultCell(elementDefault(tag, property.name)),
          prose(property.description ?? ''),
        ],
      }));
      const parts = (element.cssParts ?? []).map((part) => ({
        key: `::part(${part.name})`,
        cells: [code(`::part(${part.name})`), prose(part.description ?? '')],
      }));
      return createElement(
        'section',
        { key: tag },
        createElement('h3', { id: `theming-${tag}` }, tag),
        properties.length ? docTable(['Custom property', 'Default (light / dark)', 'Use'], properties) : null,
        parts.length ? docTable(['Part', 'Use'], parts) : null,
      );
    }),
  );
}

import { designTokens } from '../packages/core/src/tokens/design-tokens.js';
import { designTokenDescriptions } from '../packages/core/src/tokens/design-token-docs.js';
import { createElement, type ReactNode } from 'react';

const code = (text: string) => createElement('code', null, text);

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
        token.light,
        token.dark ?? '—',
        token.forced ?? '—',
        designTokenDescriptions[token.name] ?? '',
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

/** Every element's own tokens and `::part()` names, read from custom-elements.json. */
export function ElementThemingTable({ manifest }: { manifest: Manifest }) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const rows = elements.flatMap((element) => {
    const tag = element.tagName!;
    const properties = (element.cssProperties ?? []).map((property) => ({
      key: `${tag} ${property.name}`,
      cells: [code(tag), 'custom property', code(property.name), property.description ?? ''],
    }));
    const parts = (element.cssParts ?? []).map((part) => ({
      key: `${tag} ::part(${part.name})`,
      cells: [code(tag), 'part', code(`::part(${part.name})`), part.description ?? ''],
    }));
    return [...properties, ...parts];
  });
  return docTable(['Element', 'Kind', 'Name', 'Use'], rows);
}

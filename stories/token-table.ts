import { designTokens } from '../packages/core/src/tokens/design-tokens.js';
import { designTokenDescriptions } from '../packages/core/src/tokens/design-token-docs.js';
import { createElement } from 'react';

/** The shared design tokens as a table, generated from the source of truth. */
export function TokenTable() {
  const rows = designTokens.map((token) =>
    createElement(
      'tr',
      { key: token.name },
      createElement('td', null, createElement('code', null, token.name)),
      createElement('td', null, token.light),
      createElement('td', null, token.dark ?? '—'),
      createElement('td', null, token.forced ?? '—'),
      createElement('td', null, designTokenDescriptions[token.name] ?? ''),
    ),
  );
  return createElement(
    'table',
    null,
    createElement(
      'thead',
      null,
      createElement(
        'tr',
        null,
        ['Token', 'Light', 'Dark', 'Forced colours', 'Use'].map((title) => createElement('th', { key: title }, title)),
      ),
    ),
    createElement('tbody', null, rows),
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
  const rows = elements.flatMap((element) => [
    ...(element.cssProperties ?? []).map((property) => ({
      tag: element.tagName!,
      kind: 'custom property',
      name: property.name,
      description: property.description ?? '',
    })),
    ...(element.cssParts ?? []).map((part) => ({
      tag: element.tagName!,
      kind: 'part',
      name: `::part(${part.name})`,
      description: part.description ?? '',
    })),
  ]);
  return createElement(
    'table',
    null,
    createElement(
      'thead',
      null,
      createElement(
        'tr',
        null,
        ['Element', 'Kind', 'Name', 'Use'].map((title) => createElement('th', { key: title }, title)),
      ),
    ),
    createElement(
      'tbody',
      null,
      rows.map((row) =>
        createElement(
          'tr',
          { key: `${row.tag} ${row.name}` },
          createElement('td', null, createElement('code', null, row.tag)),
          createElement('td', null, row.kind),
          createElement('td', null, createElement('code', null, row.name)),
          createElement('td', null, row.description),
        ),
      ),
    ),
  );
}

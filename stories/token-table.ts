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

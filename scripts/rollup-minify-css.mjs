// Rollup plugin: minifies the static CSS in Lit `css` tagged templates of our
// own sources (terser leaves template text alone). Conservative on purpose:
// drops comments and collapses white space only where CSS ignores it. In a
// template with `${…}` expressions only the text between them is compacted,
// and never across an expression (`margin: ${x} 0` keeps its spaces); an
// expression holding a backtick or a brace leaves its template untouched.
const EXPRESSION = /(\$\{[^`{}]*\})/;
/** A css`…` template the minifier compacts (its text is group 1); tests find the same ones. */
export const CSS_TEMPLATE = /\bcss ?`((?:[^`\\$]|\$(?!\{)|\$\{[^`{}]*\})*)`/g;

/** Compacts one run of CSS text; `edges` false keeps white space at its ends (next to an expression). */
function compact(text, edges) {
  const out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    // Inside calc(), * and / need no spaces (+ and - do): calc(var(--x) / 2) -> calc(var(--x)/2).
    .replace(/calc\((?:[^()]|\([^()]*\))*\)/g, (expression) => expression.replace(/\s*([*/])\s*/g, '$1'))
    .replace(/;}/g, '}');
  return edges ? out.trim() : out;
}

export function minifyCssTemplate(text) {
  const parts = text.split(EXPRESSION);
  if (parts.length === 1) return compact(text, true);
  // Odd indexes are the expressions; the text parts around them are compacted in place.
  return parts
    .map((part, i) => (i % 2 === 1 ? part : compact(part, false)))
    .join('')
    .trim();
}

/**
 * Compacts every css`…` template in `code`. With `keepLines`, each template
 * ends in the line breaks it lost, so every line after it keeps its number
 * and a source map written for the uncompacted code still points right
 * (white space at the end of a style sheet means nothing to CSS).
 */
export function compactCssTemplates(code, { keepLines = false } = {}) {
  return code.replace(CSS_TEMPLATE, (_, text) => {
    const compacted = minifyCssTemplate(text);
    const lost = keepLines ? text.split('\n').length - compacted.split('\n').length : 0;
    return `css\`${compacted}${'\n'.repeat(lost)}\``;
  });
}

export function minifyCss() {
  return {
    name: 'sa-minify-css',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id)) return null;
      // Indentation is insignificant in code, and in html`` templates it is
      // white space the browser collapses anyway: drop it, keep the line breaks.
      const dedented = code.replace(/\n[ \t]+/g, '\n');
      return {
        code: dedented.includes('css`') ? compactCssTemplates(dedented) : dedented,
        map: null,
      };
    },
  };
}

// Rollup plugin: minifies the static CSS in Lit `css` tagged templates of our
// own sources (terser leaves template text alone). Conservative on purpose:
// drops comments and collapses white space only where CSS ignores it, and
// leaves templates with `${…}` expressions untouched.
const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

export function minifyCssTemplate(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
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
        code: dedented.includes('css`')
          ? dedented.replace(CSS_TEMPLATE, (_, text) => `css\`${minifyCssTemplate(text)}\``)
          : dedented,
        map: null,
      };
    },
  };
}

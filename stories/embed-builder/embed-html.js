// The embed builder's HTML generator: a pure function from the partner's
// choices and cdn/manifest.json to the exact HTML they paste. Plain
// JavaScript so Storybook, the browser tests and the Node page tests all run
// this same code.
import { OWNER_ONLY_ATTRIBUTES } from '@stalking-awareness/widgets/mount';

/** The public CDN, pinned to the version. Every visitor then makes a request to a third party. */
export const PUBLIC_CDN = 'https://unpkg.com/@stalking-awareness/widgets@{version}/cdn/';

/** Where the builder assumes `packages/widgets/cdn/` was copied on the partner's own site. */
export const DEFAULT_SELF_HOSTED_PATH = '/sa-widgets/';

export const PUBLIC_CDN_PRIVACY_NOTE =
  'Loading the widgets from a public CDN makes every visitor’s browser contact that CDN, which learns their IP ' +
  'address and that they opened a page about stalking. For people who may be watched, copy the cdn/ folder to ' +
  'your own site instead.';

/** The brand colours a partner may set, and the pairs that must stay readable together (WCAG AA, 4.5:1). */
export const BRAND_TOKENS = ['--sa-color-accent', '--sa-color-on-accent', '--sa-color-focus'];
const CONTRAST_PAIRS = [['--sa-color-on-accent', '--sa-color-accent']];

/**
 * @typedef {object} EmbedElement
 * @property {string} tag                                   e.g. `sa-hotline-banner`
 * @property {Record<string, string | boolean>} [attributes] attribute name → value (`true`: present, empty)
 * @property {string} [fallbackHref]                        the quick exit's plain-link destination
 *
 * @typedef {object} EmbedOptions
 * @property {EmbedElement[]} elements
 * @property {string} [lang]                 `en` or `es`, set on the wrapper
 * @property {Record<string, string>} [tokens] brand colours: `--sa-*` → CSS colour
 * @property {'self' | 'cdn'} [source]       self-hosted (default) or the public CDN
 * @property {string} [basePath]             self-hosted folder, default `/sa-widgets/`
 * @property {'tags' | 'data'} [markup]      `<sa-x>` tags, or `<div data-sa-widget>` for CMS editors
 * @property {{ version: string, files: Record<string, { integrity: string }> }} manifest cdn/manifest.json
 *
 * @typedef {object} Embed
 * @property {string} head      what goes in <head>: stylesheet, import map, script
 * @property {string} body      the elements
 * @property {string} css       brand colours, for the site's own stylesheet (no inline style, so a strict CSP holds)
 * @property {string} importMap the import map's text, whose sha256 a CSP must allow
 * @property {string} base      the folder the files load from
 * @property {string[]} notes   what the partner must know (privacy, contrast, ignored choices)
 */

const escapeAttribute = (value) =>
  String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeText = (value) => String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const EXIT_TEXT = { en: 'Exit this page', es: 'Salir de esta página' };

function integrity(manifest, file) {
  const entry = manifest.files[file];
  if (!entry) throw new Error(`cdn/manifest.json has no ${file}: run \`npm run build\`.`);
  return entry.integrity;
}

/** Relative luminance of a #rgb or #rrggbb colour, or undefined for anything else. */
function luminance(colour) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours, or undefined when either is not a hex colour. */
export function contrastRatio(a, b) {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function attributesOf(element, markup, notes) {
  const parts = [];
  for (const [name, value] of Object.entries(element.attributes ?? {})) {
    if (value === false || value === '' || value === undefined) continue;
    if (markup === 'data' && OWNER_ONLY_ATTRIBUTES.includes(name)) {
      notes.push(`${name} on <${element.tag}> is left out: CMS markup cannot set it; put the element in a template.`);
      continue;
    }
    const attribute = markup === 'data' ? `data-${name}` : name;
    parts.push(value === true ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`);
  }
  return parts.join('');
}

function elementHtml(element, markup, lang, notes) {
  const attributes = attributesOf(element, markup, notes);
  const content =
    element.tag === 'sa-quick-exit'
      ? `<a href="${escapeAttribute(element.fallbackHref || 'https://www.weather.gov/')}" rel="noreferrer nofollow">${escapeText(EXIT_TEXT[lang] ?? EXIT_TEXT.en)}</a>`
      : '';
  if (markup === 'data') {
    return `<div data-sa-widget="${element.tag.replace(/^sa-/, '')}"${attributes}>${content}</div>`;
  }
  return `<${element.tag}${attributes}>${content}</${element.tag}>`;
}

/**
 * @param {EmbedOptions} options
 * @returns {Embed}
 */
export function buildEmbed(options) {
  const { manifest, elements, lang = 'en', tokens = {}, source = 'self', markup = 'tags' } = options;
  const notes = [];
  const base =
    source === 'cdn'
      ? PUBLIC_CDN.replace('{version}', manifest.version)
      : (options.basePath || DEFAULT_SELF_HOSTED_PATH).replace(/\/?$/, '/');
  if (source === 'cdn') notes.push(PUBLIC_CDN_PRIVACY_NOTE);
  const cors = source === 'cdn' ? ' crossorigin="anonymous"' : '';
  const onlyQuickExit = elements.length > 0 && elements.every((element) => element.tag === 'sa-quick-exit');
  // Spanish elements: a bundle with their Spanish built in renders them in Spanish at once, no request for strings.
  const entry = `${onlyQuickExit && markup === 'tags' ? 'sa-quick-exit' : 'sa-widgets'}${lang === 'es' ? '.es' : ''}.js`;
  const chunkPrefix = `chunks/${entry.replace(/\.js$/, '')}-`;
  const chunks = Object.keys(manifest.files).filter((file) => file.startsWith(chunkPrefix) && file.endsWith('.js'));
  // Chunks are loaded by import(), which cannot carry an integrity attribute:
  // the import map's "integrity" section pins them (Chromium supports it).
  const importMap = JSON.stringify({
    imports: {},
    integrity: Object.fromEntries(chunks.map((file) => [base + file, integrity(manifest, file)])),
  });
  const head = [
    `<link rel="stylesheet" href="${base}sa-widgets-undefined.css" integrity="${integrity(manifest, 'sa-widgets-undefined.css')}"${cors}>`,
    `<script type="importmap">${importMap}</script>`,
    `<script type="module" src="${base}${entry}" integrity="${integrity(manifest, entry)}"${cors}></script>`,
  ].join('\n');

  // The quick exit goes first in the page, so it is the first thing keyboard and screen-reader users reach.
  const ordered = [...elements].sort((a, b) => Number(b.tag === 'sa-quick-exit') - Number(a.tag === 'sa-quick-exit'));
  const wrapped = ordered.map((element) => elementHtml(element, markup, lang, notes));
  const body =
    lang === 'en' ? wrapped.join('\n') : `<div lang="${escapeAttribute(lang)}">\n${wrapped.join('\n')}\n</div>`;

  const declarations = Object.entries(tokens)
    .filter(([name, value]) => BRAND_TOKENS.includes(name) && value)
    .map(([name, value]) => `  ${name}: ${String(value).replace(/[;{}<>]/g, '')};`);
  const css = declarations.length ? `:root {\n${declarations.join('\n')}\n}` : '';
  for (const [text, background] of CONTRAST_PAIRS) {
    const ratio = tokens[text] && tokens[background] ? contrastRatio(tokens[text], tokens[background]) : undefined;
    if (ratio !== undefined && ratio < 4.5) {
      notes.push(`${text} on ${background} has a contrast of ${ratio.toFixed(2)}:1; WCAG AA needs 4.5:1.`);
    }
  }
  return { head, body, css, importMap, base, notes };
}

/** A whole page with the embed, as the builder's live preview and the tests load it. */
export function embedPage(embed, { title = 'Help if someone is stalking you', stylesheet } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
${stylesheet ? `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">\n` : ''}${embed.head}
</head>
<body>
<main>
${embed.body}
</main>
</body>
</html>
`;
}

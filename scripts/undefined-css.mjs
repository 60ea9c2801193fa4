// Generates packages/widgets/src/styles/undefined.css, the space each sa-*
// element reserves before its script upgrades it, from measurement: every
// element and variant is rendered by the built CDN bundle in Chromium, in
// English and in Spanish (lang="es"), at 320 px, 375 px and desktop width,
// and its height is written down. Nothing is typed in by hand, so a wording
// or padding change cannot leave a stale height behind.
//
//   node scripts/undefined-css.mjs --write   rewrite the file (npm run generate:undefined-css)
//   node scripts/undefined-css.mjs --check   fail when the file differs from a fresh measurement
//                                            (npm run check:undefined-css, run in CI after the build)
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer, until } from '../tests/e2e/harness.mjs';

const OUTPUT = 'packages/widgets/src/styles/undefined.css';
const BUNDLE = 'packages/widgets/cdn/sa-widgets.js';

/** Viewport widths measured; each applies from its width up (the first one below it too). */
const WIDTHS = [
  { width: 320, media: undefined },
  { width: 375, media: '(min-width: 375px)' },
  { width: 1024, media: '(min-width: 1024px)' },
];

/** Languages measured; English is the default, other languages override where they differ. */
const LANGUAGES = ['en', 'es'];

const FALLBACK = '<a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a>';

/**
 * What is measured, and the selector its height applies to (after `tag:not(:defined):not([hidden])`).
 * Later cases of one element win over earlier ones, as in the cascade, so variants come after the default.
 */
const CASES = [
  { tag: 'sa-quick-exit', select: '', markup: `<sa-quick-exit>${FALLBACK}</sa-quick-exit>` },
  {
    tag: 'sa-quick-exit',
    select: "[position='inline']",
    markup: `<sa-quick-exit position="inline">${FALLBACK}</sa-quick-exit>`,
  },
  { tag: 'sa-safety-alert', select: '', markup: '<sa-safety-alert></sa-safety-alert>' },
  {
    tag: 'sa-safety-alert',
    select: ':is([quick-exit], [dismissible])',
    markup: '<sa-safety-alert quick-exit></sa-safety-alert>',
  },
  {
    tag: 'sa-safety-alert',
    select: "[variant='inline']",
    markup: '<sa-safety-alert variant="inline"></sa-safety-alert>',
  },
  {
    tag: 'sa-safety-alert',
    select: "[variant='emergency']",
    markup: '<sa-safety-alert variant="emergency"></sa-safety-alert>',
  },
  // The sticky banner is pinned to the bottom of the viewport, out of the flow: nothing to reserve.
  { tag: 'sa-hotline-banner', select: ":not([variant='sticky'])", markup: '<sa-hotline-banner></sa-hotline-banner>' },
  {
    tag: 'sa-hotline-banner',
    select: "[dismissible]:not([variant='sticky'])",
    markup: '<sa-hotline-banner dismissible></sa-hotline-banner>',
  },
  {
    tag: 'sa-hotline-banner',
    select: "[variant='compact']",
    markup: '<sa-hotline-banner variant="compact"></sa-hotline-banner>',
  },
  { tag: 'sa-resource-card', select: '', markup: '<sa-resource-card resource-id="ndvh"></sa-resource-card>' },
  {
    tag: 'sa-resource-card',
    select: "[variant='compact']",
    markup: '<sa-resource-card resource-id="ndvh" variant="compact"></sa-resource-card>',
  },
  {
    tag: 'sa-legal-disclaimer',
    select: '',
    markup: '<sa-legal-disclaimer agency="Child Support Services" jurisdiction="CA"></sa-legal-disclaimer>',
  },
  {
    tag: 'sa-legal-disclaimer',
    select: "[variant='compact']",
    markup: '<sa-legal-disclaimer variant="compact"></sa-legal-disclaimer>',
  },
  {
    tag: 'sa-legal-disclaimer',
    select: "[variant='inline']",
    markup: '<sa-legal-disclaimer variant="inline"></sa-legal-disclaimer>',
  },
];

// The tools that load from chunks/ when used: measured the same way (the bundle loads them for this page).
CASES.push(
  { tag: 'sa-safety-plan', select: '', markup: '<sa-safety-plan></sa-safety-plan>' },
  { tag: 'sa-safety-plan', select: "[variant='short']", markup: '<sa-safety-plan variant="short"></sa-safety-plan>' },
  { tag: 'sa-stalking-log', select: '', markup: '<sa-stalking-log></sa-stalking-log>' },
  { tag: 'sa-stalking-facts', select: '', markup: '<sa-stalking-facts></sa-stalking-facts>' },
  {
    tag: 'sa-stalking-facts',
    select: "[variant='compact']",
    markup: '<sa-stalking-facts variant="compact"></sa-stalking-facts>',
  },
  {
    tag: 'sa-stalking-facts',
    select: "[variant='awareness-month']:not([show-in-january])",
    markup: '<sa-stalking-facts variant="awareness-month"></sa-stalking-facts>',
  },
  { tag: 'sa-safe-access', select: '', markup: '<sa-safe-access></sa-safe-access>' },
);

const TAGS = [...new Set([...CASES.map((item) => item.tag), 'sa-resource-list'])];

function pageHtml(lang) {
  // Each case as if alone on its page: elements that share a page show the 911 line once, so every banner
  // here shows its own (show-emergency), as a banner alone on a page does.
  const alone = (markup) => markup.replace(/<sa-hotline-banner(?=[\s>])/g, '<sa-hotline-banner show-emergency');
  const cases = CASES.map((item, index) => `<div class="case" data-case="${index}">${alone(item.markup)}</div>`).join(
    '\n',
  );
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>undefined.css measurement</title>
    <link rel="icon" href="data:," />
    <style>.case { display: flow-root; }</style>
    <script type="module" src="/${BUNDLE}"></script>
  </head>
  <body>
${cases}
  </body>
</html>`;
}

/** Heights in CSS px, per case, for one language and width. */
async function measureOnce(browser, server, lang, width) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 800 });
    await page.goto(server.url(`/__measure/${lang}`), { waitUntil: 'load' });
    await until(
      () =>
        page.evaluate(
          (wanted) =>
            [...document.querySelectorAll('.case > *')].every(
              (element) =>
                customElements.get(element.localName) &&
                element.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === wanted,
            ),
          lang,
        ),
      `every element rendered in ${lang} at ${width} px`,
      15_000,
    );
    return await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('.case > *')];
      await Promise.all(elements.map((element) => element.updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return elements.map((element) => element.getBoundingClientRect().height);
    });
  } finally {
    await page.close();
  }
}

/** `{ [lang]: { [width]: heights[] } }` */
async function measureAll() {
  requireBuilt(BUNDLE, 'run `npm run build`');
  const server = await startServer({
    route: (path) => {
      const match = /^\/__measure\/(\w+)$/.exec(path);
      return match ? { body: pageHtml(match[1]) } : undefined;
    },
  });
  const browser = await launchBrowser();
  try {
    const heights = {};
    for (const lang of LANGUAGES) {
      heights[lang] = {};
      for (const { width } of WIDTHS) heights[lang][width] = await measureOnce(browser, server, lang, width);
    }
    return heights;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Whole CSS pixels, rounded up so the space is never short, written in rem so it follows the root font size. */
function rem(px) {
  return `${Number((Math.ceil(px - 0.01) / 16).toFixed(4))}rem`;
}

function rule(item, lang, height, indent) {
  const language = lang === 'en' ? '' : `:lang(${lang})`;
  return `${indent}:where(${item.tag}:not(:defined):not([hidden])${item.select}${language}) {\n${indent}  min-block-size: ${rem(height)};\n${indent}}`;
}

/**
 * The rules of one element at one width: every case in English, and in each other language where it differs.
 * Returned as [selector-free value list, css] so an unchanged element can be left out of a wider breakpoint.
 */
function elementRules(tag, heights, width, indent) {
  const values = [];
  const rules = [];
  CASES.forEach((item, index) => {
    if (item.tag !== tag) return;
    const english = heights.en[width][index];
    values.push(rem(english));
    rules.push(rule(item, 'en', english, indent));
    for (const lang of LANGUAGES.slice(1)) {
      const other = heights[lang][width][index];
      values.push(rem(other));
      if (rem(other) !== rem(english)) rules.push(rule(item, lang, other, indent));
    }
  });
  return { key: values.join(' '), css: rules.join('\n') };
}

function render(heights) {
  const measuredTags = [...new Set(CASES.map((item) => item.tag))];
  const blocks = WIDTHS.map(({ width, media }, position) => {
    const indent = media ? '  ' : '';
    // An element whose heights did not change since the narrower width is left out. When one did, all
    // its rules are written again, in order, so a default rule never overrides a narrower variant rule.
    const body = measuredTags
      .map((tag) => {
        const current = elementRules(tag, heights, width, indent);
        const previous = position > 0 ? elementRules(tag, heights, WIDTHS[position - 1].width, indent) : undefined;
        return current.key === previous?.key ? '' : current.css;
      })
      .filter(Boolean)
      .join('\n');
    if (!body) return '';
    return media
      ? `/* ${width} px and wider */\n@media ${media} {\n${body}\n}`
      : `/* ${width} px (and anything narrower) */\n${body}`;
  }).filter(Boolean);
  return `/*
 * @stalking-awareness/widgets: space for sa-* elements before they upgrade.
 *
 * GENERATED by scripts/undefined-css.mjs from measurement; do not edit by
 * hand. After changing an element's wording, spacing or the bundled data,
 * run \`npm run build && npm run generate:undefined-css\`; CI fails
 * (\`npm run check:undefined-css\`) while this file differs from a fresh
 * measurement.
 *
 * Link it in the <head>, before the elements' script, so the page does not
 * jump when the script arrives (Cumulative Layout Shift 0). It is a plain
 * external stylesheet: no inline styles, nothing a strict CSP
 * (style-src 'self') would block.
 *
 * Heights are the elements' rendered heights with the browser's default
 * 16 px font and 8 px page margin and the bundled data, measured in
 * Chromium with the CDN bundle at ${WIDTHS.map(({ width }) => width).join(', ')} px wide, in English
 * and, where it differs, in Spanish (:lang(es)); written in rem so they
 * follow the page's root font size.
 * Every rule is wrapped in :where() (no specificity), so a host with other
 * fonts, data or languages overrides a value with any selector:
 *   sa-hotline-banner:not(:defined) { min-block-size: 20rem; }
 * Hidden elements stay hidden, and only elements that have not upgraded yet
 * are touched: once defined, each element sizes itself.
 */

:where(
  ${TAGS.join(',\n  ')}
):where(:not(:defined):not([hidden])) {
  display: block;
}

/*
 * Quick exit. The fallback link inside stays visible and clickable: it is
 * the exit before the script runs and with JavaScript off. The sticky bar
 * sticks already; the empty part of the bar lets clicks through, as the
 * upgraded bar does.
 */
:where(sa-quick-exit:not(:defined):not([hidden]):not([position='inline'])) {
  position: sticky;
  top: 0;
  z-index: 1000;
  pointer-events: none;
}
:where(sa-quick-exit:not(:defined):not([position='inline'])) > a {
  pointer-events: auto;
}

/*
 * The list's height depends on its data (thousands of pixels with the
 * bundled data): reserve at least the rest of the viewport, so content
 * below it stays out of view until the cards arrive. The element keeps the
 * same minimum while it loads a host's \`src\` (resource-list.styles.ts).
 */
:where(sa-resource-list:not(:defined):not([hidden])) {
  min-block-size: min(100vh, 80rem);
}

/*
 * The tools: their fallback content (a note on where a printable plan is,
 * say) sits inside the reserved space until they upgrade; flow-root keeps
 * that content's margins inside it instead of moving the page.
 */
:where(sa-safety-plan, sa-stalking-log, sa-stalking-facts, sa-safe-access):where(:not(:defined):not([hidden])) {
  display: flow-root;
}

${blocks.join('\n\n')}
`;
}

async function main(mode) {
  if (mode !== '--write' && mode !== '--check') {
    process.stderr.write('Usage: node scripts/undefined-css.mjs --write | --check\n');
    return 2;
  }
  const fresh = render(await measureAll());
  const path = join(REPO_ROOT, OUTPUT);
  if (mode === '--write') {
    await writeFile(path, fresh);
    process.stdout.write(`${OUTPUT} written from a fresh measurement.\n`);
    return 0;
  }
  const committed = await readFile(path, 'utf8').catch(() => '');
  if (committed === fresh) {
    process.stdout.write(`${OUTPUT} matches a fresh measurement.\n`);
    return 0;
  }
  const before = committed.split('\n');
  const after = fresh.split('\n');
  const changed = after
    .map((line, index) => [index + 1, before[index], line])
    .filter(([, was, now]) => was !== now)
    .slice(0, 20);
  process.stderr.write(
    `${OUTPUT} differs from a fresh measurement; run \`npm run generate:undefined-css\` and commit it.\n` +
      changed.map(([line, was, now]) => `  line ${line}: ${was ?? '(none)'}  ->  ${now ?? '(none)'}`).join('\n') +
      '\n',
  );
  return 1;
}

process.exitCode = await main(process.argv[2]);

// The agency page the benchmarks load: the README's "Embed in 30 seconds"
// snippet, exactly as written there, inside a page like a real agency's (a
// site header, a heading, some text). Built from README.md on every run, so
// the README's snippet is the page that is measured: if the snippet stops
// being the fast path, the benchmark says so.
import { readFile } from 'node:fs/promises';

const PUBLIC_CDN = /https:\/\/unpkg\.com\/@stalking-awareness\/widgets@[^/]+\/cdn\//g;
const SELF_HOSTED = '/packages/widgets/cdn/';

/** The first ```html block after the "Embed in 30 seconds" heading of README.md. */
export async function readmeSnippet() {
  const readme = await readFile('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Embed in 30 seconds'));
  const match = /```html\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('README.md has no html snippet under "Embed in 30 seconds"');
  return match[1];
}

const HEADER = `<header class="site">
      <p class="brand">County Child Support Services</p>
      <nav aria-label="Site"><a href="/">Home</a> <a href="/payments">Payments</a> <a href="/contact">Contact us</a></nav>
    </header>`;

const INTRO = `<h1>Help if someone is stalking you</h1>
      <p>Stalking is a pattern of behavior that makes you feel afraid. It can happen in person, by phone or online.
      You can find support, safety planning and legal information below. Our staff can point you to help, but they
      cannot give legal advice.</p>`;

/**
 * The measured page in `lang` ("en" or "es"): the snippet's head and body,
 * self-hosted (the README recommends it), with the header and text added
 * where a site has them: the quick exit stays first in the body, as the
 * snippet puts it. A Spanish page loads `sa-widgets.es.js`, as the README
 * tells Spanish pages to; `{ stringsFromChunks: true }` keeps `sa-widgets.js`
 * (a page that did not switch, or a mostly English site with Spanish parts).
 */
export async function agencyPage(lang = 'en', { stringsFromChunks = false } = {}) {
  let snippet = (await readmeSnippet()).replace(PUBLIC_CDN, SELF_HOSTED);
  if (lang === 'es' && !stringsFromChunks) snippet = snippet.replace('/sa-widgets.js"', '/sa-widgets.es.js"');
  const head = /<head>([\s\S]*?)<\/head>/.exec(snippet)?.[1] ?? '';
  const body = /<body>([\s\S]*?)<\/body>/.exec(snippet)?.[1] ?? '';
  // The snippet's first element is the quick exit (and its comment); the rest goes in <main>.
  const firstElementEnd = body.indexOf('</sa-quick-exit>') + '</sa-quick-exit>'.length;
  const quickExit = body.slice(0, firstElementEnd);
  const rest = body.slice(firstElementEnd);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Support, safety planning and legal information for people who are being stalked." />
    <title>Help if someone is stalking you | County Child Support Services</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.5; }
      header.site { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; padding: 1rem; background: #1b365d; color: #fff; }
      header.site a { color: #fff; }
      header.site .brand { margin: 0; font-weight: 700; }
      main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    </style>
    ${head.trim()}
  </head>
  <body>
    ${quickExit.trim()}
    ${HEADER}
    <main>
      ${INTRO}
      ${rest.trim()}
    </main>
  </body>
</html>
`;
}

/**
 * A static-server route serving the page at /bench/agency-page.html,
 * /bench/agency-page-es.html (with sa-widgets.es.js) and
 * /bench/agency-page-es-lazy.html (Spanish from sa-widgets.js's chunks).
 */
export async function agencyPageRoute(path) {
  const html = (body) => ({ body, type: 'text/html; charset=utf-8' });
  if (path === '/bench/agency-page.html') return html(await agencyPage('en'));
  if (path === '/bench/agency-page-es.html') return html(await agencyPage('es'));
  if (path === '/bench/agency-page-es-lazy.html') return html(await agencyPage('es', { stringsFromChunks: true }));
  if (path === '/bench/agency-page-bare.html') {
    // The same page without the widgets: what the page costs on its own.
    const page = (await agencyPage('en')).replace(/<script[^>]*sa-widgets[^>]*><\/script>/g, '');
    return { body: page, type: 'text/html; charset=utf-8' };
  }
  return undefined;
}

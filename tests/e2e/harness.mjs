// Reusable pieces for page-level tests in real Chromium: a tiny HTTP server
// on the loopback interface that serves the repository and records every
// request it gets (with its Referer), and a puppeteer-core launcher.
//
// Two servers make two origins (and two sites: serve one as 127.0.0.1 and
// the other as localhost), e.g. the agency's site and an exit destination.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The six core elements: what `define-core` registers, and the CDN bundle without the tools. */
export const CORE_TAGS = [
  'sa-quick-exit',
  'sa-safety-alert',
  'sa-hotline-banner',
  'sa-resource-card',
  'sa-resource-list',
  'sa-legal-disclaimer',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @typedef {object} RecordedRequest
 * @property {string} path      pathname, e.g. /landing
 * @property {string} url       path and query as requested
 * @property {string | undefined} referer
 * @property {number} at        Date.now() when it arrived
 */

/**
 * Starts a server on 127.0.0.1 (free port). Options:
 * - hostname: the name to put in URLs: '127.0.0.1' (default) or 'localhost'
 *   (same machine, another site as far as the browser is concerned);
 * - root: directory served (default: the repository);
 * - headers(path, url): extra response headers (e.g. a CSP);
 * - route(path, url): answer a path itself with { body, type?, status?,
 *   headers?, delayMs? } or return undefined to serve the file;
 * - vars: `{{NAME}}` placeholders replaced in served .html files;
 * - cacheable(path, url): let the browser cache (default: no-store, which also
 *   keeps pages out of the back/forward cache).
 * `.ts` files are served transformed to JavaScript by esbuild (no bundling).
 * Resolves to { origin, url(path), requests, requestsTo(path), close() }.
 */
export async function startServer({
  hostname = '127.0.0.1',
  root = REPO_ROOT,
  headers = () => ({}),
  route = () => undefined,
  vars = {},
  cacheable = () => false,
} = {}) {
  const base = resolve(root);
  /** @type {RecordedRequest[]} */
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
    requests.push({ path, url, referer: request.headers.referer, at: Date.now() });
    const common = {
      'cache-control': cacheable(path, url) ? 'max-age=600' : 'no-store',
      ...headers(path, url),
    };
    try {
      const routed = await route(path, url);
      if (routed) {
        if (routed.delayMs) await new Promise((done) => setTimeout(done, routed.delayMs));
        response.writeHead(routed.status ?? 200, {
          'content-type': routed.type ?? 'text/html; charset=utf-8',
          ...common,
          ...routed.headers,
        });
        response.end(routed.body);
        return;
      }
      const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(base)) {
        response.writeHead(403).end();
        return;
      }
      let body = await readFile(file);
      if (extname(file) === '.html') {
        body = Object.entries(vars).reduce(
          (text, [name, value]) => text.replaceAll(`{{${name}}}`, value),
          String(body),
        );
      } else if (extname(file) === '.ts') {
        body = (await transform(String(body), { loader: 'ts', target: 'es2022' })).code;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...common });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain', ...common }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://${hostname}:${server.address().port}`;
  return {
    origin,
    url: (path = '/') => `${origin}${path}`,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      }),
  };
}

/** Launches headless Chromium through puppeteer-core, or explains what is missing. */
export async function launchBrowser() {
  const executablePath = findChrome();
  if (!executablePath) {
    throw new Error('No Chromium or Chrome found: install one (apt-get install chromium) or set CHROME_PATH.');
  }
  return puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });
}

/** Fails with a clear message when a built file a test needs is missing. */
export function requireBuilt(path, howToBuild = 'run `npm run build` (rollup -c)') {
  if (!existsSync(join(REPO_ROOT, path))) {
    throw new Error(`${path} is missing: ${howToBuild} first.`);
  }
}

/** Collects console errors, uncaught exceptions and CSP violations of a page. */
export async function trapProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    // "Failed to load resource" repeats a bad response, reported below with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    // Chrome sometimes asks the site for /favicon.ico by itself when a page
    // comes back from the back/forward cache with the exit's blank icon: a
    // request to the same site, which already served the page. Not a problem
    // of ours to report (and the fixtures' server has no such file).
    const browserFavicon = new URL(response.url()).pathname === '/favicon.ico';
    if (response.status() >= 400 && !browserFavicon) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  // Injected by the browser, so it runs under any CSP.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

/** Resolves when `predicate()` is true, polling; rejects after `timeoutMs`. */
export async function until(predicate, message, timeoutMs = 5000) {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out: ${message}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** Resolves when every one of `tags` on `page` has rendered into its shadow root; rejects after `timeoutMs`. */
export function untilRendered(page, tags, message = `${tags.join(', ')} to render`, timeoutMs = 15000) {
  return until(
    () =>
      page.evaluate((names) => names.every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount), tags),
    message,
    timeoutMs,
  );
}

/**
 * Records, as the page finishes parsing (DOMContentLoaded), whether
 * `sa-quick-exit` is defined and the words its control shows: the moment a
 * person on a slow phone may reach for it. Call before `page.goto`; read with
 * {@link quickExitAtParsed}.
 */
export function recordQuickExitAtParsed(page) {
  return page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__quickExitAtParsed = {
        defined: !!customElements.get('sa-quick-exit'),
        words: document.querySelector('sa-quick-exit')?.shadowRoot?.querySelector('[part="control"]')?.textContent,
      };
    });
  });
}

/** What {@link recordQuickExitAtParsed} saw: `{ defined, words }`. */
export const quickExitAtParsed = (page) => page.evaluate(() => window.__quickExitAtParsed);

// Privacy of sa-safe-access on a real page (CDN bundles, real Chromium, real
// clicks and key presses): a parent answers the self-check, writes the
// safe-contact note, presses Enter, prints and copies it, then uses the quick
// exit. Nothing may be written to the device (cookies, storage, IndexedDB,
// Cache Storage, history), nothing requested beyond the page's own files,
// and the address bar never shows an answer. The clipboard holds exactly
// the copy the person asked for, and the print dialog was opened only by them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, requireBuilt, startServer } from '../e2e/harness.mjs';
import { installTraps, readStores } from './instrument.mjs';
import { quickExit, settle } from './walkthrough.mjs';

const TEMPLATE = 'tests/fixtures/privacy/safe-access.html';
const DESTINATION = 'https://www.weather.gov/';
const EL = 'sa-safe-access';
const EMPTY_STORES = { cookie: '', localStorage: {}, sessionStorage: {}, indexedDB: [], caches: [], windowName: '' };

let browser;
let site;
let template;

before(async () => {
  requireBuilt('packages/widgets/cdn/sa-widgets.js');
  requireBuilt('packages/widgets/cdn/sa-quick-exit.js');
  template = await readFile(TEMPLATE, 'utf8');
  site = await startServer({
    route: (path, url) => {
      if (path === '/privacy/safe-access.html') {
        const lang = new URL(url, 'http://x').searchParams.get('lang') === 'es' ? 'es' : 'en';
        return { body: template.replaceAll('{{DESTINATION}}', DESTINATION).replaceAll('{{LANG}}', lang) };
      }
      if (path === '/privacy/probe.html')
        return { body: '<!doctype html><title>probe</title><link rel="icon" href="data:," />' };
      return undefined;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

function isOwnFile(url) {
  if (!url.startsWith(`${site.origin}/`)) return false;
  const path = new URL(url).pathname;
  return (
    path === '/privacy/safe-access.html' ||
    path.startsWith('/packages/widgets/cdn/') ||
    path.startsWith('/tests/fixtures/hostile/')
  );
}

/** A fresh context with the traps, print recorded, the clipboard allowed, every request watched. */
async function open(lang) {
  const context = await browser.createBrowserContext();
  await context.overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const page = await context.newPage();
  await page.setViewport({ width: 375, height: 740 });
  const trace = { records: [], requests: [], errors: [], blocked: [] };
  await page.exposeFunction('__privacyRecord', (json) => trace.records.push(JSON.parse(json)));
  await page.evaluateOnNewDocument(installTraps);
  // The real print dialog would block headless Chromium: record the call and what would print.
  await page.evaluateOnNewDocument(() => {
    window.print = () => {
      const printing = document.querySelector('[data-sa-printing]');
      const lines = [...(printing?.shadowRoot?.querySelectorAll('.print-copy p') ?? [])].map((p) => p.textContent);
      window.__privacyRecord?.(JSON.stringify({ kind: 'print', element: printing?.localName ?? null, lines }));
    };
  });
  page.on('pageerror', (error) => trace.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') trace.errors.push(message.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    trace.requests.push({ url, type: request.resourceType() });
    if (url.startsWith(site.origin)) return request.continue();
    if (url === DESTINATION) {
      return request.respond({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Forecast</p>' });
    }
    if (url.startsWith(DESTINATION)) return request.respond({ status: 204, body: '' });
    trace.blocked.push(url);
    return request.abort();
  });
  await page.goto(site.url(`/privacy/safe-access.html?lang=${lang}`), { waitUntil: 'load' });
  await page.waitForFunction(
    (tag, wanted) => {
      const element = document.querySelector(tag);
      return element?.shadowRoot?.textContent.trim() && element.locale === wanted;
    },
    { timeout: 10000 },
    EL,
    lang,
  );
  await settle(page);
  return { page, trace, close: () => context.close() };
}

async function click(page, selector) {
  const handle = await page.waitForSelector(`${EL} >>> ${selector}`);
  await handle.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await handle.click();
  await settle(page);
}

async function typeInto(page, selector, text) {
  await click(page, selector);
  await page.keyboard.type(text, { delay: 2 });
}

const NOTE = { phone: '555-0100', times: 'Weekdays 9 to 11', other: 'No mail to my home' };

/** The whole use of the element, by mouse and keyboard. */
async function useEverything(page) {
  const boxes = await page.$$(`${EL} >>> [part="self-check-form"] input[type="checkbox"]`);
  for (const box of boxes) {
    await box.evaluate((node) => node.scrollIntoView({ block: 'center' }));
    await box.click();
  }
  await page.keyboard.press('Enter');
  await typeInto(page, '#note-phone', NOTE.phone);
  await page.keyboard.press('Enter');
  await typeInto(page, '#note-times', NOTE.times);
  await page.keyboard.press('Enter');
  await click(page, '#message-no');
  await typeInto(page, '#note-other', NOTE.other);
  await settle(page);
  const buttons = await page.$$(`${EL} >>> [part="note-form"] [part="actions"] button`);
  const [print, copy] = buttons;
  await print.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await print.click();
  await copy.click();
  await settle(page);
  return { checkboxes: boxes.length };
}

for (const lang of ['en', 'es']) {
  describe(`privacy: sa-safe-access used, printed, copied, then the quick exit (${lang})`, () => {
    it('writes nothing to the device, sends nothing, and only the person’s own copy and print happen', async () => {
      const { page, trace, close } = await open(lang);
      try {
        const startUrl = page.url();
        const startHistory = await page.evaluate(() => history.length);
        const used = await useEverything(page);
        assert.equal(used.checkboxes, 6, 'answered all six statements');

        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        for (const value of Object.values(NOTE)) assert.ok(clipboard.includes(value), `copied: ${value}`);
        const prints = trace.records.filter((record) => record.kind === 'print');
        assert.equal(prints.length, 1, 'one print, from the Print button');
        assert.equal(prints[0].element, EL, 'only the element is printed');
        assert.ok(
          prints[0].lines.some((line) => line.includes(NOTE.phone)),
          'the printout holds the note',
        );
        const status = await page.$eval(`${EL} >>> [part="contact-note"] [role="status"]`, (node) => node.textContent);
        assert.match(status, lang === 'es' ? /portapapeles/ : /clipboard/, 'the person is told the copy stays');

        assert.equal(page.url(), startUrl, 'no answer or note in the address bar (Enter never submitted)');
        assert.equal(await page.evaluate(() => history.length), startHistory, 'no history entry');
        const writes = trace.records.filter((record) => !['link', 'event', 'print'].includes(record.kind));
        assert.deepEqual(writes, [], 'no storage, cookie, IndexedDB, cache, history or beacon call');
        assert.deepEqual(
          trace.records.filter((record) => record.kind === 'event'),
          [],
          'no sa-* event',
        );
        assert.deepEqual(await page.evaluate(readStores), EMPTY_STORES);
        assert.deepEqual(await page.cookies(site.origin), []);

        await quickExit(page);
        assert.equal(page.url(), DESTINATION, 'the quick exit reached its destination');
        const beyond = trace.requests.filter(
          (request) => !isOwnFile(request.url) && !request.url.startsWith(DESTINATION),
        );
        assert.deepEqual(beyond, [], 'no request beyond the page’s own files');
        assert.deepEqual(trace.blocked, [], 'no request had to be refused');
        assert.deepEqual(
          trace.requests.filter((request) =>
            ['fetch', 'xhr', 'ping', 'eventsource', 'websocket'].includes(request.type),
          ),
          [],
          'no fetch, XHR, beacon or socket',
        );
        await page.goto(site.url('/privacy/probe.html'));
        assert.deepEqual(await page.evaluate(readStores), EMPTY_STORES, 'nothing left behind on the site');
        assert.deepEqual(trace.errors, [], 'no console error or exception');
      } finally {
        await close();
      }
    });
  });
}

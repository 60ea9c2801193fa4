// Privacy and layout of <sa-stalking-log> and <sa-stalking-facts> on a real
// page (CDN bundles, `npm run build`), at phone width: a person fills in the
// log from the keyboard, prints it and saves it in both formats, reads the
// facts and uses the quick exit. Nothing may be stored on the device and
// nothing sent; only the files the person saved exist, and after the exit
// (and Back) the log is empty. Printed, the log is a table and nothing else
// of the page shows; on screen at 320 px it is a list that fits.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, requireBuilt, startServer, until } from '../e2e/harness.mjs';
import { installTraps, readStores } from './instrument.mjs';
import { settle } from './walkthrough.mjs';

const DESTINATION = 'https://www.weather.gov/';
const EMPTY_STORES = { cookie: '', localStorage: {}, sessionStorage: {}, indexedDB: [], caches: [], windowName: '' };
const LOG = 'sa-stalking-log';
const TYPED = {
  what: '=HYPERLINK("https://evil.example","He waited by my car")',
  where: 'Work parking lot',
  witnesses: 'Ana, 555-0100',
  technology: '+tracker on the car',
};

let browser;
let site;
let downloads;

before(async () => {
  requireBuilt('packages/widgets/cdn/sa-widgets.js');
  requireBuilt('packages/widgets/cdn/sa-quick-exit.js');
  site = await startServer({
    vars: { DESTINATION, LANG: 'en' },
    route: (path) => (path === '/probe.html' ? { body: '<!doctype html><title>probe</title>' } : undefined),
  });
  browser = await launchBrowser();
  downloads = await mkdtemp(join(tmpdir(), 'sa-log-downloads-'));
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

async function openPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 320, height: 640 });
  const trace = { records: [], requests: [], errors: [], blocked: [], prints: [] };
  await page.exposeFunction('__privacyRecord', (json) => trace.records.push(JSON.parse(json)));
  await page.exposeFunction('__printRecord', (json) => trace.prints.push(JSON.parse(json)));
  await page.evaluateOnNewDocument(installTraps);
  // The print dialog cannot be driven headless: record what a printer would get at that moment.
  await page.evaluateOnNewDocument(() => {
    window.print = () => {
      const visible = (node) => node && getComputedStyle(node).display !== 'none';
      const log = document.querySelector('sa-stalking-log');
      window.__printRecord(
        JSON.stringify({
          printMedia: matchMedia('print').matches,
          heading: visible(document.querySelector('main > h1')),
          facts: [...document.querySelectorAll('sa-stalking-facts')].map(visible),
          exit: visible(document.querySelector('sa-quick-exit')),
          log: visible(log),
          table: visible(log.shadowRoot.querySelector('[part~="print-table"]')),
        }),
      );
    };
  });
  page.on('pageerror', (error) => trace.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') trace.errors.push(message.text());
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request, type }) => trace.requests.push({ url: request.url, type }));
  await cdp.send('Browser.setDownloadBehavior', {
    behavior: 'allowAndName',
    downloadPath: downloads,
    browserContextId: context.id,
    eventsEnabled: true,
  });
  const finished = [];
  cdp.on('Browser.downloadWillBegin', ({ guid, suggestedFilename }) => finished.push({ guid, suggestedFilename }));
  const done = new Set();
  cdp.on('Browser.downloadProgress', ({ guid, state }) => state === 'completed' && done.add(guid));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    // data: URLs never leave the machine (Chromium draws the date and time fields' icons with them).
    if (url.startsWith(site.origin) || url.startsWith('data:')) return request.continue();
    if (url === DESTINATION)
      return request.respond({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
    if (url.startsWith(DESTINATION)) return request.respond({ status: 204, body: '' });
    trace.blocked.push(url);
    return request.abort();
  });
  await page.goto(site.url('/tests/fixtures/privacy/stalking.html'), { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      ['sa-stalking-log', 'sa-stalking-facts'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.textContent.trim(),
      ),
    { timeout: 10000 },
  );
  await settle(page);
  const savedFiles = async (count) => {
    await until(() => done.size >= count, `${count} download(s) finished`, 10000);
    return Promise.all(
      finished.map(async ({ guid, suggestedFilename }) => ({
        name: suggestedFilename,
        text: await readFile(join(downloads, guid), 'utf8'),
      })),
    );
  };
  return { page, cdp, trace, savedFiles, close: () => context.close() };
}

/** Types into a field of the log's add form with the keyboard. */
async function typeInto(page, id, text) {
  const field = await page.$(`${LOG} >>> #${id}`);
  await field.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await field.click();
  await page.keyboard.type(text, { delay: 2 });
}

async function fillLog(page) {
  await page.$eval(`${LOG} >>> #new-date`, (input) => {
    input.value = '2026-11-20';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  });
  for (const [key, value] of Object.entries(TYPED)) await typeInto(page, `new-${key}`, value);
  await page.keyboard.press('Enter'); // in a one-line field: submits "Add to the log"
  await settle(page);
  await typeInto(page, 'new-what', 'Forty texts in one night');
  const add = await page.$(`${LOG} >>> [data-action="commit"]`);
  await add.click();
  await settle(page);
}

const whatHappened = (page) =>
  page.$$eval(`${LOG} >>> [part~="entry"] dd`, (cells) => cells.map((cell) => cell.textContent.trim()));

describe('privacy: the stalking log and facts', () => {
  it('fill in, print and save: nothing stored, nothing sent; the quick exit leaves no way Back to the log', async () => {
    const { page, trace, savedFiles, close } = await openPage();
    try {
      await fillLog(page);
      assert.equal(await page.$eval(LOG, (log) => log.entryCount), 2, 'two entries added');
      assert.ok((await whatHappened(page)).includes(TYPED.what));

      // Print (the page's print() is replaced, see openPage), with print media as a printer would apply it.
      await page.emulateMediaType('print');
      await page.$eval(`${LOG} >>> [data-action="print"]`, (button) => button.click());
      await page.emulateMediaType('screen');
      assert.deepEqual(trace.prints, [
        { printMedia: true, heading: false, facts: [false, false], exit: false, log: true, table: true },
      ]);

      // Save both formats under typed names.
      for (const [format, name] of [
        ['csv', 'notes'],
        ['html', 'notes'],
      ]) {
        await page.$eval(`${LOG} >>> input[value="${format}"]`, (radio) => radio.click());
        const field = await page.$(`${LOG} >>> #file-name`);
        await field.click({ count: 3 });
        await page.keyboard.type(name);
        await page.$eval(`${LOG} >>> [data-action="save"]`, (button) => button.click());
        await settle(page);
      }
      const files = await savedFiles(2);
      assert.deepEqual(
        files.map((file) => file.name),
        ['notes.csv', 'notes.html'],
      );
      const [csv, htmlFile] = files.map((file) => file.text);
      assert.ok(csv.includes(`"'${TYPED.what.replace(/"/g, '""')}"`), 'formula kept as text in the CSV');
      assert.ok(csv.includes(`"'${TYPED.technology}"`));
      assert.ok(csv.startsWith('\uFEFF"Write nothing you would not want the person stalking you to see.'));
      assert.ok(htmlFile.includes('Keep it somewhere safe.'));
      assert.ok(htmlFile.includes('=HYPERLINK(&quot;https://evil.example&quot;,&quot;He waited by my car&quot;)'));

      const stores = await page.evaluate(readStores);
      assert.deepEqual(stores, EMPTY_STORES, 'nothing stored');
      assert.deepEqual(
        trace.records.filter((record) => !['link', 'event'].includes(record.kind)),
        [],
        'no storage, cookie, history, beacon or service-worker call',
      );
      const ownFiles = (url) =>
        url.startsWith(`${site.origin}/packages/widgets/cdn/`) ||
        url.startsWith(`${site.origin}/tests/fixtures/`) ||
        url.startsWith('blob:') ||
        url.startsWith('data:');
      assert.deepEqual(
        trace.requests.map((request) => request.url).filter((url) => !ownFiles(url)),
        [],
        'nothing requested beyond the page’s own files',
      );
      assert.deepEqual(trace.blocked, [], 'no request had to be refused');
      assert.deepEqual(trace.errors, [], 'no console error');

      // Quick exit: the log page is replaced in history, so Back cannot return to it.
      const logPage = page.url();
      const control = await page.waitForSelector('sa-quick-exit >>> [part~="control"]');
      await Promise.all([page.waitForNavigation({ timeout: 5000 }), control.click()]);
      assert.equal(page.url(), DESTINATION);
      await page.goBack().catch(() => undefined);
      assert.notEqual(page.url(), logPage, 'Back does not return to the log');
      // Back on the site in the same tab: the visit left nothing behind.
      await page.goto(site.url('/probe.html'));
      assert.deepEqual(await page.evaluate(readStores), EMPTY_STORES, 'nothing stored after the exit');
    } finally {
      await close();
    }
  });

  it('at 320 px the entries are a list that fits; printed, a table with every entry and no controls', async () => {
    const { page, close } = await openPage();
    try {
      await fillLog(page);
      const screen = await page.$eval(LOG, (log) => {
        const root = log.shadowRoot;
        return {
          list: getComputedStyle(root.querySelector('[part~="entry-list"]')).display,
          table: getComputedStyle(root.querySelector('[part~="print-table"]')).display,
          pageWidth: document.documentElement.scrollWidth,
          widest: Math.max(...[...root.querySelectorAll('*')].map((node) => node.getBoundingClientRect().right)),
        };
      });
      assert.notEqual(screen.list, 'none');
      assert.equal(screen.table, 'none');
      assert.ok(screen.pageWidth <= 320, `page is ${screen.pageWidth} px wide`);
      assert.ok(screen.widest <= 320, `widest part of the log ends at ${screen.widest} px`);

      await page.emulateMediaType('print');
      const printed = await page.$eval(LOG, (log) => {
        const root = log.shadowRoot;
        const table = root.querySelector('[part~="print-table"]');
        const shown = (node) => node.getClientRects().length > 0;
        return {
          table: getComputedStyle(table).display,
          rows: [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim())),
          warning: shown(root.querySelector('[part~="warning"]')),
          controls: [...root.querySelectorAll('button, input, textarea, [part~="entry-list"]')].filter(shown).length,
        };
      });
      assert.equal(printed.table, 'table');
      assert.equal(printed.rows.length, 2);
      assert.deepEqual(printed.rows[0].slice(0, 5), ['1', 'November 20, 2026', '', TYPED.what, TYPED.where]);
      assert.equal(printed.rows[1][3], 'Forty texts in one night');
      assert.equal(printed.warning, true, 'the warning prints');
      assert.equal(printed.controls, 0, 'no button, field or on-screen list prints');
      const pdf = await page.pdf({ width: '320px' });
      assert.ok(pdf.length > 1000, 'the print renders');
    } finally {
      await close();
    }
  });

  it('a log left by an ordinary link and brought back by Back (back/forward cache) is empty', async () => {
    // Cacheable pages and no request interception, so Chromium may keep the page in its back/forward cache.
    const cached = await startServer({
      vars: { DESTINATION, LANG: 'en' },
      cacheable: () => true,
      route: (path) =>
        path === '/elsewhere.html' ? { body: '<!doctype html><title>Elsewhere</title><p>Elsewhere</p>' } : undefined,
    });
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 320, height: 640 });
      await page.evaluateOnNewDocument(() => {
        addEventListener('pageshow', (event) => {
          if (event.persisted) document.documentElement.dataset.restored = 'yes';
        });
      });
      await page.goto(cached.url('/tests/fixtures/privacy/stalking.html'), { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('sa-stalking-log')?.shadowRoot?.textContent.trim());
      await settle(page);
      await fillLog(page);
      assert.equal(await page.$eval(LOG, (log) => log.entryCount), 2);
      await page.goto(cached.url('/elsewhere.html'), { waitUntil: 'load' });
      await page.goBack({ waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('sa-stalking-log')?.shadowRoot?.textContent.trim());
      const restored = await page.evaluate(() => document.documentElement.dataset.restored === 'yes');
      const state = await page.$eval(LOG, (log) => ({
        count: log.entryCount,
        text: log.shadowRoot.textContent,
        fields: [...log.shadowRoot.querySelectorAll('textarea, input[type="text"]')].map((field) => field.value),
      }));
      assert.equal(restored, true, 'the page came back from the back/forward cache');
      assert.equal(state.count, 0);
      assert.ok(!state.text.includes('Forty texts'), 'no entry shown');
      assert.ok(
        state.fields.every((value) => value === ''),
        'no field refilled',
      );
    } finally {
      await context.close();
      await cached.close();
    }
  });
});

// Privacy of sa-safety-plan (issue 17), on a real page with the CDN bundle:
// a person fills in a plan, prints it and saves it as a file. Nothing may be
// written to cookies, storage, IndexedDB or Cache Storage, nothing requested
// beyond the page's own files, and neither the address bar nor the history
// may change. The print shows only the plan, and the saved file holds only
// the plan, under the name the person typed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, requireBuilt, startServer, until } from '../e2e/harness.mjs';
import { installTraps, readStores } from './instrument.mjs';

const DESTINATION = 'https://www.weather.gov/';
const EDITED = 'Spare phone charged in the kitchen drawer';
const OWN_STEP = 'Ask Maria next door to call if she sees the blue car';

let browser;
let site;
let downloads;

before(async () => {
  requireBuilt('packages/widgets/cdn/sa-widgets.js');
  site = await startServer({ vars: { DESTINATION, LANG: 'en' } });
  downloads = await mkdtemp(join(tmpdir(), 'sa-plan-downloads-'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** Runs in the page: the text a printer would get, read through shadow roots, skipping what print hides. */
function installPrintCapture() {
  const printedText = () => {
    const out = [];
    const visit = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        const text = node.textContent.trim();
        // checkVisibility() follows display:none up the flat tree; a 1 px box is a screen-reader-only status.
        if (text && parent?.checkVisibility({ visibilityProperty: true }) && parent.getBoundingClientRect().width > 1) {
          out.push(text);
        }
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      if (['script', 'style', 'head'].includes(node.localName)) return;
      if (node.shadowRoot) return node.shadowRoot.childNodes.forEach(visit);
      if (node.localName === 'slot') {
        const assigned = node.assignedNodes({ flatten: true });
        return (assigned.length ? assigned : [...node.childNodes]).forEach(visit);
      }
      node.childNodes.forEach(visit);
    };
    visit(document.body);
    return out.join(' ').replace(/\s+/g, ' ');
  };
  // The dialog cannot be driven headless: record what it would have printed, as it is called.
  window.print = () => {
    window.__printed = [...(window.__printed ?? []), printedText()];
  };
}

async function openPage() {
  const context = await browser.createBrowserContext();
  // Let "Save as a file" really save, into a folder of this test.
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: downloads,
    browserContextId: context.id,
  });
  const page = await context.newPage();
  await page.setViewport({ width: 375, height: 720 });
  const trace = { records: [], requests: [], errors: [], blocked: [] };
  await page.exposeFunction('__privacyRecord', (json) => trace.records.push(JSON.parse(json)));
  await page.exposeFunction('__planAtExit', (json) => (trace.planAtExit = JSON.parse(json)));
  await page.evaluateOnNewDocument(installTraps);
  page.on('pageerror', (error) => trace.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') trace.errors.push(message.text());
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request, type }) => trace.requests.push({ url: request.url, type }));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(site.origin) || url.startsWith('blob:')) return request.continue();
    if (url === DESTINATION) return request.respond({ status: 200, contentType: 'text/html', body: '<p>Forecast</p>' });
    if (url.startsWith(DESTINATION)) return request.respond({ status: 204, body: '' });
    trace.blocked.push(url);
    return request.abort();
  });
  await page.goto(site.url('/tests/fixtures/privacy/safety-plan.html'), { waitUntil: 'load' });
  await page.waitForSelector('sa-safety-plan >>> [part~="step"]');
  return { page, cdp, trace, close: () => context.close() };
}

const plan = (page, selector) => page.waitForSelector(`sa-safety-plan >>> ${selector}`);

async function findButton(page, text) {
  const buttons = await page.$$('sa-safety-plan >>> button');
  for (const button of buttons) {
    if ((await button.evaluate((b) => b.textContent.trim())) === text) return button;
  }
  throw new Error(`no button "${text}"`);
}

async function pressButton(page, text) {
  await (await findButton(page, text)).click();
}

async function stepHeading(page) {
  return (await plan(page, '[part="heading"]')).evaluate((h) => h.textContent.trim());
}

/** A person's visit: ticks and rewords an option, adds their own step, walks to the end. */
async function fillInPlan(page) {
  await pressButton(page, 'Start');
  await (await plan(page, 'input[type="checkbox"]')).click();
  const edit = await plan(page, '.edit textarea');
  await edit.click({ clickCount: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type(EDITED);
  await (await plan(page, '.add textarea')).type(OWN_STEP);
  await pressButton(page, 'Add');
  for (let step = 1; step < 8; step++) await pressButton(page, 'Next');
  await pressButton(page, 'See my plan');
  assert.equal(await stepHeading(page), 'My safety plan');
}

describe('privacy: filling in, printing and saving a safety plan', () => {
  it('stores nothing, sends nothing, changes no URL or history; prints and saves only the plan', async () => {
    const { page, cdp, trace, close } = await openPage();
    try {
      const startUrl = page.url();
      const startHistory = await page.evaluate(() => history.length);
      await fillInPlan(page);

      // Print: only the plan, in print media, with the person's own words.
      await page.evaluate(installPrintCapture);
      const print = await findButton(page, 'Print');
      await page.emulateMediaType('print');
      // In print media the button itself is hidden (controls never print), so it is activated directly.
      await print.evaluate((button) => button.click());
      const [printed] = await page.evaluate(() => window.__printed ?? []);
      await page.emulateMediaType(null);
      assert.ok(printed, 'Print called window.print()');
      assert.match(
        printed,
        /^My safety plan These are options, not a complete plan\. No plan can promise safety\. Home /,
      );
      assert.ok(printed.includes(EDITED) && printed.includes(OWN_STEP), 'the person’s words are printed');
      assert.ok(printed.includes('Call 1-800-799-SAFE (7233)'), 'the advocate line is printed');
      for (const absent of [
        'Planning for safety',
        'Host page paragraph',
        'Child Support Services of Example County',
        'Host page footer',
        'Exit this page',
        'Save as a file',
        'Clear my plan',
        'Checking your locks',
        'A printable safety plan is at the front desk',
      ]) {
        assert.ok(!printed.includes(absent), `"${absent}" is not printed`);
      }
      const afterPrint = await page.evaluate(
        () => document.querySelectorAll('[data-sa-printing], [data-sa-print-path]').length,
      );
      assert.equal(afterPrint, 0, 'the page prints normally again after the dialog');

      // Save: a plain file with the typed name, holding the plan.
      const name = await plan(page, '#file-name');
      await name.type('groceries');
      await pressButton(page, 'Save as a file');
      await until(async () => (await readdir(downloads)).includes('groceries.txt'), 'the file was saved');
      const file = await readFile(join(downloads, 'groceries.txt'), 'utf8');
      assert.ok(file.startsWith('My safety plan\n\nThese are options, not a complete plan.'));
      assert.ok(file.includes(`- ${EDITED}`) && file.includes(`- ${OWN_STEP}`));
      assert.ok(!file.includes('Host page'), 'nothing of the host page in the file');

      // Nothing left on the device, nothing sent, no trace in the address bar or history.
      const writes = trace.records.filter((record) => !['link', 'event'].includes(record.kind));
      assert.deepEqual(writes, [], 'no storage, cookie, IndexedDB, cache, history or beacon call');
      assert.deepEqual(await page.evaluate(readStores), {
        cookie: '',
        localStorage: {},
        sessionStorage: {},
        indexedDB: [],
        caches: [],
        windowName: '',
      });
      const { cookies } = await cdp.send('Network.getAllCookies');
      assert.deepEqual(cookies, []);
      const ownFile = (url) =>
        url === startUrl ||
        url.startsWith(`${site.origin}/packages/widgets/cdn/`) ||
        url.startsWith(`${site.origin}/tests/fixtures/hostile/`);
      // The saved file is a blob: URL made on this device; nothing else goes anywhere.
      const elsewhere = trace.requests.filter(
        (request) => !ownFile(request.url) && !request.url.startsWith(`blob:${site.origin}/`),
      );
      assert.deepEqual(elsewhere, [], 'no request beyond the page’s own files');
      assert.deepEqual(trace.blocked, []);
      assert.equal(page.url(), startUrl, 'the address bar did not change');
      assert.equal(await page.evaluate(() => history.length), startHistory, 'no history entry added');
      assert.deepEqual(trace.errors, [], 'no console error or exception');

      // The quick exit leaves, and the plan is forgotten on the way out.
      const control = await page.waitForSelector('sa-quick-exit >>> [part~="control"]');
      await page.evaluate(() =>
        addEventListener('sa-exit', () => {
          const plan = document.querySelector('sa-safety-plan');
          const typed = [...plan.shadowRoot.querySelectorAll('textarea, input[type="text"]')].map((f) => f.value);
          window.__planAtExit(JSON.stringify({ empty: plan.isEmpty, typed: typed.filter(Boolean) }));
        }),
      );
      await Promise.all([page.waitForNavigation({ timeout: 5000 }), control.click()]);
      assert.deepEqual(trace.planAtExit, { empty: true, typed: [] }, 'the plan was already forgotten as the page left');
      assert.equal(page.url(), DESTINATION);
    } finally {
      await close();
    }
  });
});

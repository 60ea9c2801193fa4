// Privacy (issue 8): every element on one page, a reader clicking through all
// of them in real Chromium, then the quick exit. By default nothing may be
// written to the device (cookies, localStorage, sessionStorage, IndexedDB,
// Cache Storage) and nothing may be requested beyond the page's own files.
// Each documented opt-in (SECURITY.md) may add exactly the one write or
// request it names, and that request carries no cookie and no Referer.
//
// Loads the CDN bundles (packages/widgets/cdn/, `npm run build`): the files
// agencies actually put on their pages.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, requireBuilt, startServer } from '../e2e/harness.mjs';
import { installTraps, readStores } from './instrument.mjs';
import {
  clickEveryLink,
  dismissBannerAndAlert,
  openEveryDisclosure,
  quickExit,
  settle,
  useListControls,
} from './walkthrough.mjs';

const TEMPLATE = 'tests/fixtures/privacy/all-elements.html';
const DATA = '/tests/fixtures/privacy/resources.json';
const DESTINATION = 'https://www.weather.gov/';
const GUARD_SCRIPT = '/packages/widgets/cdn/quick-exit/guard-history.js';
const BANNER_KEY = 'sa-hotline-banner:dismissed:ndvh';
const GUARD_KEY = 'sa-quick-exit:exited-to';
/** A cookie of the host site itself (a login, say), to prove opt-in requests do not carry it. */
const HOST_COOKIE = { name: 'agency-session', value: 'host-cookie' };

let browser;
let site;
/** Another origin of the same site (127.0.0.1, other port): a host's data server. Same-site, so cookies could flow. */
let dataServer;
let template;

before(async () => {
  requireBuilt('packages/widgets/cdn/sa-widgets.js');
  requireBuilt('packages/widgets/cdn/sa-quick-exit.js');
  template = await readFile(TEMPLATE, 'utf8');
  site = await startServer({
    route: (path, url) => {
      if (path === '/privacy/page.html') return { body: pageFor(new URL(url, 'http://x').searchParams) };
      if (path === '/privacy/probe.html')
        return { body: '<!doctype html><title>probe</title><link rel="icon" href="data:," />' };
      return undefined;
    },
  });
  dataServer = await startServer({ headers: () => ({ 'access-control-allow-origin': '*' }) });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await dataServer?.close();
});

/** The page with one scenario's attributes filled in (query: exit, banner, list, head). */
function pageFor(params) {
  return template
    .replace('<!-- HEAD-SCRIPT -->', params.get('head') === 'guard' ? `<script src="${GUARD_SCRIPT}"></script>` : '')
    .replaceAll('{{DESTINATION}}', DESTINATION)
    .replace('{{EXIT_ATTRS}}', params.get('exit') ?? '')
    .replace('{{BANNER_ATTRS}}', params.get('banner') ?? '')
    .replace('{{LIST_ATTRS}}', params.get('list') ?? '');
}

/** The page's own files: the page itself, the library's CDN files and the fixtures' icon. */
function isOwnFile(url) {
  if (!url.startsWith(`${site.origin}/`)) return false;
  const path = new URL(url).pathname;
  return (
    path === '/privacy/page.html' ||
    path.startsWith('/packages/widgets/cdn/') ||
    path.startsWith('/tests/fixtures/hostile/')
  );
}

/**
 * Opens the scenario in a fresh browser context (own cookies, storage, cache)
 * with the traps installed, every request watched (with the headers Chromium
 * really sent), and the exit destination answered locally.
 */
async function openScenario(query, { hostCookie = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  const trace = { records: [], requests: [], errors: [], blocked: [] };
  await page.exposeFunction('__privacyRecord', (json) => trace.records.push(JSON.parse(json)));
  await page.evaluateOnNewDocument(installTraps);
  page.on('pageerror', (error) => trace.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') trace.errors.push(`${message.text()} ${message.location()?.url ?? ''}`.trim());
  });

  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  // The headers Chromium really sent (Cookie included; `request.headers` is
  // only the page's view) come in a separate event, before or after.
  const byId = new Map();
  const sentHeaders = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
    const entry = { url: request.url, type, headers: request.headers, sent: sentHeaders.get(requestId) };
    byId.set(requestId, entry);
    trace.requests.push(entry);
  });
  cdp.on('Network.requestWillBeSentExtraInfo', ({ requestId, headers }) => {
    sentHeaders.set(requestId, headers);
    const entry = byId.get(requestId);
    if (entry) entry.sent = headers;
  });

  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(site.origin) || url.startsWith(dataServer.origin)) return request.continue();
    if (url === DESTINATION) {
      return request.respond({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Forecast</p>' });
    }
    if (url.startsWith(DESTINATION)) return request.respond({ status: 204, body: '' }); // the destination's icon
    // Anything else would leave the machine: refuse it (the assertions report it).
    trace.blocked.push(url);
    return request.abort();
  });

  if (hostCookie) await page.setCookie({ ...HOST_COOKIE, url: site.origin });
  const params = new URLSearchParams(query);
  await page.goto(site.url(`/privacy/page.html?${params}`), { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('main > *, body > sa-quick-exit')]
        .filter((element) => element.localName.startsWith('sa-'))
        .every((element) => element.shadowRoot?.textContent.trim()),
    { timeout: 10000 },
  );
  await settle(page);
  return { page, cdp, trace, close: () => context.close() };
}

/** Cookies of every origin in the context, as Chromium holds them. */
async function allCookies(page, cdp) {
  const { cookies } = await cdp.send('Network.getAllCookies');
  const pageCookies = await page.cookies(site.origin, dataServer.origin);
  return {
    cdp: cookies.map((c) => `${c.domain} ${c.name}=${c.value}`),
    page: pageCookies.map((c) => `${c.name}=${c.value}`),
  };
}

/** The reader's whole visit, then the quick exit; returns what the page did along the way. */
async function visitAndExit(scenario) {
  const { page, cdp, trace } = scenario;
  const startUrl = page.url();
  const startHistoryLength = await page.evaluate(() => history.length);
  const disclosures = await openEveryDisclosure(page);
  const controls = await useListControls(page);
  const links = await clickEveryLink(page);
  await dismissBannerAndAlert(page);
  const beforeExit = {
    stores: await page.evaluate(readStores),
    cookies: await allCookies(page, cdp),
    url: page.url(),
    historyLength: await page.evaluate(() => history.length),
  };
  const recordsBeforeExit = trace.records.length;
  await quickExit(page);
  assert.equal(page.url(), DESTINATION, 'the quick exit reached its destination');
  const afterExitCookies = await allCookies(page, cdp);
  // Back on the site in the same tab (sessionStorage is per tab): what did the visit leave behind?
  await page.goto(site.url('/privacy/probe.html'));
  const afterExitStores = await page.evaluate(readStores);
  return {
    startUrl,
    startHistoryLength,
    disclosures,
    controls,
    links,
    beforeExit,
    recordsBeforeExit,
    afterExitCookies,
    afterExitStores,
  };
}

const writes = (trace) => trace.records.filter((record) => !['link', 'event'].includes(record.kind));
const events = (trace, name) =>
  trace.records.filter((record) => record.kind === 'event' && record.name === name).map((r) => JSON.parse(r.detail));

/**
 * Requests the visit made beyond the page's own files, up to the exit: after
 * it, the tab shows the destination, whose own files (its icon) are not ours.
 */
function extraRequests(trace) {
  const exit = trace.requests.findIndex((request) => request.url === DESTINATION);
  return trace.requests.slice(0, exit < 0 ? undefined : exit).filter((request) => !isOwnFile(request.url));
}

const EMPTY_STORES = { cookie: '', localStorage: {}, sessionStorage: {}, indexedDB: [], caches: [], windowName: '' };

/** What every scenario shares: the reader really used everything, and every contact link reported itself. */
function assertWholeVisit(result, trace, { listFromSrc = false } = {}) {
  assert.ok(result.disclosures >= 2, `opened ${result.disclosures} disclosures (safety alert, compact disclaimer)`);
  // The host's data (src on the list) holds one record: one category, no "Show more".
  assert.ok(result.controls.options >= (listFromSrc ? 2 : 4), `used ${result.controls.options} category options`);
  if (!listFromSrc) assert.ok(result.controls.moreClicks >= 1, 'used "Show more"');
  const contactLinks = result.links.filter((link) => link.channel);
  assert.ok(contactLinks.length >= (listFromSrc ? 5 : 10), `clicked ${contactLinks.length} contact links`);
  assert.ok(
    result.links.some((link) => link.href.startsWith('tel:')) &&
      result.links.some((link) => link.href.startsWith('https:')),
    'clicked phone and web links',
  );
  const followed = trace.records.filter((record) => record.kind === 'link').map((record) => record.href);
  assert.deepEqual(
    followed,
    result.links.map((link) => link.href),
    'every link click was seen (and not followed)',
  );
  const actions = events(trace, 'sa-resource-action');
  assert.deepEqual(
    actions.map((action) => action.channel),
    contactLinks.map((link) => link.channel),
    'each contact link still fired its sa-resource-action',
  );
  assert.equal(events(trace, 'sa-dismiss').length, 2, 'banner and alert dismissed');
  assert.deepEqual(events(trace, 'sa-exit'), [{ destination: DESTINATION }]);
  assert.equal(result.beforeExit.url, result.startUrl, 'the address bar never showed what was searched or chosen');
  assert.equal(result.beforeExit.historyLength, result.startHistoryLength, 'no history entry added');
  assert.deepEqual(trace.errors, [], 'no console error or exception');
}

/** The exit went out as one navigation to the destination, without a Referer. */
function assertExitRequest(trace) {
  const exits = trace.requests.filter((request) => request.url === DESTINATION);
  assert.deepEqual(
    trace.blocked.filter((url) => !url.startsWith(DESTINATION)),
    [],
    'no request had to be refused',
  );
  assert.equal(exits.length, 1, 'one request to the exit destination');
  assert.equal(exits[0].type, 'Document');
  assert.ok(exits[0].headers.Referer === undefined || exits[0].headers.Referer === '', 'no Referer to the destination');
}

describe('privacy: a whole visit, then the quick exit', () => {
  it('by default writes nothing to the device and requests nothing beyond the page’s own files', async () => {
    const scenario = await openScenario({});
    try {
      const result = await visitAndExit(scenario);
      assertWholeVisit(result, scenario.trace);
      assert.deepEqual(writes(scenario.trace), [], 'no storage, cookie, IndexedDB, cache or beacon call');
      assert.deepEqual(result.beforeExit.stores, EMPTY_STORES);
      assert.deepEqual(result.beforeExit.cookies, { cdp: [], page: [] });
      assert.deepEqual(result.afterExitCookies, { cdp: [], page: [] });
      assert.deepEqual(result.afterExitStores, EMPTY_STORES);
      const extra = extraRequests(scenario.trace);
      assert.deepEqual(
        extra.map((request) => request.url),
        [],
        'no request beyond the page’s own files',
      );
      assert.deepEqual(
        scenario.trace.requests.filter((request) =>
          ['Fetch', 'XHR', 'Ping', 'EventSource', 'WebSocket'].includes(request.type),
        ),
        [],
        'no fetch, XHR, beacon or socket at all',
      );
      assertExitRequest(scenario.trace);
    } finally {
      await scenario.close();
    }
  });

  it('remember-dismissal="session" on the banner writes exactly its one sessionStorage key', async () => {
    const scenario = await openScenario({ banner: 'remember-dismissal="session"' });
    try {
      const result = await visitAndExit(scenario);
      assertWholeVisit(result, scenario.trace);
      assert.deepEqual(
        writes(scenario.trace).map(({ kind, area, method, args }) => ({ kind, area, method, args })),
        [{ kind: 'storage', area: 'sessionStorage', method: 'setItem', args: [BANNER_KEY, '1'] }],
      );
      assert.deepEqual(result.beforeExit.stores, { ...EMPTY_STORES, sessionStorage: { [BANNER_KEY]: '1' } });
      assert.deepEqual(result.afterExitStores, { ...EMPTY_STORES, sessionStorage: { [BANNER_KEY]: '1' } });
      assert.deepEqual(result.afterExitCookies, { cdp: [], page: [] });
      const extra = extraRequests(scenario.trace);
      assert.deepEqual(
        extra.map((request) => request.url),
        [],
      );
      assertExitRequest(scenario.trace);
    } finally {
      await scenario.close();
    }
  });

  it('guard-history on the quick exit (with its head script) writes exactly its one key, at the exit', async () => {
    const scenario = await openScenario({ exit: 'guard-history', head: 'guard' });
    try {
      const result = await visitAndExit(scenario);
      assertWholeVisit(result, scenario.trace);
      const beforeExit = { records: scenario.trace.records.slice(0, result.recordsBeforeExit) };
      assert.deepEqual(writes(beforeExit), [], 'nothing written before the exit');
      assert.deepEqual(
        writes(scenario.trace).map(({ kind, area, method, args }) => ({ kind, area, method, args })),
        [{ kind: 'storage', area: 'sessionStorage', method: 'setItem', args: [GUARD_KEY, DESTINATION] }],
      );
      assert.deepEqual(result.beforeExit.stores, EMPTY_STORES);
      assert.deepEqual(result.afterExitStores, { ...EMPTY_STORES, sessionStorage: { [GUARD_KEY]: DESTINATION } });
      assert.deepEqual(result.afterExitCookies, { cdp: [], page: [] });
      const extra = extraRequests(scenario.trace).filter((request) => new URL(request.url).pathname !== GUARD_SCRIPT);
      assert.deepEqual(
        extra.map((request) => request.url),
        [],
      );
      assertExitRequest(scenario.trace);
    } finally {
      await scenario.close();
    }
  });

  for (const { element, attribute, sameOrigin } of [
    { element: 'sa-resource-list', attribute: 'list', sameOrigin: false },
    { element: 'sa-hotline-banner', attribute: 'banner', sameOrigin: true },
  ]) {
    it(`src on ${element} makes exactly that one request, without cookies or Referer, and writes nothing`, async () => {
      const src = sameOrigin ? site.url(DATA) : dataServer.url(DATA);
      const scenario = await openScenario({ [attribute]: `src="${src}"` }, { hostCookie: true });
      try {
        await scenario.page.waitForFunction(
          (tag) => /Test help line/.test(document.querySelector(tag).shadowRoot.textContent),
          { timeout: 5000 },
          element,
        );
        const result = await visitAndExit(scenario);
        assertWholeVisit(result, scenario.trace, { listFromSrc: attribute === 'list' });
        assert.deepEqual(writes(scenario.trace), []);
        const host = `${HOST_COOKIE.name}=${HOST_COOKIE.value}`;
        assert.deepEqual(result.beforeExit.stores, { ...EMPTY_STORES, cookie: host }, 'only the host’s own cookie');
        assert.deepEqual(result.afterExitCookies.page, [host], 'no cookie added by the widgets');
        const extra = extraRequests(scenario.trace);
        assert.deepEqual(
          extra.map((request) => request.url),
          [src],
          'exactly the src URL',
        );
        const [data] = extra;
        assert.equal(data.type, 'Fetch');
        const pageRequest = scenario.trace.requests[0];
        assert.match(pageRequest.sent?.Cookie ?? '', /agency-session/, 'the host cookie exists and goes with the page');
        const sent = Object.keys(data.sent ?? {}).map((name) => name.toLowerCase());
        assert.ok(sent.includes('host'), 'the headers on the wire were captured');
        assert.ok(!sent.includes('cookie'), 'no cookie sent with src');
        assert.ok(!sent.includes('referer'), 'no Referer sent with src');
        const received = (sameOrigin ? site : dataServer).requests.filter((request) => request.path === DATA);
        assert.deepEqual(
          received.map((request) => request.referer),
          [undefined],
          'the data server saw one request, no Referer',
        );
        assertExitRequest(scenario.trace);
      } finally {
        await scenario.close();
      }
    });
  }
});

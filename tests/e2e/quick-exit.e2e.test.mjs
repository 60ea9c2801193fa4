// sa-quick-exit in real Chromium, with real navigations between two local
// sites: the agency's site (127.0.0.1) and the exit destination (localhost).
// Loads the CDN bundle packages/widgets/cdn/sa-quick-exit.js (rollup -c).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, requireBuilt, startServer, trapProblems, until } from './harness.mjs';

const FIXTURES = '/tests/fixtures/quick-exit';
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";
const CONTROL = 'sa-quick-exit >>> [part="control"]';

let browser;
let site;
let destination;
let landing;

before(async () => {
  requireBuilt('packages/widgets/cdn/sa-quick-exit.js', 'build the CDN bundle with `npx rollup -c`');
  destination = await startServer({
    hostname: 'localhost',
    route: (path, url) =>
      path === '/landing'
        ? { body: '<!doctype html><title>Weather</title><h1>Forecast</h1>', delayMs: url.includes('slow') ? 2000 : 0 }
        : undefined,
  });
  landing = destination.url('/landing');
  site = await startServer({
    vars: { DESTINATION: landing },
    route: (path) => (path === '/__seen' ? { status: 204, body: '' } : undefined),
    headers: (_path, url) => (url.includes('csp') ? { 'content-security-policy': STRICT_CSP } : {}),
    cacheable: (_path, url) => url.includes('bfcache'),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await destination?.close();
});

/** A fresh page in its own browser context (own history, storage, cache). */
async function openPage(path, { javaScript = true } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = await trapProblems(page);
  await page.setJavaScriptEnabled(javaScript);
  await page.goto(site.url(path), { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

async function upgradedControl(page) {
  return page.waitForSelector(CONTROL, { timeout: 5000 });
}

/** What the test probe (seen.js) reported for `pagePath` since `since`. */
function seenReports(pagePath, since) {
  return site
    .requestsTo('/__seen')
    .filter((request) => request.at >= since)
    .map((request) => Object.fromEntries(new URL(request.url, 'http://x').searchParams))
    .filter((report) => report.page === pagePath);
}

function landingRequestsSince(since) {
  return destination.requestsTo('/landing').filter((request) => request.at >= since);
}

describe('sa-quick-exit: what leaves the page', () => {
  it('a click reaches the destination with no Referer, and a plain link on the same page would have sent one', async () => {
    const { page, problems, close } = await openPage(`${FIXTURES}/exit.html`);
    try {
      const start = Date.now();
      const control = await upgradedControl(page);
      await Promise.all([page.waitForNavigation(), control.click()]);
      assert.equal(page.url(), landing);
      const requests = landingRequestsSince(start);
      assert.equal(requests.length, 1, 'one navigation');
      assert.equal(requests[0].referer, undefined, 'no Referer reaches the destination');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
    // The probe can see a Referer: the same page's plain link sends one.
    const plain = await openPage(`${FIXTURES}/exit.html`);
    try {
      const start = Date.now();
      await Promise.all([plain.page.waitForNavigation(), plain.page.click('#leaky')]);
      assert.ok(landingRequestsSince(start)[0].referer, 'a plain link sends a Referer');
    } finally {
      await plain.close();
    }
  });

  it('Shift three times leaves the same way', async () => {
    const { page, close } = await openPage(`${FIXTURES}/exit.html`);
    try {
      await upgradedControl(page);
      const start = Date.now();
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Shift')]);
      assert.equal(page.url(), landing);
      assert.deepEqual(
        landingRequestsSince(start).map((request) => request.referer),
        [undefined],
      );
    } finally {
      await close();
    }
  });

  it('at the navigation call the page shows and exposes nothing, and it asks the site for nothing', async () => {
    const { page, problems, close } = await openPage(`${FIXTURES}/exit.html`);
    try {
      const control = await upgradedControl(page);
      // Stop the exit's navigation at the moment it starts (Navigation API),
      // recording the page as it is then; the document stays for inspection.
      await page.evaluate(() => {
        window.navigation.addEventListener('navigate', (event) => {
          window.atNavigation = {
            type: event.navigationType,
            url: event.destination.url,
            title: document.title,
            cover: document.querySelector('html > [data-sa-exit-cover]') !== null,
            bodyVisible: document.body.checkVisibility(),
            styleAttributes: document.querySelectorAll('[style]').length,
          };
          event.preventDefault();
        });
      });
      const exitAt = Date.now();
      await control.click();
      assert.deepEqual(await page.evaluate(() => window.atNavigation), {
        type: 'replace',
        url: landing,
        title: '',
        cover: true,
        bodyVisible: false,
        styleAttributes: 0,
      });
      const exposed = [];
      const collect = (node) => {
        if (node.name?.trim()) exposed.push(node.name.trim());
        for (const child of node.children ?? []) collect(child);
      };
      collect((await page.accessibility.snapshot({ interestingOnly: false })) ?? {});
      assert.ok(exposed.length > 0, 'the exit is announced');
      assert.deepEqual([...new Set(exposed)], ['Exiting this page.'], 'nothing but the announcement is exposed');
      await new Promise((done) => setTimeout(done, 500));
      const siteRequests = site.requests.filter((request) => request.at >= exitAt && request.path !== '/__seen');
      assert.deepEqual(siteRequests, [], 'no request (favicon or other) to the site after the exit');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('sa-quick-exit: history', () => {
  it('replaces the exited page in Back: Back goes to the page before, never to the exited one', async () => {
    const { page, close } = await openPage(`${FIXTURES}/earlier.html`);
    try {
      await Promise.all([page.waitForNavigation(), page.click('#next')]);
      const control = await upgradedControl(page);
      const lengthBefore = await page.evaluate(() => history.length);
      await Promise.all([page.waitForNavigation(), control.click()]);
      assert.equal(page.url(), landing);
      assert.equal(await page.evaluate(() => history.length), lengthBefore, 'replaced, not pushed');
      await page.goBack();
      assert.equal(page.url(), site.url(`${FIXTURES}/earlier.html`));
      const text = await page.evaluate(() => document.body.innerText);
      assert.match(text, /Earlier page/);
      assert.doesNotMatch(text, /Help if someone is stalking you/);
      await page.goForward();
      assert.equal(page.url(), landing);
    } finally {
      await close();
    }
  });

  for (const [name, query] of [
    ['reloaded from the network', ''],
    ['kept in the back/forward cache', '?bfcache'],
  ]) {
    it(`with guard-history, an earlier page ${name} leaves again on Back without showing itself`, async () => {
      const earlierPath = `${FIXTURES}/guarded-earlier.html`;
      const { page, problems, close } = await openPage(`${earlierPath}${query}`);
      try {
        await Promise.all([page.waitForNavigation(), page.click('#next')]);
        const control = await upgradedControl(page);
        await Promise.all([page.waitForNavigation(), control.click()]);
        assert.equal(page.url(), landing);
        const backAt = Date.now();
        await page.goBack();
        await until(() => page.url() === landing, `Back should end on the destination, is on ${page.url()}`);
        await until(() => landingRequestsSince(backAt).length === 1, 'the guard left again, once');
        await new Promise((done) => setTimeout(done, 300)); // let a late probe report arrive
        const reports = seenReports(earlierPath, backAt);
        if (query === '') {
          // Reloaded: the guard stopped the parser before the content (and the probe) arrived.
          assert.deepEqual(reports, [], 'the earlier page was never parsed');
        } else {
          // Restored: the probe saw the page come back, already hidden and untitled.
          assert.deepEqual(
            reports.map(({ moment, visible, title }) => ({ moment, visible, title })),
            [{ moment: 'restored', visible: 'false', title: '' }],
          );
        }
        assert.ok(
          landingRequestsSince(backAt).every((request) => request.referer === undefined),
          'no Referer',
        );
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }

  it('a page that comes back from the back/forward cache after its exit stays hidden and leaves again', async () => {
    const exitPath = `${FIXTURES}/exit.html`;
    const { page, problems, close } = await openPage(`${FIXTURES}/earlier.html?bfcache`);
    try {
      await page.goto(site.url(`${exitPath}?bfcache`), { waitUntil: 'load' });
      const control = await upgradedControl(page);
      await page.evaluate(
        (slow) => document.querySelector('sa-quick-exit').setAttribute('href', slow),
        `${landing}?slow`,
      );
      // Back before the slow destination answers: the exited page goes into the cache, covered.
      await control.click();
      await page.goBack();
      assert.equal(page.url(), site.url(`${FIXTURES}/earlier.html?bfcache`));
      const forwardAt = Date.now();
      await page.goForward();
      await until(() => page.url() === `${landing}?slow`, `should leave again, is on ${page.url()}`, 8000);
      const reports = seenReports(exitPath, forwardAt);
      assert.deepEqual(
        reports.map(({ moment, visible, title }) => ({ moment, visible, title })),
        [{ moment: 'restored', visible: 'false', title: '' }],
        'restored from the cache, still hidden and untitled',
      );
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('without guard-history nothing is stored, and an earlier page opened normally forgets a past exit', async () => {
    const { page, close } = await openPage(`${FIXTURES}/exit.html`);
    try {
      const control = await upgradedControl(page);
      await Promise.all([page.waitForNavigation(), control.click()]);
      await page.goto(site.url(`${FIXTURES}/guarded-earlier.html`));
      assert.match(await page.evaluate(() => document.body.innerText), /Guarded earlier page/);
      assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    } finally {
      await close();
    }
  });
});

describe('sa-quick-exit: hostile and limited pages', () => {
  it('exits under a strict CSP with Trusted Types, with no violation', async () => {
    const { page, problems, close } = await openPage(`${FIXTURES}/exit.html?csp`);
    try {
      const control = await upgradedControl(page);
      const start = Date.now();
      await Promise.all([page.waitForNavigation(), control.click()]);
      assert.equal(page.url(), landing);
      assert.equal(landingRequestsSince(start)[0].referer, undefined);
      assert.deepEqual(problems, [], 'no console error and no CSP violation');
    } finally {
      await close();
    }
  });

  it('works with JavaScript off: the fallback link is shown, carries rel="noreferrer nofollow" and sends no Referer', async () => {
    const { page, close } = await openPage(`${FIXTURES}/exit.html`, { javaScript: false });
    try {
      const link = await page.$('sa-quick-exit > a');
      const { rel, visible } = await link.evaluate((a) => ({ rel: a.rel, visible: a.checkVisibility() }));
      assert.deepEqual(rel.split(/\s+/).sort(), ['nofollow', 'noreferrer']);
      assert.equal(visible, true);
      const start = Date.now();
      await Promise.all([page.waitForNavigation(), link.click()]);
      assert.equal(page.url(), landing);
      assert.equal(landingRequestsSince(start)[0].referer, undefined);
    } finally {
      await close();
    }
  });

  it('embedded in a frame, it takes the whole tab away, not just the frame', async () => {
    const { page, close } = await openPage(`${FIXTURES}/framed.html`);
    try {
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      const control = await frame.waitForSelector(CONTROL);
      await Promise.all([page.waitForNavigation(), control.click()]);
      assert.equal(page.url(), landing);
    } finally {
      await close();
    }
  });

  it('keeps a visible boundary in forced colours and a full-width 44 px target at 320 px', async () => {
    const { page, close } = await openPage(`${FIXTURES}/exit.html`);
    try {
      await page.setViewport({ width: 320, height: 640 });
      const session = await page.createCDPSession();
      await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      const control = await upgradedControl(page);
      const look = await control.evaluate((a) => {
        const style = getComputedStyle(a);
        const rect = a.getBoundingClientRect();
        return {
          forced: matchMedia('(forced-colors: active)').matches,
          border: style.borderTopColor,
          borderStyle: style.borderTopStyle,
          width: rect.width,
          height: rect.height,
          overflow: document.documentElement.scrollWidth - innerWidth,
        };
      });
      assert.equal(look.forced, true);
      assert.equal(look.borderStyle, 'solid');
      assert.notEqual(look.border, 'rgba(0, 0, 0, 0)', 'the control has a visible border');
      assert.ok(look.width >= 300, `full width at 320 px (is ${look.width})`);
      assert.ok(look.height >= 44, `44 px tall (is ${look.height})`);
      assert.ok(look.overflow <= 0, 'no sideways scrolling');
    } finally {
      await close();
    }
  });
});

// sa-quick-exit is never covered (issue 13): in real Chromium, at 1024 px and
// at 375 px with touch, after scrolling, under what hosts stack over a page —
// a sticky header (z-index 9999), a fixed cookie banner at the maximum
// z-index, an open modal <dialog>, a script modal that makes the rest of the
// page inert, a popover — the control is what is drawn
// at its own centre, a tap on it exits, and Shift three times exits.
// It never hides what a keyboard user focuses, and host dialogs keep working.
// Loads the CDN bundle packages/widgets/cdn/sa-quick-exit.js (rollup -c).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { launchBrowser, requireBuilt, startServer, trapProblems, until } from './harness.mjs';

const VIEWPORTS = {
  desktop: { width: 1024, height: 700, hasTouch: true },
  phone: { width: 375, height: 667, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
};

// What each host page adds over the quick exit; `open` runs after scrolling.
const SCENARIOS = {
  'sticky header (z-index 9999)': {
    markup: `<header class="sticky-header"><a id="focus-me" href="/home">Home</a> <a href="/help">Help</a> <a href="/contact">Contact us</a></header>`,
  },
  'fixed cookie banner at the maximum z-index': {
    markup: `<div class="banner" role="region" aria-label="Cookies">We use cookies. <button id="focus-me">Accept</button></div>`,
  },
  'open modal dialog': {
    markup: `<dialog id="host-dialog"><form method="dialog"><p>Sign up for updates</p><button id="focus-me">Close</button></form></dialog>`,
    open: () => document.getElementById('host-dialog').showModal(),
    hostLayer: '#host-dialog',
  },
  'custom modal that makes the rest of the page inert': {
    markup: `<div id="custom-modal" class="custom-modal" role="dialog" aria-modal="true" aria-label="Sign up" hidden><p>Sign up for updates</p><button id="focus-me">Close</button></div>`,
    open: () => {
      const modal = document.getElementById('custom-modal');
      for (const child of document.body.children) if (child !== modal) child.inert = true;
      modal.hidden = false;
    },
    hostLayer: '#custom-modal',
  },
  popover: {
    markup: `<div id="host-popover" popover="manual" class="menu"><a id="focus-me" href="/a">Account</a></div>`,
    open: () => document.getElementById('host-popover').showPopover(),
    hostLayer: '#host-popover',
  },
};

let browser;
let site;
let destination;
let landing;

function pageHtml(markup) {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} about safety planning.</p>`).join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Help if someone is stalking you</title>
    <link rel="stylesheet" href="/tests/fixtures/quick-exit/covered.css" />
    <script type="module" src="/packages/widgets/cdn/sa-quick-exit.js"></script>
  </head>
  <body>
    <sa-quick-exit href="${landing}"><a href="${landing}" rel="noreferrer nofollow">Exit this page</a></sa-quick-exit>
    ${markup}
    <main><h1>Help if someone is stalking you</h1>${paragraphs}</main>
  </body>
</html>`;
}

before(async () => {
  requireBuilt('packages/widgets/cdn/sa-quick-exit.js', 'build the CDN bundle with `npx rollup -c`');
  destination = await startServer({
    hostname: 'localhost',
    route: (path) =>
      path === '/landing' ? { body: '<!doctype html><title>Weather</title><h1>Forecast</h1>' } : undefined,
  });
  landing = destination.url('/landing');
  site = await startServer({
    route: (path, url) => {
      const name = new URL(url, 'http://x').searchParams.get('scenario');
      return path === '/covered' ? { body: pageHtml(SCENARIOS[name].markup) } : undefined;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await destination?.close();
});

/** The scenario's page at `viewport`, scrolled down, with the host's layer open. */
async function openScenario(name, viewport) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = await trapProblems(page);
  await page.emulate({ viewport: VIEWPORTS[viewport], userAgent: await browser.userAgent() });
  await page.goto(site.url(`/covered?scenario=${encodeURIComponent(name)}`), { waitUntil: 'load' });
  await page.waitForSelector('sa-quick-exit >>> [part="control"]');
  await page.evaluate(() => window.scrollTo(0, 1500));
  if (SCENARIOS[name].open) await page.evaluate(SCENARIOS[name].open);
  await settle(page);
  return { page, problems, close: () => context.close() };
}

/** Two animation frames: the top layer, anchoring and any move are drawn. */
function settle(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Where the control is and what is at its centre, in the page and in its shadow root. */
function controlState(page) {
  return page.evaluate(() => {
    const host = document.querySelector('sa-quick-exit');
    const control = host.shadowRoot.querySelector('[part="control"]');
    const box = control.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    return {
      x,
      y,
      // A point inside the control's padding, clear of its text, for the pixel check.
      paintX: Math.round(box.left + 6),
      paintY: Math.round(y),
      inViewport: box.top >= 0 && box.bottom <= innerHeight && box.width >= 44 && box.height >= 44,
      topInPage: document.elementFromPoint(x, y) === host,
      topInShadow: control.contains(host.shadowRoot.elementFromPoint(x, y)),
      background: getComputedStyle(control).backgroundColor,
      inert: document.querySelector(':modal') !== null || host.closest('[inert]') !== null,
    };
  });
}

/** The colour drawn on screen at viewport point (x, y): a 1×1 screenshot, decoded. */
async function paintedColour(page, x, y) {
  // Puppeteer's clip is in page coordinates: add the scroll offset.
  const scrollY = await page.evaluate(() => window.scrollY);
  const clip = { x, y: y + scrollY, width: 1, height: 1 };
  const png = Buffer.from(await page.screenshot({ clip, encoding: 'base64', captureBeyondViewport: false }), 'base64');
  const chunks = [];
  let colourType = 6;
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') colourType = data[9];
    if (type === 'IDAT') chunks.push(data);
    offset += length + 12;
  }
  const row = inflateSync(Buffer.concat(chunks));
  // One scanline: a filter byte (0 or 1 for a lone pixel leaves it as is), then R, G, B.
  assert.ok(colourType === 2 || colourType === 6, `PNG colour type ${colourType}`);
  return `rgb(${row[1]}, ${row[2]}, ${row[3]})`;
}

function assertTopmost(state, painted, where) {
  assert.ok(state.inViewport, `${where}: the control is in view and at least 44 px: ${JSON.stringify(state)}`);
  assert.equal(painted, state.background, `${where}: the control's own colour is drawn at its centre line`);
  if (state.inert) {
    // A host modal (or inert) makes everything outside it inert, so hit-testing
    // skips the control although it is drawn on top (checked by the pixel above).
    assert.equal(state.topInPage, false, `${where}: inert under the host's modal, as the platform makes it`);
  } else {
    assert.equal(state.topInPage, true, `${where}: elementFromPoint at its centre is the quick exit`);
    assert.equal(state.topInShadow, true, `${where}: and inside it, the control`);
  }
}

for (const viewport of Object.keys(VIEWPORTS)) {
  describe(`sa-quick-exit is never covered, ${viewport} (${VIEWPORTS[viewport].width} px, touch), after scrolling`, () => {
    for (const name of Object.keys(SCENARIOS)) {
      it(`${name}: the control is on top at its centre, and a tap on it exits`, async () => {
        const { page, problems, close } = await openScenario(name, viewport);
        try {
          const state = await controlState(page);
          assertTopmost(state, await paintedColour(page, state.paintX, state.paintY), name);
          if (SCENARIOS[name].hostLayer) {
            // The host's own dialog or popover is not hidden by the control.
            const hostOnTop = await page.evaluate((selector) => {
              const layer = document.querySelector(selector);
              const box = layer.getBoundingClientRect();
              return layer.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
            }, SCENARIOS[name].hostLayer);
            assert.equal(hostOnTop, true, 'the host layer is still on top at its own centre');
          }
          await Promise.all([page.waitForNavigation(), page.touchscreen.tap(state.x, state.y)]);
          assert.equal(page.url(), landing);
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      });

      it(`${name}: Shift three times exits`, async () => {
        const { page, problems, close } = await openScenario(name, viewport);
        try {
          const navigation = page.waitForNavigation();
          for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
          await navigation;
          assert.equal(page.url(), landing);
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      });
    }
  });
}

describe('sa-quick-exit never hides what a keyboard user focuses, and host dialogs keep working', () => {
  for (const viewport of Object.keys(VIEWPORTS)) {
    for (const name of Object.keys(SCENARIOS)) {
      it(`${viewport}, ${name}: focused host content under the control is uncovered; the control stays on top`, async () => {
        const { page, problems, close } = await openScenario(name, viewport);
        try {
          // Put the host's control right under the exit, then reach it with the keyboard.
          await page.evaluate(() => {
            const control = document.querySelector('sa-quick-exit').shadowRoot.querySelector('[part="control"]');
            const box = control.getBoundingClientRect();
            const target = document.getElementById('focus-me');
            target.classList.add('under-exit');
            target.style.setProperty('--x', `${box.left}px`);
            target.style.setProperty('--y', `${box.top}px`);
          });
          await page.focus('#focus-me');
          await settle(page);
          const focused = await page.evaluate(() => {
            const target = document.getElementById('focus-me');
            const box = target.getBoundingClientRect();
            return target.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
          });
          assert.equal(focused, true, 'the focused element is what is drawn at its centre');
          const state = await controlState(page);
          assertTopmost(state, await paintedColour(page, state.paintX, state.paintY), `${name}, moved`);
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      });
    }
  }

  it('moves off a host popover that would sit under it, and back to the top when the popover closes', async () => {
    const { page, close } = await openScenario('popover', 'desktop');
    try {
      const controlTop = () =>
        page.evaluate(
          () =>
            document.querySelector('sa-quick-exit').shadowRoot.querySelector('[part="control"]').getBoundingClientRect()
              .top,
        );
      const menu = await page.evaluate(() => document.getElementById('host-popover').getBoundingClientRect().bottom);
      assert.ok((await controlTop()) > menu, 'below the open menu, which stays fully visible');
      await page.evaluate(() => document.getElementById('host-popover').hidePopover());
      await settle(page);
      assert.ok((await controlTop()) < 60, 'back at the top edge');
    } finally {
      await close();
    }
  });

  it("a host modal dialog still closes from its own button, and Escape still closes it (the exit's tap does not steal them)", async () => {
    const { page, close } = await openScenario('open modal dialog', 'phone');
    try {
      const button = await page.evaluate(() => {
        const box = document.getElementById('focus-me').getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.touchscreen.tap(button.x, button.y);
      await until(() => page.evaluate(() => !document.getElementById('host-dialog').open), 'the dialog closed');
      await page.evaluate(() => document.getElementById('host-dialog').showModal());
      await page.keyboard.press('Escape');
      await until(() => page.evaluate(() => !document.getElementById('host-dialog').open), 'Escape closed it');
      assert.equal(page.url().startsWith(site.origin), true, 'no exit');
    } finally {
      await close();
    }
  });
});

// Hostile host pages (issue 8): every element on a page we do not control,
// in real Chromium. Each page: every element renders, the quick exit exits
// without a Referer, no console error, no CSP violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { CORE_TAGS } from './harness.mjs';

const TAGS = [...CORE_TAGS, 'sa-safety-plan', 'sa-stalking-log', 'sa-stalking-facts'];
const DESTINATION = 'https://www.weather.gov/';
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";
const PAGE = 'tests/fixtures/hostile/all-elements.html';

/** Each hostile page: how it differs from the plain page with every element. */
const VARIANTS = [
  { name: 'strict-csp', title: 'strict CSP with Trusted Types', csp: STRICT_CSP },
  {
    name: 'aggressive-css',
    title: 'aggressive global stylesheet',
    head: '<link rel="stylesheet" href="/tests/fixtures/hostile/aggressive.css" />',
  },
  {
    name: 'rtl',
    title: 'right-to-left page',
    html: (page) => page.replace('<html lang="en">', '<html lang="ar" dir="rtl">'),
  },
  {
    name: 'narrow-zoom',
    title: '320 px viewport at 200% zoom',
    viewport: { width: 320, height: 640, deviceScaleFactor: 2 },
    noOverflow: true,
  },
  {
    name: 'two-copies',
    title: 'two copies of the CDN bundle of different versions',
    head: '<script type="module" src="/__older-copy/sa-widgets.js"></script>',
    expectWarning: /already defined by version/,
  },
  {
    name: 'host-localize',
    title: 'a host app that uses @lit/localize itself',
    head: '<script type="module" src="/__host-app.js"></script>',
    html: (page) => page.replace('<html lang="en">', '<html lang="es">'),
    spanish: true,
  },
  {
    name: 'unsaved-changes-late',
    title: 'a host that adds an "unsaved changes" prompt after load',
    head: '<script src="/tests/fixtures/hostile/unsaved-changes-late.js"></script>',
    noDialog: true,
  },
];

/**
 * A prompt added before the widgets loaded runs before their listener and
 * cannot be silenced. Chrome then asks "Leave site?"; a Cancel must not strand
 * the person: the next touch asks again, and "Leave" leaves.
 */
const EARLY_PROMPT = {
  name: 'unsaved-changes-early',
  title: 'a host whose "unsaved changes" prompt was added before the widgets loaded',
  head: '<script src="/tests/fixtures/hostile/unsaved-changes.js"></script>',
};

let server;
let browser;
let variantByPath;

/** The CDN bundle with another version number, as a second script on the page would bring. */
async function olderCopy(path) {
  const file = path.replace('/__older-copy/', 'packages/widgets/cdn/');
  const code = await readFile(file, 'utf8');
  return { body: code.replaceAll('"0.1.0"', '"0.0.9"').replaceAll("'0.1.0'", "'0.0.9'"), type: 'text/javascript' };
}

async function hostApp() {
  const result = await build({
    stdin: {
      contents: `
        import { configureLocalization, msg } from '@lit/localize';
        import { LitElement, html } from 'lit';
        const { setLocale } = configureLocalization({
          sourceLocale: 'en',
          targetLocales: ['es'],
          loadLocale: async () => ({ templates: { 'host.greeting': 'Hola desde la agencia' } }),
        });
        class HostApp extends LitElement {
          render() { return html\`<p>\${msg('Hello from the agency', { id: 'host.greeting' })}</p>\`; }
        }
        customElements.define('host-app', HostApp);
        await setLocale('es');
        document.body.prepend(document.createElement('host-app'));`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  return { body: result.outputFiles[0].text, type: 'text/javascript' };
}

before(async () => {
  variantByPath = new Map([...VARIANTS, EARLY_PROMPT].map((variant) => [`/hostile/${variant.name}.html`, variant]));
  const template = await readFile(PAGE, 'utf8');
  server = await startStaticServer('.', {
    headers: (path) => {
      const variant = variantByPath.get(path);
      return variant?.csp ? { 'content-security-policy': variant.csp } : {};
    },
    route: async (path) => {
      if (path.startsWith('/__older-copy/')) return olderCopy(path);
      if (path === '/__host-app.js') return hostApp();
      const variant = variantByPath.get(path);
      if (!variant) return undefined;
      let page = template.replace('<!-- HOST-HEAD -->', variant.head ?? '');
      if (variant.html) page = variant.html(page);
      return { body: page, type: 'text/html; charset=utf-8' };
    },
  });
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a variant with console, error, CSP and destination traps installed. */
async function openVariant(variant) {
  const page = await browser.newPage();
  if (variant.viewport) await page.setViewport(variant.viewport);
  const trap = { errors: [], warnings: [], violations: [], destinationRequests: [], dialogs: [] };
  // A "Leave site?" dialog is answered Cancel, the worst case for a person leaving.
  page.on('dialog', (dialog) => {
    trap.dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') trap.errors.push(message.text());
    if (message.type() === 'warn') trap.warnings.push(message.text());
  });
  page.on('pageerror', (error) => trap.errors.push(error.message));
  // Injected by the browser itself, so it runs even under the strict CSP.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(DESTINATION)) {
      trap.destinationRequests.push(request.headers());
      request.respond({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Forecast</p>' });
    } else if (request.url().startsWith(server.url) || request.url().startsWith('data:')) {
      // data: URLs never leave the machine (Chromium draws date and time fields' icons with them).
      request.continue();
    } else {
      trap.errors.push(`unexpected request to ${request.url()}`);
      request.abort();
    }
  });
  await page.goto(`${server.url}/hostile/${variant.name}.html`, { waitUntil: 'load' });
  return { page, trap };
}

/** Waits until every element is defined and has rendered some text. */
async function everyElementRendered(page) {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const element = document.querySelector(tag);
        return customElements.get(tag) && element?.shadowRoot && element.shadowRoot.textContent.trim().length > 0;
      }),
    { timeout: 10000 },
    TAGS,
  );
}

describe('hostile host pages', () => {
  for (const variant of VARIANTS) {
    it(`${variant.title}: every element renders, the quick exit exits, nothing errs`, async () => {
      const { page, trap } = await openVariant(variant);
      try {
        await everyElementRendered(page);
        if (variant.noOverflow) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 320 px`);
        }
        if (variant.spanish) {
          await page.waitForFunction(
            () => /Salir/.test(document.querySelector('sa-quick-exit').shadowRoot.textContent),
            { timeout: 5000 },
          );
          const hostText = await page.evaluate(() => document.querySelector('host-app')?.shadowRoot?.textContent);
          assert.match(hostText ?? '', /Hola desde la agencia/, "the host's own localization still works");
        }
        const box = await page.evaluate(() => {
          const control = document.querySelector('sa-quick-exit').shadowRoot.querySelector('[part~="control"]');
          const rect = control.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, width: rect.width, height: rect.height };
        });
        assert.ok(box.width >= 44 && box.height >= 44, `quick exit target is ${box.width}×${box.height}`);
        await Promise.all([page.waitForNavigation({ timeout: 5000 }), page.mouse.click(box.x, box.y)]);
        assert.equal(page.url(), DESTINATION);
        assert.equal(trap.destinationRequests.length, 1, 'one navigation to the destination');
        assert.equal(trap.destinationRequests[0].referer, undefined, 'no Referer reaches the destination');
        assert.deepEqual(trap.errors, [], 'no console error, exception or CSP violation');
        assert.deepEqual(trap.dialogs, [], 'no dialog stood between the person and the exit');
        if (variant.expectWarning) {
          assert.ok(
            trap.warnings.some((w) => variant.expectWarning.test(w)),
            `expected a warning matching ${variant.expectWarning}`,
          );
        }
      } finally {
        await page.close();
      }
    });
  }
});

describe('a host prompt the widgets could not silence', () => {
  it(`${EARLY_PROMPT.title}: a Cancel never strands the person; the next touch asks again`, async () => {
    const { page, trap } = await openVariant(EARLY_PROMPT);
    // openVariant answers Cancel; from the second dialog on, answer "Leave".
    page.removeAllListeners('dialog');
    page.on('dialog', (dialog) => {
      trap.dialogs.push(dialog.type());
      void (trap.dialogs.length === 1 ? dialog.dismiss() : dialog.accept());
    });
    try {
      await everyElementRendered(page);
      const box = await page.evaluate(() => {
        const control = document.querySelector('sa-quick-exit').shadowRoot.querySelector('[part~="control"]');
        const rect = control.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      });
      await page.mouse.click(box.x, box.y);
      // Chrome asks "Leave site?" and the dialog handler answers Cancel.
      await page.waitForFunction(() => document.title === '', { timeout: 5000 });
      assert.deepEqual(trap.dialogs, ['beforeunload']);
      const shown = await page.evaluate(() => getComputedStyle(document.body).display !== 'none');
      assert.equal(shown, false, 'the page stays hidden while it has not left');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const leaving = page.waitForNavigation({ timeout: 5000 });
      await page.mouse.click(10, 300);
      await leaving;
      assert.equal(page.url(), DESTINATION);
      assert.deepEqual(trap.dialogs, ['beforeunload', 'beforeunload']);
      assert.equal(trap.destinationRequests.at(-1).referer, undefined, 'no Referer reaches the destination');
    } finally {
      await page.close();
    }
  });
});

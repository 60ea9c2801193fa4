// Server rendering (issue 8): every element renders to declarative shadow DOM
// with @lit-labs/ssr in Node, from the built npm package (dist/), and the page
// hydrates in Chromium without errors: shadow roots exist before any script
// runs, hydration keeps the server's nodes, and the elements work afterwards.
// With JavaScript off, the quick exit in the server-rendered HTML still
// leaves, without a Referer.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer, trapProblems, until } from '../e2e/harness.mjs';

const DESTINATION = 'https://www.weather.gov/';
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";
const FALLBACK = html`<a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a>`;

/** Each element as a host page would write it; the quick exit also gets href, which a server can read. */
const ELEMENTS = {
  'sa-quick-exit': html`<sa-quick-exit href=${DESTINATION}>${FALLBACK}</sa-quick-exit>`,
  'sa-hotline-banner': html`<sa-hotline-banner></sa-hotline-banner>`,
  'sa-resource-card': html`<sa-resource-card resource-id="ndvh"></sa-resource-card>`,
  'sa-resource-list': html`<sa-resource-list search></sa-resource-list>`,
  'sa-legal-disclaimer': html`<sa-legal-disclaimer
    agency="Child Support Services"
    jurisdiction="CA"
  ></sa-legal-disclaimer>`,
  'sa-safety-alert': html`<sa-safety-alert></sa-safety-alert>`,
  'sa-stalking-log': html`<sa-stalking-log></sa-stalking-log>`,
  'sa-stalking-facts': html`<sa-stalking-facts></sa-stalking-facts>`,
  'sa-safety-plan': html`<sa-safety-plan></sa-safety-plan>`,
};

/** What a reader must see in each element's server-rendered shadow root. */
const EXPECTED_TEXT = {
  'sa-quick-exit': 'Exit this page',
  'sa-hotline-banner': 'National Domestic Violence Hotline',
  'sa-resource-card': 'National Domestic Violence Hotline',
  'sa-resource-list': 'If you are in immediate danger, call',
  'sa-legal-disclaimer': 'Child Support Services',
  'sa-safety-alert': 'Someone may be able to see what you do on this computer or phone.',
  'sa-stalking-log': 'Write nothing you would not want the person stalking you to see.',
  'sa-stalking-facts': 'What is stalking?',
  'sa-safety-plan': 'These are options, not a complete plan.',
};

let rendered = {};
let pageBody = '';
let clientBundle = '';
let server;
let browser;

async function renderToString(template) {
  return collectResult(render(template));
}

/** The shadow root's markup of `tag` in `markup`, with Lit's comment markers and styles removed. */
function shadowText(markup) {
  const template = /<template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template>/.exec(markup);
  return template?.[1]
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

function pageHtml(body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered widgets</title>
    <link rel="icon" href="/tests/fixtures/layout-shift/favicon.svg" />
    <script type="module" src="/__client.js"></script>
  </head>
  <body>
    ${body}
    <script src="/tests/fixtures/ssr/mark-before-hydration.js"></script>
  </body>
</html>`;
}

/** What a browser without declarative shadow DOM makes of the page: inert templates, the light DOM shown. */
function withoutDeclarativeShadowDom(page) {
  return page.replaceAll(' shadowroot="open" shadowrootmode="open"', '');
}

before(async () => {
  requireBuilt('packages/widgets/dist/define-all.js', 'run `npm run build` (or `npx tsc -b`)');
  // The define modules of the npm build, as a Node server would import them.
  for (const tag of Object.keys(ELEMENTS)) {
    await import(`../../packages/widgets/dist/${tag.slice(3)}/define.js`);
  }
  for (const [tag, template] of Object.entries(ELEMENTS)) rendered[tag] = await renderToString(template);
  pageBody = await renderToString(html`${Object.values(ELEMENTS)}`);

  // The client: hydrate support FIRST (it patches LitElement), then the same define modules.
  const entry = [
    "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';",
    ...Object.keys(ELEMENTS).map((tag) => `import '@stalking-awareness/widgets/${tag.slice(3)}/define';`),
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    // Lit's development build reports hydration mismatches and other misuse as warnings.
    conditions: ['development'],
    write: false,
    logLevel: 'silent',
  });
  clientBundle = result.outputFiles[0].text;

  server = await startServer({
    headers: (path, url) => (url.includes('strict-csp') ? { 'content-security-policy': STRICT_CSP } : {}),
    route: (path) => {
      if (path === '/ssr') return { body: pageHtml(pageBody) };
      if (path === '/ssr-no-dsd') return { body: withoutDeclarativeShadowDom(pageHtml(pageBody)) };
      if (path === '/__client.js') return { body: clientBundle, type: 'text/javascript; charset=utf-8' };
      return undefined;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('server rendering in Node with @lit-labs/ssr', () => {
  for (const tag of Object.keys(ELEMENTS)) {
    it(`${tag} renders to declarative shadow DOM with its content`, () => {
      const markup = rendered[tag];
      assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
      const text = shadowText(markup);
      assert.ok(text?.includes(EXPECTED_TEXT[tag]), `expected "${EXPECTED_TEXT[tag]}" in: ${text?.slice(0, 300)}`);
      assert.doesNotMatch(text, /undefined|\[object Object\]|NaN/);
      // Styles travel with the markup, so the page looks right before any script.
      assert.match(markup, /<style>[\s\S]*:host[\s\S]*<\/style>/);
    });
  }

  it('the quick exit renders a real link to its destination, without referrer, and keeps the fallback link', () => {
    const markup = rendered['sa-quick-exit'];
    const shadow = /<template[^>]*>([\s\S]*?)<\/template>/.exec(markup)[1];
    assert.match(shadow, /<a\s[^>]*href="https:\/\/www\.weather\.gov\/"[^>]*rel="noreferrer nofollow"/);
    assert.match(shadow, /referrerpolicy="no-referrer"/);
    const light = markup.slice(markup.indexOf('</template>'));
    assert.match(light, /<a href="https:\/\/www\.weather\.gov\/" rel="noreferrer nofollow">Exit this page<\/a>/);
  });

  it('every sourced phone link survives server rendering (the card and banner call the hotline)', () => {
    for (const tag of ['sa-hotline-banner', 'sa-resource-card']) {
      assert.match(rendered[tag], /href="tel:\+18007997233"/, tag);
    }
    assert.match(rendered['sa-resource-list'], /href="tel:911"/);
  });

  it("a host's own records (a property) are validated and rendered on the server too", async () => {
    const { defaultResources } = await import('@stalking-awareness/core');
    const record = {
      ...defaultResources.find((resource) => resource.id === 'ndvh'),
      id: 'host-line',
      name: 'Host line',
    };
    const invalid = { ...record, id: 'host-bad', contacts: [{ channel: 'web', value: 'javascript:alert(1)' }] };
    const card = await renderToString(html`<sa-resource-card .resource=${record}></sa-resource-card>`);
    assert.match(shadowText(card), /Host line/);
    const list = await renderToString(html`<sa-resource-list .resources=${[record, invalid]}></sa-resource-list>`);
    assert.match(shadowText(list), /Host line/);
    assert.doesNotMatch(list, /javascript:/);
    const bad = await renderToString(html`<sa-resource-card .resource=${invalid}></sa-resource-card>`);
    assert.match(bad, /part="invalid"/);
    assert.doesNotMatch(bad, /javascript:/);
  });

  it('the resource list renders its search box and the bundled cards', () => {
    const markup = rendered['sa-resource-list'];
    assert.match(markup, /<input[^>]*type="search"/);
    assert.ok((markup.match(/part="item"/g) ?? []).length >= 5, 'cards rendered on the server');
  });
});

describe('the server-rendered page in Chromium', () => {
  it('has every shadow root before any script ran (JavaScript off)', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(server.url('/ssr'));
    const roots = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('sa-'))
        .map((element) => ({
          tag: element.localName,
          defined: customElements.get(element.localName) !== undefined,
          shadowText: element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80) ?? null,
          height: element.getBoundingClientRect().height,
        })),
    );
    await page.close();
    assert.deepEqual(
      roots.map((root) => root.tag),
      Object.keys(ELEMENTS),
    );
    for (const root of roots) {
      assert.equal(root.defined, false, `${root.tag} is not defined with JavaScript off`);
      assert.ok(root.shadowText, `${root.tag} has a shadow root with text`);
      assert.ok(root.height > 0, `${root.tag} takes up space, styled by its server-rendered styles`);
    }
  });

  it('hydrates every element without errors or warnings, keeping the server-rendered nodes', async () => {
    const page = await browser.newPage();
    const problems = await trapProblems(page);
    const warnings = [];
    let sawDevMode = false;
    page.on('console', (message) => {
      // The development build announces itself once; anything else is a finding, except the
      // notice that a bundled record is past its review date (the 2022 hotline source is, on purpose).
      if (/Lit is in dev mode/.test(message.text())) sawDevMode = true;
      else if (message.type() === 'warn' && !/was due for review/.test(message.text())) warnings.push(message.text());
    });
    await page.goto(server.url('/ssr'));
    await until(
      () => page.evaluate(() => customElements.get('sa-safety-alert') !== undefined),
      'the client bundle defined the elements',
    );
    const state = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('sa-'));
      await Promise.all(elements.map((element) => element.updateComplete));
      return {
        before: window.__beforeHydration,
        after: elements.map((element) => ({
          tag: element.localName,
          hasUpdated: element.hasUpdated,
          // Rendering afresh would put new nodes before the server's: the first one must still be the marked one.
          firstIsMarked: element.shadowRoot.querySelector('*:not(style)')?.hasAttribute('data-ssr-mark') ?? false,
          topLevelElements: element.shadowRoot.querySelectorAll(':scope > :not(style)').length,
        })),
      };
    });
    await page.close();
    for (const entry of state.before) {
      assert.equal(entry.shadowRoot, true, `${entry.tag} had its shadow root before the client script`);
      assert.equal(entry.defined, false, `${entry.tag} was not yet defined when marked`);
    }
    state.after.forEach((entry, index) => {
      assert.equal(entry.hasUpdated, true, `${entry.tag} hydrated`);
      assert.equal(
        entry.firstIsMarked,
        true,
        `${entry.tag} kept the server-rendered nodes (hydrated, not re-rendered)`,
      );
      assert.equal(entry.topLevelElements, state.before[index].topLevelElements, `${entry.tag} rendered nothing twice`);
    });
    assert.equal(sawDevMode, true, 'the client ran Lit in development mode, which reports hydration problems');
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings, []);
  });

  it('after hydration the resource list search filters the cards', async () => {
    const page = await browser.newPage();
    const problems = await trapProblems(page);
    await page.goto(server.url('/ssr'));
    await until(
      () => page.evaluate(() => customElements.get('sa-resource-list') !== undefined),
      'sa-resource-list defined',
    );
    const count = () =>
      page.evaluate(() => document.querySelector('sa-resource-list').shadowRoot.querySelectorAll('.list > li').length);
    await page.evaluate(() => document.querySelector('sa-resource-list').updateComplete);
    const all = await count();
    const search = await page.evaluateHandle(() =>
      document.querySelector('sa-resource-list').shadowRoot.querySelector('input[type="search"]'),
    );
    await search.type('988');
    await until(async () => (await count()) < all, 'the list narrowed');
    const names = await page.evaluate(() =>
      [...document.querySelector('sa-resource-list').shadowRoot.querySelectorAll('.list [part="name"]')].map(
        (name) => name.textContent,
      ),
    );
    await page.close();
    assert.ok(all >= 5, `the server-rendered list showed ${all} cards`);
    assert.ok(names.length >= 1 && names.every((name) => /988/.test(name)), names.join(' | '));
    assert.deepEqual(problems, []);
  });

  it('after hydration the safety plan steps, and its fields keep what is typed', async () => {
    const page = await browser.newPage();
    const problems = await trapProblems(page);
    await page.goto(server.url('/ssr'));
    await until(() => page.evaluate(() => customElements.get('sa-safety-plan') !== undefined), 'defined');
    const plan = () => page.evaluate(() => document.querySelector('sa-safety-plan').updateComplete);
    await plan();
    const start = await page.evaluateHandle(() =>
      document.querySelector('sa-safety-plan').shadowRoot.querySelector('.nav .primary'),
    );
    await start.click();
    await plan();
    const add = await page.evaluateHandle(() =>
      document.querySelector('sa-safety-plan').shadowRoot.querySelector('.add textarea'),
    );
    await add.type('Ask a neighbor');
    const seen = await page.evaluate(() => {
      const root = document.querySelector('sa-safety-plan').shadowRoot;
      return {
        heading: root.querySelector('[part="heading"]').textContent.trim(),
        typed: root.querySelector('.add textarea').value,
      };
    });
    await page.close();
    assert.deepEqual(seen, { heading: 'Home', typed: 'Ask a neighbor' });
    assert.deepEqual(problems, []);
  });

  it('after hydration the quick exit leaves on click', async () => {
    const page = await browser.newPage();
    const problems = await trapProblems(page);
    await interceptDestination(page);
    await page.goto(server.url('/ssr'));
    await until(() => page.evaluate(() => customElements.get('sa-quick-exit') !== undefined), 'defined');
    await page.evaluate(() => document.querySelector('sa-quick-exit').updateComplete);
    const navigation = page.waitForNavigation();
    const control = await page.evaluateHandle(() =>
      document.querySelector('sa-quick-exit').shadowRoot.querySelector('[part="control"]'),
    );
    await control.click();
    await navigation;
    assert.equal(page.url(), DESTINATION);
    await page.close();
    assert.deepEqual(problems, []);
  });
});

describe('the server-rendered page under a strict CSP', () => {
  it('blocks only the inline server styles, then hydrates and styles every element', async () => {
    const page = await browser.newPage();
    const problems = await trapProblems(page);
    await page.goto(server.url('/ssr?strict-csp'));
    await until(() => page.evaluate(() => customElements.get('sa-safety-alert') !== undefined), 'defined');
    const styled = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('sa-'));
      await Promise.all(elements.map((element) => element.updateComplete));
      const control = document.querySelector('sa-quick-exit').shadowRoot.querySelector('[part="control"]');
      return {
        exitBackground: getComputedStyle(control).backgroundColor,
        exitPosition: getComputedStyle(document.querySelector('sa-quick-exit')).position,
        hydrated: elements.every((element) => element.hasUpdated),
      };
    });
    await page.close();
    // Known and documented: the <style> elements of declarative shadow roots are inline styles.
    const blockedStyles = problems.filter((problem) =>
      /^Applying inline style violates|^CSP violation: style-src/.test(problem),
    );
    const others = problems.filter((problem) => !blockedStyles.includes(problem));
    assert.ok(blockedStyles.length > 0, 'the inline server styles were reported as blocked');
    assert.deepEqual(others, []);
    assert.equal(styled.hydrated, true);
    assert.equal(styled.exitPosition, 'sticky', 'the element styles apply after hydration');
    assert.notEqual(styled.exitBackground, 'rgba(0, 0, 0, 0)');
  });
});

describe('the server-rendered quick exit with JavaScript off', () => {
  for (const [name, path, selector] of [
    ['declarative shadow DOM: the server-rendered control', '/ssr', 'control'],
    ['a browser without declarative shadow DOM: the light-DOM fallback link', '/ssr-no-dsd', 'fallback'],
  ]) {
    it(`${name} is visible, clickable and leaves without a Referer`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 320, height: 640 });
      await page.setJavaScriptEnabled(false);
      const requests = await interceptDestination(page);
      await page.goto(server.url(path));
      const box = await page.evaluate((which) => {
        const host = document.querySelector('sa-quick-exit');
        const link = which === 'control' ? host.shadowRoot.querySelector('a') : host.querySelector(':scope > a');
        const rect = link.getBoundingClientRect();
        const style = getComputedStyle(link);
        return {
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          width: rect.width,
          height: rect.height,
          visible: style.visibility === 'visible' && style.display !== 'none',
          rel: link.getAttribute('rel'),
        };
      }, selector);
      assert.ok(box.visible && box.width > 0 && box.height > 0, JSON.stringify(box));
      assert.match(box.rel, /\bnoreferrer\b/);
      const navigation = page.waitForNavigation();
      await page.mouse.click(box.x, box.y);
      await navigation;
      assert.equal(page.url(), DESTINATION);
      assert.equal(requests.length, 1);
      assert.equal(requests[0].referer, undefined, 'no Referer tells the destination where the reader was');
      await page.close();
    });
  }
});

/** Answers the exit destination locally; returns the requests made to it. */
async function interceptDestination(page) {
  const requests = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === DESTINATION) {
      requests.push({ referer: request.headers().referer });
      void request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title>' });
    } else {
      void request.continue();
    }
  });
  return requests;
}

// Windows High Contrast (forced colours): every element keeps visible
// boundaries and every control stays recognisable as one. Puppeteer's media
// emulation works here, where web-test-runner's launcher could not emulate it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { CORE_TAGS } from './harness.mjs';

const PAGE = '/tests/fixtures/forced-colors/all-controls.html';
const TAGS = [...CORE_TAGS, 'sa-safety-plan', 'sa-stalking-log', 'sa-stalking-facts'];

let server;
let browser;

before(async () => {
  server = await startStaticServer('.');
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Controls in every shadow root whose edge a person cannot see in forced colours. */
function invisibleControls(tags) {
  const hasEdge = (element) => {
    const style = getComputedStyle(element);
    const sides = ['Top', 'Right', 'Bottom', 'Left'];
    return sides.some((side) => style[`border${side}Style`] !== 'none' && parseFloat(style[`border${side}Width`]) > 0);
  };
  const problems = [];
  let checked = 0;
  for (const tag of tags) {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) {
      problems.push(`${tag}: not rendered`);
      continue;
    }
    for (const control of root.querySelectorAll('button, input, select')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown in this state
      checked++;
      // Native radio buttons and checkboxes draw their own edges in system colours.
      const nativeBox = /^(radio|checkbox)$/.test(control.type) && getComputedStyle(control).appearance !== 'none';
      if (nativeBox) continue;
      // Buttons drawn only by their background vanish in forced colours; an
      // underlined text button (a disclosure, a link-style action) is fine.
      const underlined = getComputedStyle(control).textDecorationLine.includes('underline');
      if (!hasEdge(control) && !underlined) problems.push(`${tag}: ${control.outerHTML.slice(0, 80)}`);
    }
  }
  return { checked, problems };
}

describe('forced colours (Windows High Contrast)', () => {
  it('every element renders with visible controls', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
      await page.waitForFunction(
        (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.textContent.trim()),
        { timeout: 10000 },
        TAGS,
      );
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      // Open every disclosure so the controls inside are checked too.
      await page.evaluate((tags) => {
        for (const tag of tags) {
          for (const details of document.querySelector(tag).shadowRoot.querySelectorAll('details')) details.open = true;
        }
      }, TAGS);
      const { checked, problems } = await page.evaluate(invisibleControls, TAGS);
      assert.deepEqual(problems, []);
      // The search box, filters, close buttons and the alert's exit button at least.
      assert.ok(checked >= 6, `only ${checked} controls were found to check`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

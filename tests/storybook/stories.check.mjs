// Opens every story and docs page of the static Storybook in Chromium and
// fails on any console error, uncaught exception or axe violation. Drives
// Chromium directly from storybook-static/index.json (the Playwright-based
// Storybook test runner cannot download its browser on this machine).
// Run after `npm run build-storybook`: `npm run test:storybook`.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const STATIC_DIR = 'storybook-static';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
// Storybook's own chrome is not ours to judge; dev-mode notices are not errors.
const IGNORED_CONSOLE = [/Lit is in dev mode/, /Download the React DevTools/];

if (!existsSync(`${STATIC_DIR}/index.json`)) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const { entries } = JSON.parse(readFileSync(`${STATIC_DIR}/index.json`, 'utf8'));

// Props tables show the public API only (issue 20): no private state, handlers or constants, and no
// "Set object" control on events, slots, parts or custom properties.
const manifest = JSON.parse(readFileSync('packages/widgets/custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const PUBLIC_NAMES = new Set(
  declarations
    .flatMap((d) => [
      ...(d.attributes ?? []),
      ...(d.members ?? []).filter((m) => !m.privacy && !m.static),
      ...(d.events ?? []),
      ...(d.cssParts ?? []),
      ...(d.cssProperties ?? []),
      ...(d.slots ?? []),
    ])
    .map((item) => item.name),
);
const INTERNAL_NAMES = new Set(
  declarations
    .flatMap((declaration) => declaration.members ?? [])
    .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static || /^[A-Z0-9_]+$/.test(m.name))
    .map((m) => m.name)
    .filter((name) => !PUBLIC_NAMES.has(name)),
);

async function propsTableProblems(page) {
  const { names, objectButtons } = await page.evaluate(() => ({
    names: [...document.querySelectorAll('.docblock-argstable-body tr td:first-child')].map((cell) =>
      (cell.querySelector('span')?.textContent ?? cell.textContent ?? '').trim(),
    ),
    objectButtons: [...document.querySelectorAll('.docblock-argstable button')].filter((button) =>
      /set object/i.test(button.textContent ?? ''),
    ).length,
  }));
  const problems = names
    .filter((name) => INTERNAL_NAMES.has(name))
    .map((name) => `props table lists internal "${name}"`);
  if (objectButtons > 0) problems.push(`props table has ${objectButtons} "Set object" control(s)`);
  return problems;
}

const server = await startStaticServer(STATIC_DIR);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
const failures = [];

async function check(entry) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // The browser asks for /favicon.ico by itself; a static Storybook has none.
    const fromFavicon = message.location()?.url?.endsWith('/favicon.ico');
    if (message.type() === 'error' && !fromFavicon && !IGNORED_CONSOLE.some((re) => re.test(message.text()))) {
      problems.push(`console error: ${message.text()} ${message.location()?.url ?? ''}`.trim());
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      document.body.classList.contains('sb-show-main') ||
      document.body.classList.contains('sb-show-errordisplay') ||
      document.querySelector('#storybook-docs .sbdocs'),
    { timeout: 15000 },
  );
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    problems.push(`story failed to render: ${await page.$eval('#error-message', (el) => el.textContent)}`);
  }
  // Let elements upgrade, load translations and settle.
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (entry.type === 'docs' && entry.tags?.includes('autodocs')) problems.push(...(await propsTableProblems(page)));
  if (entry.type === 'story') {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      // Storybook's own a11y panel may still be running axe on a slow story: wait for it, then run ours.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run(document.querySelector('#storybook-root'), {
            resultTypes: ['violations'],
          });
          return result.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          );
        } catch (error) {
          if (attempt >= 20 || !/already running/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    });
    for (const violation of violations) problems.push(`axe ${violation}`);
  }
  await page.close();
  if (problems.length) failures.push(`${entry.id}\n    ${problems.join('\n    ')}`);
  return problems.length === 0;
}

let checked = 0;
try {
  for (const entry of Object.values(entries)) {
    const ok = await check(entry);
    checked++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${entry.id}`);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\n${checked - failures.length} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
if (checked === 0) {
  console.error('No story was found in storybook-static/index.json.');
  process.exit(1);
}

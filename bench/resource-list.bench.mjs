// sa-resource-list: first render of 1,000 resources and search keystroke →
// updated list, measured in the page (performance.now) on the built CDN
// bundle, up to forced style and layout. Each run loads the page afresh, so
// caches and JIT start cold as they would for a reader.
//
// The list shows 25 cards before "Show more" (all 1,000 are validated,
// counted and searchable). The cost of rendering every card at once is
// reported too, without a goal, so nobody mistakes one for the other.
//
// Milliseconds are reported against goals; what gates is the ratio to a bare
// Lit element rendering the same first 25 cards (bench/pages/bare-lit-list.html),
// loaded alternately in the same run, so a busy machine slows both alike.
import { median } from './stats.mjs';

/** Searched one keystroke at a time: narrows 1,000 cards step by step to a few hundred, then to one. */
const QUERY = 'service 12';
/** Measured here at 11 (57 ms against 5 ms) on a busy machine; the gate leaves room for noise, not for a regression. */
const RATIO_FIRST_RENDER = 18;

export async function run({ browser, baseUrl, runs }) {
  const firstRender = [];
  const bareRender = [];
  const allAtOnce = [];
  const keystrokes = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  try {
    for (let i = 0; i < runs; i++) {
      await page.goto(`${baseUrl}/bench/pages/bare-lit-list.html`, { waitUntil: 'load' });
      await page.waitForFunction('window.benchReady === true');
      bareRender.push(await page.evaluate('window.benchFirstRender()'));
      await page.goto(`${baseUrl}/bench/pages/resource-list.html`, { waitUntil: 'load' });
      await page.waitForFunction('window.benchReady === true');
      firstRender.push(await page.evaluate('window.benchFirstRender()'));
      const { times, shown } = await page.evaluate(`window.benchSearch(${JSON.stringify(QUERY)})`);
      if (shown < 1) throw new Error(`search for "${QUERY}" left no card`);
      keystrokes.push(...times);
      // For the record: what a host that sets page-size="1000" pays.
      await page.goto(`${baseUrl}/bench/pages/resource-list.html`, { waitUntil: 'load' });
      await page.waitForFunction('window.benchReady === true');
      allAtOnce.push(await page.evaluate('window.benchFirstRender(1000)'));
    }
  } finally {
    await page.close();
  }
  return [
    {
      measurement: 'sa-resource-list: first render of 1,000 resources, first page of 25 cards (to layout)',
      unit: 'ms',
      ours: median(firstRender),
      peer: median(bareRender),
      peerName: 'a bare Lit element, same 25 cards',
      goal: 50,
      timing: true,
      maxRatio: RATIO_FIRST_RENDER,
    },
    {
      measurement: 'sa-resource-list: search keystroke → updated list (to layout)',
      unit: 'ms',
      ours: median(keystrokes),
      peer: null,
      peerName: null,
      goal: 16,
      timing: true,
    },
    {
      measurement: 'sa-resource-list: 1,000 resources with page-size="1000", all cards at once (to layout; no goal)',
      unit: 'ms',
      ours: median(allAtOnce),
      peer: null,
      peerName: null,
    },
  ];
}

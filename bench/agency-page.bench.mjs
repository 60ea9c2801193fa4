// The README's embed snippet on an agency page (bench/agency-page.mjs), in
// English and in Spanish, at desktop and phone widths: long tasks while the
// page loads (long-task observer), the main-thread time the widgets add
// (Chromium's TaskDuration, the same page with and without the widgets,
// measured back to back in this run) and layout shift (layout-shift
// observer, the same sum Lighthouse reports as CLS).
//
// Main-thread time is read on two clocks in the same load:
// - CPU time (the main thread's own clock): what the page's work costs. A
//   busy host still moves it: the same code read 44 ms in one CI run and 70 ms
//   in the next, with the bare page 29% slower too (this machine's cores are
//   shared with the host's other guests).
// - Wall-clock time: the same tasks, plus every moment the main thread waited
//   for one of this machine's two cores (the browser's other processes and
//   threads, the harness, the host) or for the browser process (fonts, the
//   compositor). That part belongs to the machine, not the page, and it moves
//   the figure by 20 ms or more from run to run.
//
// Each clock is read two ways: the best load of each page against the best of
// the other (noise only ever adds time, so the fastest load is the closest to
// what the code costs), and the median of the paired differences.
//
// The browser runs without DevTools' network and issue reporting, which
// otherwise does work on the page's main thread for every request (and the
// widgets' page makes more requests than the bare one).
//
// Milliseconds are reported against their goals, never gated: this machine is
// shared and noisy. What gates is what noise cannot change: layout shift, and
// the added main-thread time as a ratio to the page's own (bare) cost.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.mjs';
import { median } from './stats.mjs';

const OBSERVE = `
  window.__perf = { longTasks: [], shift: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__perf.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__perf.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

// Both pages are settled the same way (this script, two frames and a quiet
// moment), so what the widgets add is not the measuring itself: the bare
// page's elements never upgrade, so it skips only the waits for them.
const SETTLED = (widgets) => `(async () => {
  if (${widgets}) {
    const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('sa-')))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
  }
  // Two frames and a quiet moment: lazy work (translations, deferred status) lands and lays out.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return true;
})()`;

/** A CDP session reading the page's task time on one clock: 'timeTicks' (wall) or 'threadTicks' (CPU). */
async function taskClock(page, timeDomain) {
  const session = await page.createCDPSession();
  await session.send('Performance.enable', { timeDomain });
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
}

/**
 * The browser these loads run in: without DevTools' network and issue
 * monitoring, so the measuring does no work per request on the page's main
 * thread. Also used by compare.mjs.
 */
export function launchQuietBrowser() {
  return puppeteer.launch({
    executablePath: findChrome(),
    args: chromeArgs(),
    headless: true,
    networkEnabled: false,
    issuesEnabled: false,
  });
}

/**
 * One fresh load of `url` at `width`: longest task, task count over 50 ms, CLS
 * and total task time in ms, on the wall clock (`tasks`) and the main thread's
 * CPU clock (`cpu`). A URL with "bare" in it is the page without the widgets;
 * any other waits for every element to render. Also used by compare.mjs.
 */
export async function load(browser, url, width) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width, height: width < 600 ? 812 : 800, isMobile: width < 600, hasTouch: width < 600 });
    await page.evaluateOnNewDocument(OBSERVE);
    const wallClock = await taskClock(page, 'timeTicks');
    const cpuClock = await taskClock(page, 'threadTicks');
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(SETTLED(!url.includes('bare')));
    const perf = await page.evaluate('window.__perf');
    return {
      longest: Math.max(0, ...perf.longTasks),
      overFifty: perf.longTasks.filter((d) => d > 50).length,
      shift: perf.shift,
      tasks: await wallClock(),
      cpu: await cpuClock(),
    };
  } finally {
    await context.close();
  }
}

export async function run({ baseUrl, runs }) {
  const browser = await launchQuietBrowser();
  try {
    return await measure(browser, baseUrl, runs);
  } finally {
    await browser.close();
  }
}

async function measure(browser, baseUrl, runs) {
  const rows = [];
  for (const [lang, path] of [
    ['English', '/bench/agency-page.html'],
    ['Spanish', '/bench/agency-page-es.html'],
    // A Spanish page that kept sa-widgets.js: its Spanish comes from two chunks, after a request.
    ['Spanish with sa-widgets.js', '/bench/agency-page-es-lazy.html'],
  ]) {
    for (const width of [1280, 375, 320]) {
      const samples = [];
      const bare = [];
      for (let i = 0; i < runs; i++) {
        // Interleaved, so both pages see the same machine load.
        bare.push(await load(browser, `${baseUrl}/bench/agency-page-bare.html`, width));
        samples.push(await load(browser, `${baseUrl}${path}`, width));
      }
      const where = `${lang}, ${width} px`;
      rows.push({
        measurement: `Agency page (README snippet), ${where}: layout shift (CLS)`,
        unit: 'score',
        ours: Math.max(...samples.map((s) => s.shift)),
        goal: 0,
      });
      if (width === 320) continue; // timing at two widths is enough; 320 px is about layout
      // Two estimates of what the widgets add. The best load of each page against the best of the other: the
      // machine's noise only ever adds time, so the fastest load is the closest to what the code costs (the
      // issue's own figures were best of 3). And the median of the paired differences, which a busy run moves.
      const fastest = (loads, clock) => Math.min(...loads.map((s) => s[clock]));
      const best = (clock) => Math.max(0, fastest(samples, clock) - fastest(bare, clock));
      const added = (clock) => median(samples.map((s, index) => Math.max(0, s[clock] - bare[index][clock])));
      const medianBare = (clock) => median(bare.map((s) => s[clock]));
      const vsBare = { peerName: 'the same page without the widgets', goal: 60, timing: true };
      rows.push({
        // The longest in any load, not a median: "no long task" means none in any of them.
        measurement: `Agency page, ${where}: longest main-thread task while loading, any of ${runs} loads (reported)`,
        unit: 'ms',
        ours: Math.max(...samples.map((s) => s.longest)),
        goal: 50,
        timing: true,
      });
      rows.push({
        measurement: `Agency page, ${where}: main-thread time the widgets add, CPU clock, best of ${runs} loads (vs the bare page's best)`,
        unit: 'ms',
        ours: best('cpu'),
        peer: fastest(bare, 'cpu'),
        ...vsBare,
        // Gated loosely: on a shared machine this ratio swings run to run.
        maxRatio: 8,
      });
      rows.push({
        measurement: `Agency page, ${where}: the same, CPU clock, median of ${runs} paired loads (reported)`,
        unit: 'ms',
        ours: added('cpu'),
        peer: medianBare('cpu'),
        ...vsBare,
      });
      rows.push({
        measurement: `Agency page, ${where}: the same, wall clock (with the waits for a core), best of ${runs} loads (reported)`,
        unit: 'ms',
        ours: best('tasks'),
        peer: fastest(bare, 'tasks'),
        ...vsBare,
      });
      rows.push({
        measurement: `Agency page, ${where}: the same, wall clock, median of ${runs} paired loads (reported)`,
        unit: 'ms',
        ours: added('tasks'),
        peer: medianBare('tasks'),
        ...vsBare,
      });
    }
  }
  return rows;
}

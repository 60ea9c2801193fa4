// Paired comparison of two builds of the CDN bundle on the README agency page
// (bench/agency-page.mjs): the main-thread time each adds to the same page
// without the widgets, loaded in turn (bare, A, B; then bare, B, A) so both
// builds see the same machine load, on the main thread's CPU clock and on the
// wall clock (see agency-page.bench.mjs). One build's figure moves 15–25 ms
// from run to run on a shared machine, on either clock when the host is busy;
// the median of the paired differences is what tells a change's effect.
// Reports, never gates.
//
//   cp -r packages/widgets/cdn /tmp/cdn-before   # build, copy, change, build again
//   npm run bench:compare -- /tmp/cdn-before packages/widgets/cdn --runs 21 --width 375 --lang es
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../scripts/static-server.mjs';
import { agencyPage, agencyPageRoute } from './agency-page.mjs';
import { launchQuietBrowser, load } from './agency-page.bench.mjs';
import { median } from './stats.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '12' },
    width: { type: 'string', default: '1280' },
    lang: { type: 'string', default: 'en' },
  },
});
if (positionals.length !== 2) {
  console.error('Usage: node bench/compare.mjs <cdn folder A> <cdn folder B> [--runs 12] [--width 1280] [--lang en]');
  process.exit(2);
}
const builds = { A: resolve(positionals[0]), B: resolve(positionals[1]) };
const runs = Number(values.runs);
const width = Number(values.width);
const page = await agencyPage(values.lang);

// /A/page.html and /B/page.html: the agency page loading its files from that build.
async function route(path) {
  const match = /^\/([AB])\/(.*)$/.exec(path);
  if (!match) return agencyPageRoute(path);
  const [, build, rest] = match;
  if (rest === 'page.html') {
    return { body: page.replaceAll('/packages/widgets/cdn/', `/${build}/cdn/`), type: 'text/html; charset=utf-8' };
  }
  try {
    const body = await readFile(resolve(builds[build], rest.replace(/^cdn\//, '')));
    return { body, type: rest.endsWith('.css') ? 'text/css' : 'text/javascript; charset=utf-8' };
  } catch {
    return undefined; // not in the build: the static server answers 404
  }
}

const server = await startStaticServer('.', { route });
const browser = await launchQuietBrowser();
const CLOCKS = { cpu: 'CPU clock', tasks: 'wall clock' };
const added = { A: { cpu: [], tasks: [] }, B: { cpu: [], tasks: [] } };
const longest = { A: [], B: [] };
try {
  for (let run = 0; run < runs; run++) {
    const bare = await load(browser, `${server.url}/bench/agency-page-bare.html`, width);
    for (const build of run % 2 ? ['B', 'A'] : ['A', 'B']) {
      const result = await load(browser, `${server.url}/${build}/page.html`, width);
      for (const clock of Object.keys(CLOCKS)) added[build][clock].push(result[clock] - bare[clock]);
      longest[build].push(result.longest);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`README agency page, ${values.lang}, ${width} px, ${runs} paired loads`);
for (const build of ['A', 'B']) {
  const adds = Object.entries(CLOCKS).map(([clock, name]) => `${ms(median(added[build][clock]))} (${name})`);
  console.log(`${build} (${builds[build]}): adds ${adds.join(', ')}; longest task ${ms(Math.max(...longest[build]))}`);
}
for (const [clock, name] of Object.entries(CLOCKS)) {
  const differences = added.B[clock].map((value, run) => value - added.A[clock][run]);
  console.log(`B − A, ${name}, median of paired differences: ${ms(median(differences))}`);
}

// Benchmark harness: `npm run bench`. Drives Debian's Chromium with
// puppeteer-core, runs every bench/*.bench.mjs, and prints medians and
// ratios against a named peer as a Markdown table (also written to
// bench-results/latest.md). Exits 1 when a measurement misses its allowed
// ratio to a peer measured in the same run, or a goal that machine noise
// cannot move (layout shift, audit scores), so CI fails on a regression.
// Goals in milliseconds (rows with `timing: true`) are reported, never gated:
// machines are shared and noisy; set BENCH_STRICT=1 to gate them too.
//
// A bench module exports `run({ browser, baseUrl, runs })` returning rows:
// { measurement, unit, ours, peer?, peerName?, goal?, atLeast?, timing?, maxRatio?, peerFloor? }
// (`peerFloor`: the timer's resolution; the ratio is taken against at least that).
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { agencyPageRoute } from './agency-page.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const only = process.argv[2];
const STRICT = process.env.BENCH_STRICT === '1';

const format = (value) => (value === undefined || value === null ? '—' : Number(value.toFixed(2)).toString());

async function main() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: run `npm test` once (it installs one) or set CHROME_PATH.');
  const server = await startStaticServer('.', { route: agencyPageRoute });
  const browser = await puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });
  const rows = [];
  try {
    const files = (await readdir('bench')).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)));
    for (const file of files.sort()) {
      const { run } = await import(`./${file}`);
      for (const row of await run({ browser, baseUrl: server.url, runs: RUNS })) rows.push({ file, ...row });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const failures = [];
  const lines = [
    `Medians of ${RUNS} runs, Chromium (${executablePath}), ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| measurement | unit | ours | peer | peer value | ours ÷ peer | goal | verdict |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const ratio = row.peer ? row.ours / Math.max(row.peer, row.peerFloor ?? 0) : undefined;
    const missesGoal = row.goal !== undefined && (row.atLeast ? row.ours < row.goal : row.ours > row.goal);
    const missesRatio = row.maxRatio !== undefined && ratio !== undefined && ratio > row.maxRatio;
    const gatedGoal = missesGoal && (!row.timing || STRICT);
    if (gatedGoal || missesRatio) failures.push(row.measurement);
    const verdict = gatedGoal || missesRatio ? 'FAIL' : missesGoal ? 'over goal (reported)' : 'ok';
    const goal = [
      row.goal !== undefined ? `${row.atLeast ? '≥' : '≤'} ${row.goal}` : '',
      row.maxRatio ? `ratio ≤ ${row.maxRatio}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `| ${row.measurement} | ${row.unit} | ${format(row.ours)} | ${row.peerName ?? '—'} | ${format(row.peer)} | ${format(ratio)} | ${goal || '—'} | ${verdict} |`,
    );
  }
  const table = lines.join('\n');
  console.log(table);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/latest.md', `${table}\n`);
  if (rows.length === 0) throw new Error('No benchmark ran.');
  if (failures.length > 0) {
    console.error(`\nBenchmark regression: ${failures.join('; ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

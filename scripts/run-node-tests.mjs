// Runs the Node-side tests (CLI, end-to-end pages driven by puppeteer-core)
// with node's own test runner: every *.test.mjs under these folders.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = [
  'packages/core/test-node',
  'tests/e2e',
  'tests/integrations',
  'tests/privacy',
  'tests/ssr',
  'tests/layout-shift',
  'tests/docs',
];

function collect(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return collect(path);
    return name.endsWith('.test.mjs') ? [path] : [];
  });
}

const files = ROOTS.flatMap(collect);
if (files.length === 0) {
  console.error('No Node test files found under ' + ROOTS.join(', '));
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

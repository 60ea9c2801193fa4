// Makes sure a browser exists before the tests start. On Debian as root it
// installs Debian's chromium (saying so); elsewhere it says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

if (findChrome()) process.exit(0);

const canInstall = typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.error(
    'No Chromium or Chrome was found: install one (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable, then run npm test again.',
  );
  process.exit(1);
}
console.log("No browser found: installing Debian's chromium with apt-get (about 30 s)…");
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
if (!findChrome()) {
  console.error('chromium was installed but not found at /usr/bin/chromium: set CHROME_PATH to its executable.');
  process.exit(1);
}

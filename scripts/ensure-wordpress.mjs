// Makes sure the WordPress end-to-end test has what it needs: Debian's
// wordpress package (with a theme), PHP's command line (its built-in web
// server runs WordPress) and MariaDB (started by the test in a temporary
// folder). On Debian as root it installs what is missing with apt-get, saying
// so; elsewhere it says what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the test runs, and the Debian package that brings it. */
export const NEEDS = [
  ['/usr/share/wordpress/wp-settings.php', 'wordpress'],
  ['/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json', 'wordpress-theme-twentytwentythree'],
  ['/usr/bin/php', 'php-cli'],
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  ['/usr/bin/mariadb-install-db', 'mariadb-server'],
  ['/usr/bin/unzip', 'unzip'],
];

export function missingPackages() {
  const missing = NEEDS.filter(([path]) => !existsSync(path)).map(([, name]) => name);
  // php-mysql has no binary to look for: ask PHP.
  if (existsSync('/usr/bin/php')) {
    try {
      execSync('php -r "exit(extension_loaded(\'mysqli\') ? 0 : 1);"', { stdio: 'ignore' });
    } catch {
      missing.push('php-mysql');
    }
  } else {
    missing.push('php-mysql');
  }
  return [...new Set(missing)];
}

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

const canInstall = typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.error(
    `The WordPress test needs these Debian packages: ${missing.join(' ')}. Install them (sudo apt-get install --no-install-recommends ${missing.join(' ')}) and run it again.`,
  );
  process.exit(1);
}
console.log(`Installing with apt-get for the WordPress test (about 30 s): ${missing.join(' ')}`);
execSync(
  `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`,
  { stdio: 'inherit' },
);
const still = missingPackages();
if (still.length) {
  console.error(`Still missing after apt-get: ${still.join(' ')}`);
  process.exit(1);
}

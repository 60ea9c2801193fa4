// A real WordPress for the plugin's end-to-end test, started from Debian's
// packages in a temporary folder and stopped afterwards: MariaDB on a unix
// socket (no TCP port), a private copy of /usr/share/wordpress with its own
// wp-config.php (WP_DEBUG on, notices logged to a file and shown on the page),
// PHP's built-in web server on 127.0.0.1, and the plugin unpacked from the
// zip a site owner would upload. Needs `node scripts/ensure-wordpress.mjs`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DEBIAN_WORDPRESS = '/usr/share/wordpress';

async function until(predicate, message, timeoutMs) {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out: ${message}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts MariaDB and WordPress. Resolves to { url(path), dir, pluginDir,
 * debugLog(), php(code), sql(query), stop() }; `php` runs code with
 * WordPress loaded (as the command line, like wp-cli would).
 */
export async function startWordPress({ pluginZip, admin }) {
  const dir = mkdtempSync(join(tmpdir(), 'sa-wordpress-'));
  const children = [];
  // Each service runs in its own process group: PHP's server forks workers
  // (PHP_CLI_SERVER_WORKERS) that outlive their parent unless the group is ended.
  const signal = (child, name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        signal(child, 'SIGTERM');
        const timer = setTimeout(() => signal(child, 'SIGKILL'), 10000);
        await exited;
        clearTimeout(timer);
      }
      signal(child, 'SIGKILL'); // workers still running after their parent
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB, private to this test.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${data}`,
        '--user=root',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'ignore' },
    );
    const mariadb = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        '--user=root',
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${join(dir, 'mariadb.err')}`,
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    const sql = (query) =>
      execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-N', '-B', '-e', query], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    await until(
      () => {
        try {
          sql('SELECT 1');
          return true;
        } catch {
          return false;
        }
      },
      'MariaDB to start',
      60000,
    );
    sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');

    // WordPress: a copy, so nothing under /usr/share or /etc is touched.
    const root = join(dir, 'wp');
    // -L: Debian links some scripts to /usr/share/javascript by relative paths, which a copy would break.
    execFileSync('cp', ['-rL', DEBIAN_WORDPRESS, root]);
    const content = join(root, 'wp-content');
    mkdirSync(join(content, 'uploads'), { recursive: true });
    rmSync(join(content, 'plugins', 'akismet'), { recursive: true, force: true });
    execFileSync('unzip', ['-q', pluginZip, '-d', join(content, 'plugins')]);
    // This site has no network: WordPress.org's update checks would only log warnings.
    mkdirSync(join(content, 'mu-plugins'));
    writeFileSync(
      join(content, 'mu-plugins', 'offline-test-site.php'),
      `<?php
foreach ( array( 'wp_version_check', 'wp_update_plugins', 'wp_update_themes' ) as $check ) {
	foreach ( array( 'admin_init', 'load-plugins.php', 'load-themes.php', 'load-update.php', 'load-update-core.php', 'wp_update_plugins', 'wp_update_themes', 'wp_version_check', 'upgrader_process_complete' ) as $hook ) {
		remove_action( $hook, $check );
	}
}
remove_action( 'admin_init', '_maybe_update_core' );
remove_action( 'admin_init', '_maybe_update_plugins' );
remove_action( 'admin_init', '_maybe_update_themes' );
add_filter( 'pre_site_transient_update_core', '__return_null' );
add_filter( 'pre_site_transient_update_plugins', '__return_null' );
add_filter( 'pre_site_transient_update_themes', '__return_null' );
`,
    );

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const debugLog = join(dir, 'debug.log');
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${phpString(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', ${phpString(origin)} );
define( 'WP_SITEURL', ${phpString(origin)} );
define( 'WP_CONTENT_DIR', ${phpString(content)} );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${phpString(debugLog)} );
define( 'WP_DEBUG_DISPLAY', true );
define( 'SCRIPT_DEBUG', false );
// One file per script: load-scripts.php would mix PHP 8.2's deprecation notices about WordPress 6.1 itself into the JavaScript.
define( 'CONCATENATE_SCRIPTS', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
  .flatMap((name) => [
    `define( '${name}_KEY', '${name}-key-for-a-test-site' );`,
    `define( '${name}_SALT', '${name}-salt-for-a-test-site' );`,
  ])
  .join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // The built-in server serves files as they are and runs WordPress for the rest.
    writeFileSync(
      join(dir, 'router.php'),
      `<?php
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$file = ${phpString(root)} . $path;
if ( '/' !== $path && file_exists( $file ) && ! is_dir( $file ) ) {
	return false;
}
if ( is_dir( $file ) && file_exists( rtrim( $file, '/' ) . '/index.php' ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require ${phpString(join(root, 'index.php'))};
`,
    );

    // Installed as the command line would (wp-cli's core install does the same).
    const php = (code) =>
      execFileSync(
        'php',
        [
          '-d',
          'display_errors=stderr',
          '-r',
          `define('WP_CLI_LIKE',1); $_SERVER['HTTP_HOST']='127.0.0.1:${port}'; require ${phpString(join(root, 'wp-load.php'))}; ${code}`,
        ],
        {
          encoding: 'utf8',
          cwd: root,
        },
      );
    execFileSync(
      'php',
      [
        '-r',
        `define('WP_INSTALLING', true); $_SERVER['HTTP_HOST']='127.0.0.1:${port}';
require ${phpString(join(root, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Agency test site', ${phpString(admin.user)}, 'admin@example.org', false, '', wp_slash( ${phpString(admin.password)} ) );
switch_theme( 'twentytwentythree' );`,
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(dir, 'router.php')], {
      cwd: root,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: 'ignore',
      detached: true,
    });
    children.push(server);
    await until(
      () =>
        fetch(`${origin}/wp-login.php`)
          .then((response) => response.ok)
          .catch(() => false),
      'WordPress to answer',
      30000,
    );

    return {
      url: (path = '/') => `${origin}${path}`,
      origin,
      dir,
      pluginDir: join(content, 'plugins', 'sa-widgets'),
      debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
      php,
      sql: (query) => sql(`USE wordpress; ${query}`),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

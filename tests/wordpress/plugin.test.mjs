// The WordPress plugin on a real WordPress (Debian's package, PHP's built-in
// server, MariaDB), driven like a site owner, an editor and a visitor would:
// upload (the zip, unpacked), activate, save settings (invalid, then valid),
// insert blocks and a classic-editor shortcode post, view both pages in
// Chromium, leave through the quick exit, then delete the plugin.
//
// Needs `npm run build`; builds the plugin zip itself. Run with
// `npm run test:wordpress` (which installs the Debian packages when missing).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer, trapProblems, until } from '../e2e/harness.mjs';
import { ELEMENTS } from '../../scripts/build-wordpress.mjs';
import { startWordPress } from './wordpress-server.mjs';
import { agencyHotline, agencyResource, blockContent, invalidResources, shortcodeContent } from './fixtures.mjs';

const ADMIN = { user: 'owner', password: 'correct horse battery staple' };
// The elements the plugin offers a block and a shortcode for.
const TAGS = ELEMENTS;
const PHP_PROBLEM = /(?:Fatal error|Parse error|Warning|Notice|Deprecated|Stack trace):/;

/** The plugin's options in the database, by name. */
function pluginOptions(wp) {
  return wp
    .sql("SELECT option_name FROM wp_options WHERE option_name LIKE 'sa\\_widgets%'")
    .split('\n')
    .filter(Boolean);
}

/** Text the reader sees inside an element's shadow root (and its slotted children). */
function shadowText(page, selector) {
  return page.$eval(selector, (element) => {
    const walk = (node) =>
      [...(node.shadowRoot ?? node).childNodes]
        .map((child) =>
          child.nodeType === Node.TEXT_NODE ? child.textContent : child.nodeType === 1 ? walk(child) : '',
        )
        .join(' ');
    return walk(element).replace(/\s+/g, ' ').trim();
  });
}

/**
 * Logs a user in through wp-login.php and lands on `to`. The fields are set,
 * not typed: the login screen moves focus to the user name field 200 ms after
 * load and selects it, so typed keys could land in the wrong field, and the
 * login then fails only on some machines.
 */
async function logIn(page, wp, { user, password, to }) {
  await page.goto(wp.url(`/wp-login.php?redirect_to=${encodeURIComponent(wp.url(to))}`));
  await page.waitForSelector('#user_pass');
  await page.$eval('#user_login', (input, value) => (input.value = value), user);
  await page.$eval('#user_pass', (input, value) => (input.value = value), password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  const error = await page.$eval('#login_error', (box) => box.textContent.trim()).catch(() => '');
  assert.ok(page.url().startsWith(wp.url(to)), `${user} is logged in and on ${to} (at ${page.url()}) ${error}`);
}

async function submit(page) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
}

async function fillSettings(page, fields) {
  for (const [name, value] of Object.entries(fields)) {
    await page.$eval(
      `[name="${name}"]`,
      (field, text) => {
        field.value = text;
      },
      value,
    );
  }
}

describe('WordPress plugin on a real WordPress', { timeout: 240000 }, () => {
  let wp;
  let exitSite;
  let browser;
  let admin;
  let blockPageId;
  let classicPostId;

  before(async () => {
    requireBuilt('packages/widgets/cdn/sa-widgets.js');
    requireBuilt('packages/widgets/custom-elements.json', 'run `npm run build` (or `npm run analyze`)');
    execFileSync(process.execPath, ['scripts/build-wordpress.mjs'], { cwd: REPO_ROOT, stdio: 'ignore' });
    wp = await startWordPress({ pluginZip: join(REPO_ROOT, 'packages/wordpress/build/sa-widgets.zip'), admin: ADMIN });
    // Where the quick exit leads: another site (localhost is another site than 127.0.0.1).
    exitSite = await startServer({
      hostname: 'localhost',
      route: (path) =>
        path === '/weather' ? { body: '<!doctype html><title>Weather</title><h1>Weather</h1>' } : undefined,
    });
    browser = await launchBrowser();
    admin = await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    await exitSite?.close();
    await wp?.stop();
  });

  it('logs the owner in and activates the plugin from the Plugins screen', async () => {
    // Straight to the Plugins screen: the dashboard would fetch WordPress.org news, which this offline site cannot.
    await logIn(admin, wp, { ...ADMIN, to: '/wp-admin/plugins.php' });
    const row = 'tr[data-plugin="sa-widgets/sa-widgets.php"]';
    await Promise.all([admin.waitForNavigation(), admin.click(`${row} .activate a`)]);
    assert.ok(await admin.$(`${row}.active`), 'the plugin row shows it active');
    assert.ok(await admin.$(`${row} a[href*="page=sa-widgets"]`), 'with a Settings link');
  });

  it('inserts every block as the block editor saves them, and a classic post with shortcodes', async () => {
    const nonce = await admin.evaluate(() => fetch('/wp-admin/admin-ajax.php?action=rest-nonce').then((r) => r.text()));
    const create = (type, body) =>
      admin.evaluate(
        async (type, body, nonce) => {
          const response = await fetch(`/?rest_route=/wp/v2/${type}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
            body: JSON.stringify(body),
          });
          return { status: response.status, json: await response.json() };
        },
        type,
        body,
        nonce,
      );
    const page = await create('pages', {
      title: 'Help if you are being stalked',
      content: blockContent(),
      status: 'publish',
    });
    assert.equal(page.status, 201, JSON.stringify(page.json).slice(0, 300));
    blockPageId = page.json.id;
    const post = await create('posts', {
      title: 'Classic editor post',
      content: shortcodeContent(),
      status: 'publish',
    });
    assert.equal(post.status, 201, JSON.stringify(post.json).slice(0, 300));
    classicPostId = post.json.id;
    // Dynamic blocks: the saved content is the block comments only, no element markup.
    assert.doesNotMatch(wp.sql(`SELECT post_content FROM wp_posts WHERE ID = ${blockPageId}`), /<sa-/);
  });

  it('the block editor knows every block, with the attributes custom-elements.json documents', async () => {
    const editorErrors = [];
    admin.on('pageerror', (error) => editorErrors.push(error.message));
    await admin.goto(wp.url(`/wp-admin/post.php?post=${blockPageId}&action=edit`));
    await until(
      () => admin.evaluate(() => !!window.wp?.data?.select('core/block-editor')?.getBlocks().length),
      'the block editor to load the page',
      60000,
    );
    const editor = await admin.evaluate(() => ({
      blocks: wp.data
        .select('core/block-editor')
        .getBlocks()
        .map((block) => ({ name: block.name, valid: block.isValid })),
      types: Object.fromEntries(
        wp.blocks
          .getBlockTypes()
          .filter((type) => type.name.startsWith('sa-widgets/'))
          .map((type) => [type.name, Object.keys(type.attributes).sort()]),
      ),
    }));
    assert.ok(
      editor.blocks.every((block) => block.valid),
      `every block parses as valid: ${JSON.stringify(editor.blocks)}`,
    );
    assert.equal(Object.keys(editor.types).length, TAGS.length);
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/widgets/custom-elements.json'), 'utf8'));
    const documented = {};
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? [])
        if (TAGS.includes(declaration.tagName))
          documented[declaration.tagName] = declaration.attributes.map((a) => a.name);
    for (const tag of TAGS) {
      const camel = documented[tag]
        .filter((name) => !['src', 'remember-dismissal', 'guard-history'].includes(name))
        .map((name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase()));
      const offered = editor.types[`sa-widgets/${tag.slice(3)}`];
      for (const name of camel) assert.ok(offered.includes(name), `${tag} block offers ${name}`);
    }
    assert.deepEqual(editorErrors, [], 'no script error in the editor');
  });

  it('an editor changes a block setting in the sidebar and updates the page', async () => {
    // Still in the editor from the test above. Close the welcome guide if it shows.
    await admin.evaluate(() => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
        wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    await admin.click('[data-type="sa-widgets/resource-list"]');
    await admin.evaluate(() => wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
    const toggle = '.interface-complementary-area ::-p-text(Open now filter)';
    await admin.waitForSelector(toggle);
    await admin.click(toggle);
    await admin.click('.editor-post-publish-button');
    await until(
      () =>
        admin.evaluate(
          () =>
            !wp.data.select('core/editor').isSavingPost() &&
            wp.data.select('core/editor').didPostSaveRequestSucceed() &&
            !wp.data.select('core/editor').isEditedPostDirty(),
        ),
      'the page to be updated',
      20000,
    );
    const content = wp.sql(`SELECT post_content FROM wp_posts WHERE ID = ${blockPageId}`);
    assert.match(content, /<!-- wp:sa-widgets\/resource-list \{[^}]*"openNowFilter":true[^}]*\} \/-->/);
    assert.doesNotMatch(content, /<sa-/, 'still no element markup in the saved content');
  });

  it('refuses invalid settings: errors per field, each record error with its JSON path, nothing saved', async () => {
    await admin.goto(wp.url('/wp-admin/options-general.php?page=sa-widgets'));
    await fillSettings(admin, {
      agency: 'Example County Child Support Services',
      exit_url: 'javascript:alert(1)',
      hotlines_json: JSON.stringify([agencyHotline], null, 2),
      resources_json: JSON.stringify(invalidResources, null, 2),
    });
    await submit(admin);
    const shown = await admin.evaluate(() => ({
      summary: document.querySelector('#sa-widgets-error-summary')?.textContent ?? '',
      exit: document.querySelector('#sa-widgets-exit_url-errors')?.textContent ?? '',
      exitInvalid: document.querySelector('#sa-widgets-exit_url')?.getAttribute('aria-invalid'),
      records: [...document.querySelectorAll('#sa-widgets-resources_json-errors li')].map((li) => li.textContent),
      hotlineErrors: !!document.querySelector('#sa-widgets-hotlines_json-errors'),
      typed: document.querySelector('#sa-widgets-resources_json')?.value ?? '',
    }));
    assert.match(shown.summary, /Nothing was saved/);
    assert.match(shown.exit, /https:\/\//);
    assert.equal(shown.exitInvalid, 'true');
    assert.equal(shown.hotlineErrors, false, 'the valid hotline field has no errors');
    const expected = [
      /^\$\[1\]\.name must be plain text, not HTML markup$/,
      /^\$\[1\]\.category must be one of .*"support-network".*, not string "shelter"$/,
      /^\$\[1\]\.contacts\[0\]\.value must be: A full international number/,
      /^\$\[1\]\.provenance is required$/,
    ];
    for (const pattern of expected)
      assert.ok(
        shown.records.some((text) => pattern.test(text)),
        `${pattern} in ${JSON.stringify(shown.records)}`,
      );
    assert.ok(!shown.records.some((text) => text.startsWith('$[0]')), 'the valid record has no errors');
    assert.deepEqual(
      JSON.parse(shown.typed),
      JSON.parse(JSON.stringify(invalidResources)),
      'what the owner typed is kept',
    );
    assert.deepEqual(pluginOptions(wp), [], 'nothing was saved');
  });

  it('refuses a save without a valid nonce', async () => {
    const status = await admin.evaluate(async () => {
      const body = new URLSearchParams({
        sa_widgets_nonce: 'forged',
        agency: 'Forged',
        exit_url: 'https://example.org/',
      });
      const response = await fetch('/wp-admin/options-general.php?page=sa-widgets', { method: 'POST', body });
      return response.status;
    });
    assert.equal(status, 403);
    assert.deepEqual(pluginOptions(wp), []);
  });

  it('keeps the settings page from a user who cannot manage options (an editor)', async () => {
    wp.php(
      "wp_insert_user( array( 'user_login' => 'editor', 'user_pass' => 'an editor password', 'role' => 'editor', 'user_email' => 'editor@example.org' ) );",
    );
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      // Logged in for sure before the check: a login that did not take would show the login page (200), not a 403.
      await logIn(page, wp, { user: 'editor', password: 'an editor password', to: '/wp-admin/profile.php' });
      const response = await page.goto(wp.url('/wp-admin/options-general.php?page=sa-widgets'));
      assert.equal(response.status(), 403);
      assert.equal(await page.$('#sa-widgets-agency'), null, 'no settings form');
      const posted = await page.evaluate(async () => {
        const body = new URLSearchParams({ agency: 'Editor', exit_url: 'https://example.org/' });
        return (await fetch('/wp-admin/options-general.php?page=sa-widgets', { method: 'POST', body })).status;
      });
      assert.equal(posted, 403);
      assert.deepEqual(pluginOptions(wp), []);
    } finally {
      await context.close();
    }
  });

  it('saves valid settings: agency, exit, placements and the agency records', async () => {
    await admin.goto(wp.url('/wp-admin/options-general.php?page=sa-widgets'));
    await fillSettings(admin, {
      agency: 'Example County Child Support Services',
      exit_url: exitSite.url('/weather'),
      hotlines_json: JSON.stringify([agencyHotline], null, 2),
      resources_json: JSON.stringify([agencyResource], null, 2),
    });
    await admin.click('input[name="quick_exit"][value="all"]');
    await admin.click('input[name="safety_alert"][value="chosen"]');
    await admin.$eval(`#sa-widgets-safety_alert details`, (details) => {
      details.open = true;
    });
    await admin.click(`input[name="safety_alert_pages[]"][value="${blockPageId}"]`);
    await submit(admin);
    assert.ok(await admin.$('#sa-widgets-saved'), 'Settings saved.');
    const saved = JSON.parse(wp.php("echo wp_json_encode( get_option( 'sa_widgets_settings' ) );"));
    assert.equal(saved.agency, 'Example County Child Support Services');
    assert.equal(saved.exit_url, exitSite.url('/weather'));
    assert.equal(saved.safety_alert, 'chosen');
    assert.deepEqual(saved.safety_alert_pages, [blockPageId]);
    const records = await fetch(wp.url('/?rest_route=/sa-widgets/v1/hotlines'));
    assert.equal(records.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await records.json(), [agencyHotline]);
  });

  describe('a visitor', () => {
    let context;
    let page;
    let problems;
    let requests;

    before(async () => {
      context = await browser.createBrowserContext();
    });
    after(() => context?.close());

    /** Opens a page of the site in a new tab on a phone-sized screen, as a visitor who is not logged in. */
    async function open(path) {
      await page?.close();
      page = await context.newPage();
      await page.setViewport({ width: 375, height: 800 });
      problems = await trapProblems(page);
      requests = [];
      page.on('request', (request) => requests.push(request.url()));
      const response = await page.goto(wp.url(path), { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      const html = await response.text();
      assert.doesNotMatch(html, PHP_PROBLEM, 'no PHP error or notice on the page');
      await until(
        () =>
          page.evaluate(() =>
            [...document.querySelectorAll('*')]
              .filter((element) => element.localName.startsWith('sa-'))
              .every((element) => customElements.get(element.localName) && element.shadowRoot?.childNodes.length),
          ),
        `every element on ${path} to render`,
        15000,
      );
      return html;
    }

    it('sees every block rendered, the agency records, the placed quick exit and safety alert', async () => {
      const html = await open(`/?page_id=${blockPageId}`);
      // The CLS-free head: the stylesheet reserving space, then the module script, both from this site.
      const head = html.slice(0, html.indexOf('</head>'));
      const css = head.indexOf('sa-widgets/cdn/sa-widgets-undefined.css');
      const script = head.indexOf('sa-widgets/cdn/sa-widgets.js');
      assert.ok(css > 0 && script > css, 'undefined.css then sa-widgets.js in <head>');
      assert.match(head, /<script type="module" src="[^"]+sa-widgets\.js\?ver=[^"]+" integrity="sha384-/);

      const counts = await page.evaluate((tags) => tags.map((tag) => document.querySelectorAll(tag).length), TAGS);
      assert.deepEqual(counts, [1, 1, 1, 2, 1, 1], 'quick exit, alert, banner, 2 cards, list, disclaimer');
      // The card, list and disclaimer load as a chunk when used, and host records show once checked: wait for each.
      const shows = (selector, text, what) =>
        until(async () => text.test(await shadowText(page, selector)), what, 15000);
      await shows('sa-hotline-banner', /Example County Safety Line/, 'the banner to show the agency hotline');
      await shows('sa-resource-card', /Example County Victim Advocates/, 'the card to show the agency resource');
      await shows(
        'sa-resource-card[resource-id="ndvh"]',
        /National Domestic Violence Hotline/,
        'the card to show a bundled resource',
      );
      await shows('sa-resource-list', /Example County Victim Advocates/, 'the list to show the agency resource');
      await shows('sa-legal-disclaimer', /Example County Child Support Services/, 'the disclaimer to name the agency');
      assert.equal(await page.$eval('sa-safety-alert', (element) => element.getAttribute('lang')), 'es');
      assert.match(await shadowText(page, 'sa-safety-alert'), /Es posible que alguien vea lo que usted hace/);
      assert.equal(
        await page.$eval('sa-quick-exit', (element) => element.getAttribute('href')),
        exitSite.url('/weather'),
      );

      const foreign = requests.filter((url) => new URL(url).origin !== wp.origin && !url.startsWith('data:'));
      assert.deepEqual(foreign, [], 'nothing requested from another origin');
      assert.deepEqual(problems, []);
      assert.deepEqual(await page.cookies(), [], 'no cookie set for a visitor');
    });

    it('leaves through the quick exit', async () => {
      await page.evaluate(() => document.querySelector('sa-quick-exit').shadowRoot.querySelector('a, button').click());
      await until(() => page.url() === exitSite.url('/weather'), 'the quick exit to reach the exit destination', 10000);
      assert.equal(exitSite.requestsTo('/weather').length, 1);
      assert.equal(
        exitSite.requestsTo('/weather')[0].referer,
        undefined,
        'no referrer tells the destination where from',
      );
    });

    it("with JavaScript off, leaves through the quick exit's own link", async () => {
      const tab = await context.newPage();
      try {
        await tab.setJavaScriptEnabled(false);
        await tab.goto(wp.url(`/?page_id=${blockPageId}`));
        const link = await tab.$eval('sa-quick-exit > a', (a) => ({ text: a.textContent, rel: a.rel, href: a.href }));
        assert.deepEqual(link, { text: 'Exit this page', rel: 'noreferrer nofollow', href: exitSite.url('/weather') });
        await Promise.all([tab.waitForNavigation(), tab.click('sa-quick-exit > a')]);
        assert.equal(tab.url(), exitSite.url('/weather'));
      } finally {
        await tab.close();
      }
    });

    it('sees the classic post: shortcodes rendered and escaped, the quick exit on every page, the alert only where chosen', async () => {
      const html = await open(`/?p=${classicPostId}`);
      const counts = await page.evaluate((tags) => tags.map((tag) => document.querySelectorAll(tag).length), TAGS);
      // The post's own inline quick exit replaces the placed one; the alert is the shortcode's only.
      assert.deepEqual(counts, [1, 1, 1, 1, 1, 1]);
      const exit = await page.$eval('sa-quick-exit', (element) => ({
        href: element.getAttribute('href'),
        position: element.getAttribute('position'),
        shortcut: element.getAttribute('shortcut'),
      }));
      assert.deepEqual(exit, { href: exitSite.url('/weather'), position: 'inline', shortcut: 'escape' });
      assert.doesNotMatch(html, /javascript:alert/);
      const disclaimer = await page.$eval('sa-legal-disclaimer', (element) => ({
        agency: element.getAttribute('agency'),
        children: element.children.length,
      }));
      assert.deepEqual(disclaimer, { agency: 'Example County <b>CSS</b>', children: 0 });
      assert.equal(await page.$eval('sa-hotline-banner', (element) => element.hasAttribute('no-emergency')), true);
      // Bare flags in a shortcode, as in [sa-resource-list search].
      assert.equal(await page.$eval('sa-resource-list', (element) => element.hasAttribute('search')), true);
      const foreign = requests.filter((url) => new URL(url).origin !== wp.origin);
      assert.deepEqual(foreign, []);
      assert.deepEqual(problems, []);
    });

    it('with the widgets set to Spanish: the bundle with Spanish built in, every element in Spanish, no request for strings', async () => {
      const setLanguage = (language) =>
        wp.php(
          `$s = get_option( 'sa_widgets_settings' ); $s['language'] = '${language}'; update_option( 'sa_widgets_settings', $s );`,
        );
      setLanguage('es');
      try {
        const html = await open(`/?page_id=${blockPageId}`);
        const head = html.slice(0, html.indexOf('</head>'));
        assert.match(head, /<script type="module" src="[^"]+\/cdn\/sa-widgets\.es\.js\?ver=[^"]+" integrity="sha384-/);
        assert.doesNotMatch(head, /\/sa-widgets\.js/, 'not sa-widgets.js as well');
        assert.match(await shadowText(page, 'sa-quick-exit'), /Salir de esta página/);
        await until(
          async () => /no puede dar asesoría legal/.test(await shadowText(page, 'sa-legal-disclaimer')),
          'the disclaimer in Spanish',
          15000,
        );
        // Spanish string chunks of either bundle: sa-widgets-es-… or sa-widgets.es-es-….
        const stringChunks = requests.filter((url) => /\/chunks\/sa-widgets(\.es)?-es-/.test(url));
        assert.deepEqual(stringChunks, [], 'the everyday Spanish came with the bundle');
        assert.deepEqual(problems, []);
      } finally {
        setLanguage('');
      }
    });
  });

  it('logged no PHP notice, warning or error from the plugin', () => {
    const log = wp.debugLog();
    const lines = log.split('\n').filter((line) => /PHP (Fatal|Parse|Warning|Notice|Deprecated)/.test(line));
    const ours = lines.filter((line) => line.includes('/plugins/sa-widgets/'));
    assert.deepEqual(ours, []);
    const serious = lines.filter((line) => /PHP (Fatal|Parse|Warning|Notice)/.test(line));
    assert.deepEqual(serious, []);
  });

  it('uninstalls cleanly: deleting the plugin removes every option it wrote', async () => {
    assert.deepEqual(pluginOptions(wp).sort(), ['sa_widgets_records', 'sa_widgets_settings']);
    await admin.goto(wp.url('/wp-admin/plugins.php'));
    const row = 'tr[data-plugin="sa-widgets/sa-widgets.php"]';
    await Promise.all([admin.waitForNavigation(), admin.click(`${row} .deactivate a`)]);
    // WordPress's own confirmation screen ("Delete Plugin"), as without JavaScript.
    const deleteLink = await admin.$eval(`${row} .delete a`, (link) => link.href);
    await admin.goto(deleteLink);
    const confirm = 'form:has(input[name="verify-delete"]) input[type="submit"]';
    // WordPress found uninstall.php: it says the plugin's data goes too.
    assert.equal(await admin.$eval(confirm, (button) => button.value), 'Yes, delete these files and data');
    await Promise.all([admin.waitForNavigation(), admin.click(confirm)]);
    assert.ok(await admin.$('#message.updated, .notice-success'), 'WordPress says the plugin was deleted');
    assert.equal(await admin.$(row), null);
    assert.equal(existsSync(wp.pluginDir), false, 'the plugin folder is deleted');
    assert.deepEqual(pluginOptions(wp), []);
    assert.equal(wp.sql("SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '%sa_widgets%'").trim(), '0');
  });
});

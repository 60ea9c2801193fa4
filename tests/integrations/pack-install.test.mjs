// What a web developer gets from npm: both packages packed with `npm pack`,
// their contents checked (README, LICENSE, no build leftovers, every path the
// package names is in it), then installed into a fresh Vite app and a fresh
// React 19 + TypeScript app, built with `vite build`, type-checked with
// `tsc --noEmit` under strict, and loaded in Chromium. Needs `npm run build`
// and the npm registry (installs use npm's cache first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, launchBrowser, requireBuilt, startServer, trapProblems, until } from '../e2e/harness.mjs';

const run = promisify(execFile);
const PACKAGES = ['core', 'widgets'];
const VERSIONS = {
  lit: '^3.3.3',
  '@lit/localize': '^0.12.2',
  vite: '^8.3.8',
  typescript: '~5.9.3',
  react: '^19.3.1',
  'react-dom': '^19.3.1',
  '@types/react': '^19.3.0',
  '@types/react-dom': '^19.3.0',
  vue: '^3.5.45',
  preact: '^11.2.0',
  'solid-js': '^1.9.20',
};

const npm = (args, cwd) =>
  run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
const bin = (app, name, args) =>
  run(join(app, 'node_modules/.bin', name), args, { cwd: app, maxBuffer: 16 * 1024 * 1024 });

function writeFiles(root, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Every file path a package.json points at: main, module, types, bin, every exports target. */
function pointedAt(pkg) {
  const paths = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {})];
  if (pkg.customElements) paths.push(pkg.customElements);
  const walk = (target) => {
    if (typeof target === 'string') paths.push(target);
    else if (target) Object.values(target).forEach(walk);
  };
  Object.values(pkg.exports ?? {}).forEach(walk);
  return paths.filter((path) => path && !path.includes('*')).map((path) => path.replace(/^\.\//, ''));
}

const STRICT_TSCONFIG = (extra = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      isolatedModules: true,
      ...extra,
    },
    include: ['src'],
  });

const PAGE = (title, script, body = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${script}"></script></head>
<body>${body}<div id="root"></div></body></html>`;

/** A fresh Vite app in TypeScript: every element, the CMS markup form, and typed sa- events. */
const VITE_APP = {
  'package.json': JSON.stringify({ name: 'vite-app', private: true, type: 'module' }),
  // JSX only in the Preact and Solid type checks below, each file naming its own JSX source.
  'tsconfig.json': STRICT_TSCONFIG({ jsx: 'react-jsx' }),
  'index.html': PAGE(
    'Vite app',
    '/src/main.ts',
    `<sa-quick-exit><a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></sa-quick-exit>
<sa-safety-alert variant="inline"></sa-safety-alert>
<div data-sa-widget="hotline-banner" data-variant="compact"></div>
<sa-resource-card resource-id="ndvh"></sa-resource-card>
<sa-resource-list categories="legal"></sa-resource-list>
<sa-legal-disclaimer agency="Child Support Services"></sa-legal-disclaimer>`,
  ),
  'src/main.ts': `import '@stalking-awareness/widgets/define-all';
import '@stalking-awareness/widgets/undefined.css';
import { SaQuickExit } from '@stalking-awareness/widgets';
import { validateResources } from '@stalking-awareness/core';

const exit = document.querySelector('sa-quick-exit');
exit?.addEventListener('sa-exit', (event) => {
  const destination: string = event.detail.destination;
  console.info(destination);
});
document.querySelector('sa-resource-list')?.addEventListener('sa-resource-action', (event) => {
  const channel: string = event.detail.channel;
  console.info(channel);
});
const check: boolean = exit instanceof SaQuickExit;
(window as unknown as { ready: unknown }).ready = { check, issues: validateResources([]).issues.length };
`,
  // Preact and Solid JSX: type-checked only (not part of the Vite build).
  'src/preact-types.tsx': `/** @jsxImportSource preact */
import type {} from '@stalking-awareness/widgets/types/preact';

export const app = (
  <main>
    <sa-quick-exit href="https://www.weather.gov/" shortcut="escape" onsa-exit={(event) => event.detail.destination} />
    <sa-resource-list search heading-level={3} onsa-resource-action={(event) => event.detail.channel} />
    {/* @ts-expect-error: not one of the banner's variants */}
    <sa-hotline-banner variant="huge" />
  </main>
);
`,
  'src/solid-types.tsx': `/** @jsxImportSource solid-js */
import type {} from '@stalking-awareness/widgets/types/solid';

export const app = () => (
  <main>
    <sa-quick-exit href="https://www.weather.gov/" shortcut="escape" on:sa-exit={(event) => event.detail.destination} />
    <sa-resource-list search heading-level={3} on:sa-resource-action={(event) => event.detail.channel} />
    {/* @ts-expect-error: not one of the banner's variants */}
    <sa-hotline-banner variant="huge" />
  </main>
);
`,
  // Vue's GlobalComponents, as Volar and vue-tsc read them for templates.
  'src/vue-types.ts': `import type {} from '@stalking-awareness/widgets/types/vue';
import type { GlobalComponents } from 'vue';

type QuickExit = InstanceType<GlobalComponents['sa-quick-exit']>;
export const props: QuickExit['$props'] = { shortcut: 'escape', href: 'https://www.weather.gov/' };
// @ts-expect-error: not one of the quick exit's shortcuts
export const wrong: QuickExit['$props'] = { shortcut: 'never' };
export const exitDestination = (event: Parameters<QuickExit['$emit']>[1]) => event.detail.destination;
`,
};

/** A fresh React 19 + TypeScript app using every tag through the generated JSX types. */
const REACT_APP = {
  'package.json': JSON.stringify({ name: 'react-app', private: true, type: 'module' }),
  'tsconfig.json': STRICT_TSCONFIG({ jsx: 'react-jsx' }),
  'vite.config.js': `export default { esbuild: { jsx: 'automatic' } };\n`,
  'index.html': PAGE('React app', '/src/main.tsx'),
  'src/env.d.ts': `import type {} from '@stalking-awareness/widgets/types/react';\n`,
  'src/main.tsx': `import '@stalking-awareness/widgets/define-all';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultResources, type Resource } from '@stalking-awareness/core';

const resources: readonly Resource[] = defaultResources.filter((resource) => resource.id === 'ndvh');

function App() {
  const [used, setUsed] = useState<string[]>([]);
  return (
    <>
      <sa-quick-exit href="https://www.weather.gov/" shortcut="escape" onsa-exit={(event) => setUsed([event.detail.destination])} />
      <main>
        <sa-safety-alert variant="inline" quick-exit dismissible onsa-dismiss={(event) => event.detail.variant} />
        <sa-hotline-banner variant="compact" resource-ids="ndvh victimconnect" />
        <sa-resource-card resource-id="ndvh" heading-level={2} />
        <sa-resource-list
          resources={resources}
          include-banner-hotlines
          search
          heading-level="3"
          onsa-resource-action={(event) => setUsed((all) => [...all, event.detail.channel])}
        />
        <sa-legal-disclaimer agency="Child Support Services" variant="compact" />
        {/* @ts-expect-error: not one of the banner's variants */}
        <sa-hotline-banner variant="huge" />
        {/* @ts-expect-error: the quick exit has no such property (hyphenated names are always allowed in JSX) */}
        <sa-quick-exit hreff="x" />
        <output data-testid="used">{used.join(' ')}</output>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
};

describe('npm pack, then install into fresh apps', { timeout: 240_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'sa-pack-'));
  const packed = {};
  let browser;

  before(async () => {
    for (const name of PACKAGES) requireBuilt(`packages/${name}/dist/index.js`, 'run `npm run build`');
    requireBuilt('packages/widgets/types/react.d.ts', 'run `npm run build`');
    requireBuilt('packages/widgets/cdn/manifest.json', 'run `npm run build`');
    for (const name of PACKAGES) {
      const { stdout } = await npm(['pack', '--json', '--pack-destination', work], join(REPO_ROOT, 'packages', name));
      const [info] = JSON.parse(stdout);
      packed[name] = { tarball: join(work, info.filename), files: new Set(info.files.map((file) => file.path)) };
    }
  });

  after(async () => {
    await browser?.close();
    if (!process.env.KEEP_PACK) rmSync(work, { recursive: true, force: true });
  });

  for (const name of PACKAGES) {
    describe(`@stalking-awareness/${name} tarball`, () => {
      const pkg = () => JSON.parse(readFileSync(join(REPO_ROOT, 'packages', name, 'package.json'), 'utf8'));
      const files = () => packed[name].files;

      it('has a README, the LICENSE, and no build leftovers', () => {
        assert.ok(files().has('README.md'));
        assert.ok(files().has('LICENSE'));
        assert.equal(
          readFileSync(join(REPO_ROOT, 'packages', name, 'LICENSE'), 'utf8'),
          readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8'),
        );
        assert.deepEqual(
          [...files()].filter((path) => /tsbuildinfo|\.test\.|(^|\/)test\//.test(path)),
          [],
        );
      });

      it('names its repository, homepage and issue tracker', () => {
        const { repository, homepage, bugs } = pkg();
        assert.match(repository.url, /^git\+https:\/\/.+\.git$/);
        assert.equal(repository.directory, `packages/${name}`);
        const repo = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
        assert.ok(homepage.startsWith(repo), homepage);
        assert.equal(bugs.url, `${repo}/issues`);
      });

      it('contains every file its package.json points at (every export condition, sa-source too)', () => {
        assert.deepEqual(
          pointedAt(pkg()).filter((path) => !files().has(path)),
          [],
        );
      });

      it('contains every source its source maps name', () => {
        const missing = [];
        for (const map of [...files()].filter((path) => path.startsWith('dist/') && path.endsWith('.js.map'))) {
          const { sources } = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', name, map), 'utf8'));
          for (const source of sources) {
            const path = posix.normalize(posix.join(posix.dirname(map), source));
            if (!files().has(path)) missing.push(`${map} → ${path}`);
          }
        }
        assert.deepEqual(missing, []);
      });
    });
  }

  it("widgets: custom-elements.json's module paths, the generated types and the CDN manifest are in the tarball", () => {
    const { files } = packed.widgets;
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/widgets/custom-elements.json'), 'utf8'));
    assert.deepEqual(
      manifest.modules.map((module) => module.path).filter((path) => !files.has(path)),
      [],
    );
    for (const type of ['elements', 'react', 'preact', 'solid', 'vue'])
      assert.ok(files.has(`types/${type}.d.ts`), type);
    for (const path of ['cdn/manifest.json']) assert.ok(files.has(path), path);
  });

  describe('installed into fresh apps', () => {
    const apps = {};

    before(async () => {
      const tarballs = PACKAGES.map((name) => packed[name].tarball);
      const install = async (name, files, dependencies) => {
        const app = join(work, name);
        writeFiles(app, files);
        await npm(['install', ...tarballs, ...dependencies.map((dep) => `${dep}@${VERSIONS[dep]}`)], app);
        return app;
      };
      const common = ['lit', '@lit/localize', 'vite', 'typescript'];
      [apps.vite, apps.react] = await Promise.all([
        install('vite-app', VITE_APP, [...common, 'vue', 'preact', 'solid-js']),
        install('react-app', REACT_APP, [...common, 'react', 'react-dom', '@types/react', '@types/react-dom']),
      ]);
      browser = await launchBrowser();
    });

    for (const name of ['vite', 'react']) {
      describe(`the ${name === 'vite' ? 'Vite (TypeScript)' : 'React 19 + TypeScript'} app`, () => {
        it('type-checks with tsc --noEmit under strict (library types included)', async () => {
          const result = await bin(apps[name], 'tsc', ['--noEmit', '-p', '.']).catch((error) => error);
          assert.equal(result.code ?? 0, 0, `${result.stdout ?? ''}${result.stderr ?? ''}`);
        });

        it('builds with vite build and runs in Chromium: every element renders, nothing is logged as an error', async () => {
          await bin(apps[name], 'vite', ['build', '--logLevel', 'error']);
          const server = await startServer({ root: join(apps[name], 'dist') });
          const page = await browser.newPage();
          const problems = await trapProblems(page);
          try {
            await page.goto(server.url('/'));
            const tags = ['sa-quick-exit', 'sa-safety-alert', 'sa-hotline-banner', 'sa-resource-card'];
            tags.push('sa-resource-list', 'sa-legal-disclaimer');
            const unrendered = () =>
              page.evaluate(
                (all) => all.filter((tag) => !document.querySelector(tag)?.shadowRoot?.childElementCount),
                tags,
              );
            await until(async () => (await unrendered()).length === 0, 'every element to render', 10_000).catch(
              async (error) => {
                throw new Error(`${error.message}: ${(await unrendered()).join(', ')}; ${problems.join('; ')}`);
              },
            );
            if (name === 'vite') {
              assert.ok(await page.evaluate(() => !!document.querySelector('[data-sa-widget] > sa-hotline-banner')));
            } else {
              const listNames = () =>
                page.evaluate(() =>
                  [...document.querySelector('sa-resource-list').shadowRoot.querySelectorAll('[part~="name"]')].map(
                    (node) => node.textContent.trim(),
                  ),
                );
              // Host records show once the lazily loaded validator has checked them (a moment after first render).
              await until(async () => (await listNames()).length > 0, 'the host records to be checked and shown').catch(
                () => undefined,
              );
              const names = await listNames();
              assert.deepEqual(
                names,
                ['National Domestic Violence Hotline'],
                'the resources prop arrives as a property',
              );
            }
            assert.deepEqual(problems, []);
          } finally {
            await page.close();
            await server.close();
          }
        });
      });
    }
  });
});

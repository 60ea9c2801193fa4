// Writes packages/widgets/cdn/manifest.json: a sha384 Subresource Integrity
// hash for every file in cdn/ (entries, lazy chunks, source maps, CSS), so a
// page can pin exactly the bytes it was tested with. Runs in `npm run build`
// after rollup and copy-assets; the embed builder and the docs read it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const CDN_DIR = 'packages/widgets/cdn';
export const MANIFEST = 'manifest.json';

/** `sha384-…` of a file's bytes, as `integrity` attributes and import maps expect. */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

export function buildManifest(cdnDir = CDN_DIR) {
  const { version } = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8'));
  const files = {};
  for (const path of filesUnder(cdnDir)) {
    const name = relative(cdnDir, path).split(sep).join('/');
    if (name === MANIFEST) continue;
    const bytes = readFileSync(path);
    files[name] = { integrity: integrityOf(bytes), bytes: bytes.length };
  }
  return { package: '@stalking-awareness/widgets', version, algorithm: 'sha384', files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = buildManifest();
  writeFileSync(join(CDN_DIR, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`${CDN_DIR}/${MANIFEST}: ${Object.keys(manifest.files).length} files`);
}

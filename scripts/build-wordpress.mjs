// Builds the WordPress plugin (packages/wordpress/sa-widgets) and its zip.
// Needs `npm run build` first: it copies the whole CDN folder (every chunk,
// locale and manifest the widgets' build makes, whatever their names) into
// the plugin, so the site serves every file itself, and it generates each
// block's attributes from custom-elements.json. Nothing it writes is committed.
//
// A new element becomes a block and a shortcode by adding its tag to ELEMENTS.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { deflateRawSync, crc32 } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PLUGIN = join(ROOT, 'packages/wordpress/sa-widgets');
const GENERATED = join(PLUGIN, 'generated');
const ZIP = join(ROOT, 'packages/wordpress/build/sa-widgets.zip');

/** The elements the plugin offers, in the order the block inserter lists them. */
export const ELEMENTS = [
  'sa-quick-exit',
  'sa-safety-alert',
  'sa-hotline-banner',
  'sa-resource-card',
  'sa-resource-list',
  'sa-legal-disclaimer',
];

/**
 * Attributes no block or shortcode offers: `src` is set by the plugin from the
 * agency's records on its own site, and storing anything in a visitor's
 * browser (`remember-dismissal`, `guard-history`) is left out entirely: the
 * plugin stores nothing about visitors.
 */
const OWNER_ONLY = new Set(['src', 'remember-dismissal', 'guard-history']);

const read = (path) => readFileSync(join(ROOT, path), 'utf8');

function requireFile(path) {
  if (!existsSync(join(ROOT, path))) {
    console.error(`${path} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** String literals of a union type written in the widgets' sources (`type X = 'a' | 'b'`). */
function unionFromSources(typeName, sources) {
  for (const text of sources) {
    const match = new RegExp(`type\\s+${typeName}\\s*=\\s*((?:\\s*\\|?\\s*'[^']*')+)\\s*;`).exec(text);
    if (match) return [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
  }
  return undefined;
}

/** The allowed values of an attribute, when it has a fixed set. */
function allowedValues(attribute, sources) {
  const text = attribute.type?.text ?? 'string';
  const literals = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (literals.length > 1) return literals;
  const name = /^[A-Z]\w*$/.exec(text.trim())?.[0];
  if (!name) return undefined;
  // A named type: its declaration, else the backticked values its description lists.
  return (
    unionFromSources(name, sources) ??
    [...(attribute.description ?? '').matchAll(/`([a-z-]+)`/g)]
      .map((m) => m[1])
      .filter((v, i, all) => all.indexOf(v) === i)
  );
}

function kindOf(attribute) {
  const text = attribute.type?.text ?? 'string';
  if (/^boolean\b/.test(text)) return 'boolean';
  if (/^number\b/.test(text)) return 'number';
  return 'string';
}

/** "sa-hotline-banner" → "Hotline banner"; "open-now-filter" → "openNowFilter". */
const titleOf = (tag) =>
  tag
    .replace(/^sa-/, '')
    .replace(/-/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

export function elementSpecs() {
  const manifest = JSON.parse(read('packages/widgets/custom-elements.json'));
  const sources = walk(join(ROOT, 'packages/widgets/src'))
    .filter((path) => path.endsWith('.ts'))
    .map((path) => readFileSync(path, 'utf8'));
  const declarations = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) declarations.set(declaration.tagName, declaration);
    }
  }
  return ELEMENTS.map((tag) => {
    const declaration = declarations.get(tag);
    if (!declaration) throw new Error(`${tag} is not in packages/widgets/custom-elements.json`);
    return {
      tag,
      block: `sa-widgets/${tag.replace(/^sa-/, '')}`,
      title: titleOf(tag),
      description: declaration.summary ?? '',
      attributes: (declaration.attributes ?? [])
        .filter((attribute) => !OWNER_ONLY.has(attribute.name))
        .map((attribute) => {
          const kind = kindOf(attribute);
          const options = kind === 'string' ? allowedValues(attribute, sources) : undefined;
          return {
            name: attribute.name,
            key: camel(attribute.name),
            kind,
            ...(options?.length ? { options } : {}),
            description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
          };
        }),
    };
  });
}

function blockJson(spec) {
  const attributes = {
    // The page language decides by default; a block can force English or Spanish.
    lang: { type: 'string', default: '' },
  };
  for (const attribute of spec.attributes) {
    attributes[attribute.key] =
      attribute.kind === 'boolean' ? { type: 'boolean', default: false } : { type: 'string', default: '' };
  }
  if (spec.tag === 'sa-hotline-banner' || spec.tag === 'sa-resource-list' || spec.tag === 'sa-resource-card') {
    // Off: only the bundled, sourced national records.
    attributes.agencyRecords = { type: 'boolean', default: true };
  }
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: spec.block,
    title: spec.title,
    category: 'widgets',
    icon: 'shield',
    description: spec.description,
    keywords: ['safety', 'stalking', spec.tag],
    textdomain: 'sa-widgets',
    attributes,
    supports: { html: false, className: false, customClassName: false },
    editorScript: 'sa-widgets-blocks-editor',
  };
}

/** Subresource integrity of the files the plugin links from the page itself. */
function integrity(files) {
  const hashes = {};
  for (const file of files) {
    const path = join(PLUGIN, 'cdn', file);
    if (existsSync(path)) hashes[file] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
  }
  return hashes;
}

/** A plain zip (deflate), enough for WordPress's "Upload Plugin". */
function writeZip(zipPath, baseDir, folderName) {
  const entries = [];
  const chunks = [];
  let offset = 0;
  for (const file of walk(baseDir).sort()) {
    const name = Buffer.from(`${folderName}/${relative(baseDir, file).split('\\').join('/')}`);
    const data = readFileSync(file);
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10); // 00:00
    header.writeUInt16LE(0x21, 12); // 1980-01-01: no build time, so the same files make the same zip
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    chunks.push(header, name, compressed);
    entries.push({ name, crc, size: data.length, compressedSize: compressed.length, offset });
    offset += header.length + name.length + compressed.length;
  }
  const central = [];
  for (const entry of entries) {
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt16LE(0x21, 14);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(entry.compressedSize, 20);
    record.writeUInt32LE(entry.size, 24);
    record.writeUInt16LE(entry.name.length, 28);
    record.writeUInt32LE(entry.offset, 42);
    central.push(record, entry.name);
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  mkdirSync(resolve(zipPath, '..'), { recursive: true });
  writeFileSync(zipPath, Buffer.concat([...chunks, ...central, end]));
  return entries.length;
}

function build() {
  requireFile('packages/widgets/cdn/sa-widgets.js');
  requireFile('packages/widgets/custom-elements.json');

  rmSync(join(PLUGIN, 'cdn'), { recursive: true, force: true });
  rmSync(GENERATED, { recursive: true, force: true });
  cpSync(join(ROOT, 'packages/widgets/cdn'), join(PLUGIN, 'cdn'), {
    recursive: true,
    // Source maps would only add weight to the zip.
    filter: (path) => !path.endsWith('.map'),
  });

  const specs = elementSpecs();
  for (const spec of specs) {
    const dir = join(GENERATED, 'blocks', spec.tag.replace(/^sa-/, ''));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'block.json'), `${JSON.stringify(blockJson(spec), null, 2)}\n`);
  }
  const { version } = JSON.parse(read('packages/widgets/package.json'));
  writeFileSync(
    join(GENERATED, 'elements.json'),
    `${JSON.stringify(
      {
        widgetsVersion: version,
        elements: specs,
        integrity: integrity(['sa-widgets.js', 'sa-widgets.es.js', 'sa-widgets-undefined.css']),
      },
      null,
      2,
    )}\n`,
  );
  cpSync(join(ROOT, 'packages/core/schema/resource.schema.json'), join(GENERATED, 'resource.schema.json'));

  rmSync(ZIP, { force: true });
  const count = writeZip(ZIP, PLUGIN, 'sa-widgets');
  console.log(`${relative(ROOT, ZIP)}: ${count} files, ${specs.length} blocks (${ELEMENTS.join(', ')})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) build();

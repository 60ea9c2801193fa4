// Node tests for the sa-validate CLI and the published JSON Schema. They run
// the built dist of core (npm test builds first): `node --test packages/core/test-node/`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const coreDir = fileURLToPath(new URL('..', import.meta.url));
const cli = join(coreDir, 'bin/sa-validate.mjs');
const fixtures = join(coreDir, 'test/resources/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'sa-validate-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function writeJson(name, value) {
  const path = join(scratch, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const { defaultResources } = await import('../dist/data.js');
const types = await import('../dist/data.js');
const patterns = await import('../dist/resources/patterns.js');

describe('sa-validate', () => {
  it('exits 0 for the bundled dataset', () => {
    const { code, out } = run(writeJson('default.json', defaultResources));
    assert.equal(code, 0);
    assert.match(out, new RegExp(`${defaultResources.length} resources, all valid`));
  });

  it('exits 1 and lists every problem with its JSON path and record id', () => {
    const bad = structuredClone(defaultResources[2]);
    bad.contacts[0].value = '800-799-7233';
    bad.contacts[3].value = 'javascript:alert(1)';
    bad.translations.es.description = 'Llame <script>alert(1)</script>';
    const file = writeJson('bad.json', [defaultResources[0], bad, { id: 'x', name: 3 }]);
    const { code, out } = run(file);
    assert.equal(code, 1);
    assert.match(out, /\$\[1\]\.contacts\[0\]\.value \(resource "ndvh"\): must be an E\.164 number/);
    assert.match(out, /\$\[1\]\.contacts\[3\]\.value \(resource "ndvh"\): must be a safe absolute http\(s\) URL/);
    assert.match(
      out,
      /\$\[1\]\.translations\.es\.description \(resource "ndvh"\): must be plain text, not HTML markup/,
    );
    assert.match(out, /\$\[2\]\.name \(resource "x"\): must be a string/);
    assert.match(out, /\$\[2\]\.provenance \(resource "x"\): is required/);
    assert.match(out, /problems in 2 records; 1 valid/);
    assert.doesNotMatch(out, /\[stalking-awareness\]/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const { code, out } = run(writeJson('bom.json', `\uFEFF${JSON.stringify([defaultResources[0]])}`));
    assert.equal(code, 0, out);
    assert.match(out, /1 resource, all valid/);
  });

  it('exits 1 for the mixed fixture and for a file that is not JSON', () => {
    const mixed = run(join(fixtures, 'resources-mixed.json'));
    assert.equal(mixed.code, 1);
    assert.match(mixed.out, /\$\[1\]\.url \(resource "hostile-link"\)/);
    assert.match(mixed.out, /\$\[2\]\.provenance \(resource "no-provenance"\)/);
    const broken = run(join(fixtures, 'not-json.txt'));
    assert.equal(broken.code, 1);
    assert.match(broken.out, /\$: not valid JSON/);
    const notArray = run(writeJson('string.json', '"hello"'));
    assert.equal(notArray.code, 1);
    assert.match(notArray.out, /\$\[0\]: must be an object/);
  });

  it('accepts the official HSDS examples and notes their quirks', () => {
    for (const name of ['service_full.json', 'service_list.json']) {
      const { code, out } = run(join(fixtures, name));
      assert.equal(code, 0, out);
      assert.match(out, /1 resource, all valid/);
    }
    assert.match(
      run(join(fixtures, 'service_full.json')).out,
      /note: HSDS service "ac148810-[^"]+": phone number .* quote marks/,
    );
    assert.match(
      run(join(fixtures, 'service_full.json')).out,
      /note: resource "ac148810-[^"]+" was due for review on 2005-07-01/,
    );
  });

  it('exits 2 on usage errors and 0 for --help', () => {
    assert.equal(run().code, 2);
    assert.match(run().err, /no file given[\s\S]*Usage: sa-validate <file\.json>/);
    assert.equal(run('a.json', 'b.json').code, 2);
    assert.equal(run('--verbose').code, 2);
    const missing = run(join(scratch, 'missing.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read .*ENOENT/);
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: sa-validate/);
  });
});

describe('resource.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(coreDir, 'schema/resource.schema.json'), 'utf8'));
  const defs = schema.$defs;

  it('is a draft 2020-12 schema for an array of resources', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.type, 'array');
    assert.deepEqual(schema.items, { $ref: '#/$defs/resource' });
    assert.deepEqual(defs.resource.required, [
      'id',
      'name',
      'category',
      'description',
      'contacts',
      'status',
      'provenance',
    ]);
    assert.deepEqual(defs.provenance.required, ['source', 'verified']);
    assert.deepEqual(defs.provenance.dependentRequired, { verifiedOn: ['reviewBy'] });
  });

  it('lists exactly the enums and formats of the TypeScript model and validator', () => {
    assert.deepEqual(defs.resource.properties.category.enum, [...types.RESOURCE_CATEGORIES]);
    assert.deepEqual(defs.resource.properties.status.enum, [...types.RESOURCE_STATUSES]);
    assert.deepEqual(defs.contact.properties.channel.enum, [...types.CONTACT_CHANNELS]);
    assert.deepEqual(defs.weeklyOpening.properties.days.items.enum, [...types.WEEKDAYS]);
    assert.equal(defs.e164.pattern, patterns.E164_NUMBER.source);
    assert.equal(defs.shortCode.pattern, patterns.SHORT_CODE.source);
    assert.equal(defs.wallTime.pattern, patterns.WALL_TIME.source);
    assert.equal(defs.contact.properties.keyword.pattern, patterns.KEYWORD.source);
    assert.equal(defs.contact.properties.extension.pattern, patterns.EXTENSION.source);
    assert.equal(defs.resource.properties.id.pattern, patterns.RESOURCE_ID.source);
    assert.equal(defs.plainText.not.pattern, patterns.MARKUP.source);
  });

  it('has patterns that accept the bundled data and reject hostile values', () => {
    const url = new RegExp(defs.webUrl.pattern);
    for (const resource of defaultResources) {
      assert.match(resource.provenance.source, url);
      if (resource.url) assert.match(resource.url, url);
    }
    for (const hostile of [
      'javascript:alert(1)',
      'data:text/html,x',
      'https://user:pw@example.org/',
      '//example.org/',
    ]) {
      assert.doesNotMatch(hostile, url);
    }
    assert.match('2027-05-01', new RegExp(defs.date.pattern));
    assert.doesNotMatch('2027-13-01', new RegExp(defs.date.pattern));
    assert.match('es-MX', new RegExp(defs.languageTag.pattern));
  });
});

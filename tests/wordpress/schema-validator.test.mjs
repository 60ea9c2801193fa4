// The plugin's PHP validator (settings page) must accept and refuse the same
// records as core's validator (the browser and sa-validate), against the same
// JSON Schema. Runs PHP's command line; needs `npm run build` (core's dist).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, requireBuilt } from '../e2e/harness.mjs';

const PLUGIN = join(REPO_ROOT, 'packages/wordpress/sa-widgets');

let core;
let scratch;

/** Issues of each JSON text, from the plugin's validator. */
function phpIssues(texts) {
  const out = execFileSync('php', [join(REPO_ROOT, 'tests/wordpress/validate-records.php')], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    env: { ...process.env, SA_WIDGETS_DIR: scratch },
  });
  return JSON.parse(out);
}

const clone = (value) => structuredClone(value);

/** `$[0].contacts[0]` of `$[0].contacts[0].value`. */
const parentOf = (path) => path.replace(/(?:\.[^.[]+|\[[^\]]+\])$/, '');

/**
 * Two paths point at the same problem: equal, one inside the other, or two
 * fields of one object (a keyword on a voice line is the keyword's fault for
 * core, the channel's for the schema's if/then).
 */
function samePlace(a, b) {
  const inside = (outer, inner) => inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return a === b || inside(a, b) || inside(b, a) || (parentOf(a) === parentOf(b) && parentOf(a) !== '$');
}

/** [name, change to a valid record (returns the records to check)]. */
function mutations(base, other) {
  const one = (change) => () => {
    const record = clone(base);
    change(record);
    return [record];
  };
  return [
    ['no name', one((r) => delete r.name)],
    ['markup in a name', one((r) => (r.name = 'Call <a href="https://example.org">us</a>'))],
    ['a name too long', one((r) => (r.name = 'x'.repeat(201)))],
    ['an unknown category', one((r) => (r.category = 'shelter'))],
    ['a phone number not in E.164', one((r) => (r.contacts[0].value = '800-799-7233'))],
    ['a phone contact with a number and a short code', one((r) => (r.contacts[0].shortCode = '911'))],
    [
      'a chat contact with a javascript: URL',
      one((r) => r.contacts.push({ channel: 'chat', value: 'javascript:alert(1)' })),
    ],
    ['an email contact that is no address', one((r) => r.contacts.push({ channel: 'email', value: 'not an address' }))],
    ['a keyword on a voice line', one((r) => (r.contacts[0].keyword = 'START'))],
    ['weekly hours without a time zone', one((r) => (r.hours = { type: 'weekly', weekly: [] }))],
    ['an unknown time zone', one((r) => (r.hours = { type: 'weekly', timeZone: 'Mars/Base', weekly: [] }))],
    [
      'an opening at 25:00',
      one(
        (r) =>
          (r.hours = {
            type: 'weekly',
            timeZone: 'America/New_York',
            weekly: [{ days: ['mo'], opens: '25:00', closes: '17:00' }],
          }),
      ),
    ],
    [
      'no days in an opening',
      one(
        (r) =>
          (r.hours = {
            type: 'weekly',
            timeZone: 'America/New_York',
            weekly: [{ days: [], opens: '09:00', closes: '17:00' }],
          }),
      ),
    ],
    [
      'February 30th',
      one(
        (r) =>
          (r.hours = {
            type: 'weekly',
            timeZone: 'America/New_York',
            weekly: [],
            exceptions: [{ date: '2027-02-30' }],
          }),
      ),
    ],
    [
      'an exception that opens without closing',
      one(
        (r) =>
          (r.hours = {
            type: 'weekly',
            timeZone: 'America/New_York',
            weekly: [],
            exceptions: [{ date: '2027-01-01', opens: '09:00' }],
          }),
      ),
    ],
    ['reviewBy before verifiedOn', one((r) => (r.provenance.reviewBy = '2000-01-01'))],
    ['no provenance', one((r) => delete r.provenance)],
    ['verified as a string', one((r) => (r.provenance.verified = 'yes'))],
    ['a language that is no tag', one((r) => (r.languages = ['e s']))],
    ['a translation under no language tag', one((r) => (r.translations = { 'not a tag': { name: 'x' } }))],
    ['an unknown status', one((r) => (r.status = 'open'))],
    ['a URL with credentials', one((r) => (r.url = 'https://user:secret@example.org/'))],
    ['an id with a space', one((r) => (r.id = 'an id'))],
    ['contacts not an array', one((r) => (r.contacts = {}))],
    ['the same id twice', () => [clone(base), clone(base)]],
    ['a record that is not an object', () => [clone(base), 'ndvh']],
    ['an object instead of an array', () => clone(other)],
  ];
}

describe("the settings page's record validator (PHP) agrees with core's", () => {
  before(async () => {
    requireBuilt('packages/core/dist/index.js', 'run `npm run build` (tsc -b)');
    core = await import(join(REPO_ROOT, 'packages/core/dist/index.js'));
    // The plugin reads the schema from generated/, as the build copies it.
    scratch = mkdtempSync(join(tmpdir(), 'sa-wp-validator-'));
    cpSync(join(PLUGIN, 'includes'), join(scratch, 'includes'), { recursive: true });
    mkdirSync(join(scratch, 'generated'));
    cpSync(
      join(REPO_ROOT, 'packages/core/schema/resource.schema.json'),
      join(scratch, 'generated/resource.schema.json'),
    );
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('accepts the bundled dataset, every record alone, and no records at all', () => {
    const texts = [
      JSON.stringify(core.defaultResources),
      '',
      '[]',
      ...core.defaultResources.map((r) => JSON.stringify([r])),
    ];
    const results = phpIssues(texts);
    results.forEach((issues, index) => assert.deepEqual(issues, [], `text ${index}: ${JSON.stringify(issues)}`));
  });

  it('refuses what core refuses, naming a path core names', () => {
    const base = core.defaultResources.find((r) => r.id === 'ndvh');
    const cases = mutations(base, base);
    const texts = cases.map(([, make]) => JSON.stringify(make()));
    const results = phpIssues([...texts, '{ not json']);
    cases.forEach(([name, make], index) => {
      const expected = core.validateResources(make(), { warn: false }).issues;
      assert.ok(expected.length > 0, `core refuses ${name}`);
      const paths = results[index].map((issue) => issue.path);
      assert.ok(paths.length > 0, `the plugin refuses ${name}`);
      assert.ok(
        expected.some((issue) => paths.some((path) => samePlace(path, issue.path))),
        `${name}: the plugin's paths ${JSON.stringify(paths)} meet core's ${JSON.stringify(expected.map((issue) => issue.path))}`,
      );
    });
    assert.match(results.at(-1)[0].message, /is not valid JSON/);
  });
});

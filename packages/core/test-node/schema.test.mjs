// The published JSON Schema (draft 2020-12) checked by a real 2020-12
// validator: the bundled dataset conforms, and hostile records do not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(new URL('../schema/resource.schema.json', import.meta.url), 'utf8'));
const { defaultResources } = await import('../dist/data.js');

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const accepts = (record) => validate(record) || validate([record]);

describe('resource.schema.json', () => {
  it('is a valid draft 2020-12 schema', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  for (const record of defaultResources) {
    it(`accepts the bundled record "${record.id}"`, () => {
      assert.ok(accepts(structuredClone(record)), JSON.stringify(validate.errors, null, 2));
    });
  }

  const good = structuredClone(defaultResources.find((r) => r.id === 'ndvh'));
  const hostile = {
    'a javascript: url': { ...good, url: 'javascript:alert(1)' },
    'an unknown category': { ...good, category: 'hotline' },
    'a missing provenance': (({ provenance, ...rest }) => (void provenance, rest))(good),
    'a number where text belongs': { ...good, name: 42 },
  };
  for (const [what, record] of Object.entries(hostile)) {
    it(`rejects a record with ${what}`, () => {
      assert.equal(accepts(record), false);
    });
  }
});

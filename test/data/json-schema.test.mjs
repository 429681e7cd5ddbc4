// The published JSON Schema (schema/budget.schema.json) accepts the five real documents
// and rejects what the structural validator rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(read('../../schema/budget.schema.json'));
const BUREAUS = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'];

for (const bureau of BUREAUS) {
  test(`JSON Schema accepts ${bureau}`, () => {
    const ok = validate(read(`../../demo/data/${bureau}.json`));
    assert.equal(ok, true, JSON.stringify(validate.errors?.slice(0, 3)));
  });
}

test('JSON Schema rejects a wrong type and an unknown field', () => {
  const doc = read('../../demo/data/kaijiang-2025.json');
  doc.meta.year = '2025';
  doc.extra = true;
  assert.equal(validate(doc), false);
  const paths = validate.errors.map((e) => `${e.instancePath} ${e.keyword}`);
  assert.ok(paths.includes('/meta/year type'), paths.join('\n'));
  assert.ok(paths.includes(' additionalProperties'), paths.join('\n'));
});

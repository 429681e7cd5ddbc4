// `isPlainRow`, the hand-written test that lets `validate` take rows as they are, is never looser
// than the schema's `Row`: whatever it accepts, valibot accepts. And it accepts every row of the
// five real documents, so that the fast path is the one they take.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { BudgetDocument, Row } from '../../dist/data/schema.js';
import { isPlainRow } from '../../dist/data/plain-row.js';
import { validate } from '../../dist/data/api.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const BUREAUS = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'];
const documents = BUREAUS.map((bureau) => read(`../../demo/data/${bureau}.json`));

test('every row of the five documents passes the plain-row test', () => {
  for (const [i, doc] of documents.entries()) {
    const rows = doc.tables.flatMap((table) => table.rows);
    assert.ok(rows.length > 100, BUREAUS[i]);
    assert.deepEqual(rows.filter((row) => !isPlainRow(row)), [], BUREAUS[i]);
  }
});

/** Values that sit on or across the edges of what `Row` accepts for a field. */
const EDGES = [
  undefined, null, true, 0, -1, 1.5, 6, 7, 2 ** 53, NaN, Infinity, -Infinity,
  '', 'a', 'A', '-a', 'a-b', 'a_b', '0', '01', '2080505', '1234567890123', ' 201', '二〇一',
  'x'.repeat(500), 'x'.repeat(501), 'x'.repeat(20_000), 'x'.repeat(20_001),
  'total', 'heading', 'Total', [], {}, Object.create(null), { total: 1 }, { Total: 1 }, { total: NaN },
  { total: '1' }, { total: null }, { total: undefined }, { total: {} }, { total: Infinity }, JSON.parse('{"__proto__": 1}'),
];
const FIELDS = ['key', 'code', 'unit', 'name', 'level', 'role', 'section', 'values', 'note', 'extra', '__proto__'];

/** A valid row with `field` set to `value` (set as an own field, `__proto__` included). */
const withField = (row, field, value) => {
  const copy = { ...row, values: { ...row.values } };
  Object.defineProperty(copy, field, { value, enumerable: true, configurable: true, writable: true });
  return copy;
};

test('whatever the plain-row test accepts, the schema accepts', () => {
  // A total, a coded row, a heading …: the first two rows of the first tables of each document.
  const samples = documents.flatMap((doc) => doc.tables.slice(0, 4).flatMap((table) => table.rows.slice(0, 2)));
  let checked = 0;
  let accepted = 0;
  for (const row of samples)
    for (const field of FIELDS)
      for (const value of EDGES) {
        const changed = withField(row, field, value);
        checked++;
        if (isPlainRow(changed)) {
          accepted++;
          if (!v.is(Row, changed)) assert.fail(`accepted what Row rejects: ${field} = ${JSON.stringify(value)?.slice(0, 40)}`);
        }
        // Two fields at once, so that one field's value cannot hide another's.
        const twice = withField(changed, FIELDS[(FIELDS.indexOf(field) + 1) % FIELDS.length], EDGES[(EDGES.indexOf(value) * 7) % EDGES.length]);
        if (isPlainRow(twice) && !v.is(Row, twice)) assert.fail(`accepted what Row rejects: ${JSON.stringify(twice).slice(0, 80)}`);
      }
  // The test saw both sides: many variants accepted, many sent on to valibot.
  assert.ok(accepted > checked / 10 && accepted < checked / 2, `${accepted} of ${checked} accepted`);
  for (const odd of [null, [], 'row', Object.create(null), Object.assign(Object.create({ name: 'x' }), { values: {} })]) assert.equal(isPlainRow(odd), false);
});

test('a document with a bad row still gets valibot\'s message for it', () => {
  const doc = structuredClone(documents[0]);
  doc.tables[0].rows[2].values.total = 'x'.repeat(20_001);
  const result = validate(doc);
  assert.equal(result.ok, false);
  assert.match(result.errors.map((e) => e.path).join(' '), /\$\.tables\[0\]\.rows\[2\]\.values\.total/);
});

test('a valid document takes its rows as they are, and is otherwise the same as valibot\'s copy', () => {
  const doc = documents[0];
  const result = validate(doc);
  assert.equal(result.ok, true);
  assert.equal(result.document.tables[0].rows[0], doc.tables[0].rows[0]);
  assert.deepEqual(result.document, v.parse(BudgetDocument, doc));
});

// Every real format round-trips (issue #15): each generated fixture (the five documents as HTML, XLSX, XLS where
// present, DOCX and PDF; scripts/make-import-fixtures.mjs) is read and imported once, and its agreement with the
// hand-made document is printed, as agreement.test.mjs does for the seed texts. The floors in
// formats-agreement.floor.json are the agreement measured (matched row labels, codes, amount and text cells, tables
// found, tables with the right status, rows under the right parent, row keys, the document's consistency warnings
// reported too; they only rise) and its ceilings the figures put in a wrong column and the warnings only the import
// reports (they only fall: a figure in a wrong column is worse than a missing one, and a warning the document does not
// have sends a reader after a difference that is not there). `node test/import/formats-agreement.test.mjs --measure`
// prints the figures of today in that file's shape; `--differences [fixture…]` lists every difference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readSource } from '../../dist/import/readers/index.js';
import { importSource } from '../../dist/import/assemble.js';
import { BUREAUS, agreementOf, format } from './agreement.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const FORMATS = ['html', 'xlsx', 'xls', 'docx', 'pdf'];
const PARTS = ['labels', 'codes', 'cells', 'texts', 'tables', 'status', 'outline', 'keys', 'warnings'];
/** Counts that may only fall, with what each counts. */
const CEILINGS = { misplaced: 'figures in a wrong column', extraWarnings: 'warnings only the import reports' };
const LIMITS = JSON.parse(readFileSync(new URL('./formats-agreement.floor.json', import.meta.url), 'utf8'));

const fixtures = BUREAUS.flatMap(([bureau]) => FORMATS.map((ext) => `${bureau}.${ext}`)).filter((name) => existsSync(new URL(name, FIXTURES)));

const imported = new Map();
/** The fixture imported (once for both tests). */
async function importOf(name) {
  if (!imported.has(name)) imported.set(name, importSource(await readSource(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name)));
  return imported.get(name);
}

/** The differences a ceiling counts, to print when it is passed. */
const listed = (score, part) => score.differences.filter((d) => d.startsWith(part === 'misplaced' ? 'misplaced' : 'warning extra')).join('\n');

const scoreOf = async (name) => agreementOf(name.replace(/\.[a-z]+$/, ''), await importOf(name));
/** A fixture's agreement on one line, its format first. */
const line = (name, score) => `${name.split('.').pop().padEnd(4)} ${format(name.replace(/\.[a-z]+$/, ''), score)}`;

if (process.argv.includes('--measure')) {
  const measured = {};
  for (const name of fixtures) {
    const score = await scoreOf(name);
    measured[name] = { ...Object.fromEntries(PARTS.map((part) => [part, score[part][0]])), misplaced: score.misplaced, extraWarnings: score.extraWarnings };
  }
  console.log(JSON.stringify(measured, null, 2));
} else if (process.argv.includes('--differences')) {
  const asked = process.argv.slice(process.argv.indexOf('--differences') + 1);
  for (const name of fixtures.filter((fixture) => asked.length === 0 || asked.includes(fixture))) {
    const score = await scoreOf(name);
    console.log(line(name, score));
    score.differences.forEach((d) => console.log(`  ${d}`));
  }
} else {
  test('every generated fixture has its floors and ceiling, and every floor a fixture', () => {
    assert.deepEqual(Object.keys(LIMITS).sort(), [...fixtures].sort());
  });
  for (const name of fixtures) {
    test(`import of ${name} agrees with its document at least as well as today`, async () => {
      const score = await scoreOf(name);
      console.log(line(name, score));
      assert.equal(score.exit, 0, 'a valid document is written');
      for (const [part, limit] of Object.entries(LIMITS[name])) {
        if (part in CEILINGS) assert.ok(score[part] <= limit, `${score[part]} ${CEILINGS[part]}, at most ${limit}:\n${listed(score, part)}`);
        else assert.ok(score[part][0] >= limit, `${part}: ${score[part][0]} matched, at least ${limit} expected`);
      }
    });

    test(`import of ${name}: the 三公 figures are the document's, this year's and last year's`, async () => {
      const { document } = await importOf(name);
      const expected = JSON.parse(readFileSync(new URL(`../../demo/data/${name.replace(/\.[a-z]+$/, '')}.json`, import.meta.url), 'utf8'));
      assert.deepEqual([document.sangong?.current, document.sangong?.previous], [expected.sangong?.current, expected.sangong?.previous]);
    });
  }
}

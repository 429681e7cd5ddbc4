// Every real format round-trips (issue #15): each generated fixture (the five documents as HTML, XLSX, XLS where
// present, DOCX and PDF; scripts/make-import-fixtures.mjs) is read and imported once, and its agreement with the
// hand-made document is printed, as agreement.test.mjs does for the seed texts. The floors in
// formats-agreement.floor.json are the agreement measured (matched row labels, codes, amount and text cells, tables
// found, tables with the right status; they only rise) and its ceilings the figures put in a wrong column (they only
// fall: a figure in a wrong column is worse than a missing one). `node test/import/formats-agreement.test.mjs
// --measure` prints the figures of today in that file's shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readSource } from '../../dist/import/readers/index.js';
import { importSource } from '../../dist/import/assemble.js';
import { BUREAUS, agreementOf, format } from './agreement.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const FORMATS = ['html', 'xlsx', 'xls', 'docx', 'pdf'];
const PARTS = ['labels', 'codes', 'cells', 'texts', 'tables', 'status'];
const LIMITS = JSON.parse(readFileSync(new URL('./formats-agreement.floor.json', import.meta.url), 'utf8'));

const fixtures = BUREAUS.flatMap(([bureau]) => FORMATS.map((ext) => `${bureau}.${ext}`)).filter((name) => existsSync(new URL(name, FIXTURES)));

const imported = new Map();
/** The fixture imported (once for both tests). */
async function importOf(name) {
  if (!imported.has(name)) imported.set(name, importSource(await readSource(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name)));
  return imported.get(name);
}

const scoreOf = async (name) => agreementOf(name.replace(/\.[a-z]+$/, ''), await importOf(name));

if (process.argv.includes('--measure')) {
  const measured = {};
  for (const name of fixtures) {
    const score = await scoreOf(name);
    measured[name] = { ...Object.fromEntries(PARTS.map((part) => [part, score[part][0]])), misplaced: score.misplaced };
  }
  console.log(JSON.stringify(measured, null, 2));
} else {
  test('every generated fixture has its floors and ceiling, and every floor a fixture', () => {
    assert.deepEqual(Object.keys(LIMITS).sort(), [...fixtures].sort());
  });
  for (const name of fixtures) {
    test(`import of ${name} agrees with its document at least as well as today`, async () => {
      const score = await scoreOf(name);
      console.log(`${name.split('.').pop().padEnd(4)} ${format(name.replace(/\.[a-z]+$/, ''), score)}`);
      assert.equal(score.exit, 0, 'a valid document is written');
      const { misplaced: ceiling, ...floors } = LIMITS[name];
      for (const [part, floor] of Object.entries(floors)) {
        assert.ok(score[part][0] >= floor, `${part}: ${score[part][0]} matched, at least ${floor} expected`);
      }
      const misplaced = score.differences.filter((d) => d.startsWith('misplaced'));
      assert.ok(score.misplaced <= ceiling, `${score.misplaced} figures in a wrong column, at most ${ceiling}:\n${misplaced.join('\n')}`);
    });

    test(`import of ${name}: the 三公 figures are the document's, this year's and last year's`, async () => {
      const { document } = await importOf(name);
      const expected = JSON.parse(readFileSync(new URL(`../../demo/data/${name.replace(/\.[a-z]+$/, '')}.json`, import.meta.url), 'utf8'));
      assert.deepEqual([document.sangong?.current, document.sangong?.previous], [expected.sangong?.current, expected.sangong?.previous]);
    });
  }
}

// How closely `import` of a seed text reproduces its hand-made document: meta, and for every non-goal table its
// kind, number, status, row labels, codes, amount cells and text cells (a column of words: 单位性质, 经济科目名称), and
// the outline: rows under the right parent, row keys and consistency warnings (outline-agreement.js). Shared by the
// agreement test and by anyone who wants the list of differences (`node test/import/agreement.js --differences`).
import { readFileSync } from 'node:fs';
import { readText } from '../../dist/import/readers/text.js';
import { importSource } from '../../dist/import/assemble.js';
import { countOutline, countWarnings } from './outline-agreement.js';

export const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const FALLBACK_SEEDS = new URL('file:///work/shared/seeds/');
const DATA = new URL('../../demo/data/', import.meta.url);

export const BUREAUS = [
  ['kaijiang-2025', '000_235c82adece09eab.txt'],
  ['gaoyang-2025', '001_fa6fc00be34da7e8.txt'],
  ['yuanjiang-2024', '002_98990c82be280a35.txt'],
  ['pingli-2025', '003_54bda3fd47d173ce.txt'],
  ['quxian-2024', '004_005f050e473b68bf.txt'],
];

const GOAL_KINDS = new Set(['project-goals', 'department-goals']);
const squash = (text) => String(text ?? '').replace(/[\s\u3000]+/g, '');

function seedText(file) {
  for (const base of [SEEDS, FALLBACK_SEEDS]) {
    try {
      return readFileSync(new URL(file, base), 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new Error(`seed ${file} not found in ../shared/seeds/ or /work/shared/seeds/`);
}

/**
 * Pairs expected and imported tables: of one kind and one number when the number is printed (so that a published
 * table is never compared with an unavailable one listed beside it), else by kind in published order.
 */
function pairTables(expected, actual) {
  const left = [...actual];
  const take = (found) => (found ? left.splice(left.indexOf(found), 1)[0] : undefined);
  const byNumber = expected.map((table) => table.number !== undefined && take(left.find((t) => t.kind === table.kind && t.number === table.number)));
  return expected.map((table, i) => ({ expected: table, actual: byNumber[i] || take(left.find((t) => t.kind === table.kind)) }));
}

/**
 * The figures of a matched row that stand under a column where the row publishes something else, while the row
 * publishes that figure under another column: a figure in the wrong column, worse than a missing one.
 */
function misplacedFigures(want, got) {
  return misplaced(want, got, (value) => typeof value === 'number', (a, b) => a === b);
}

/** The same for words: a text cell under a column where the row publishes other words, and these under another. */
function misplacedTexts(want, got) {
  return misplaced(want, got, (value) => typeof value === 'string' && squash(value) !== '', (a, b) => squash(a) === squash(b));
}

function misplaced(want, got, counts, same) {
  const published = Object.entries(want.values).filter(([, value]) => counts(value));
  return Object.entries(got.values)
    .filter(([key, value]) => counts(value) && !(counts(want.values[key]) && same(want.values[key], value)))
    .flatMap(([key, value]) => {
      const home = published.find(([other, published]) => other !== key && same(published, value));
      return home ? [{ value, found: key, published: home[0] }] : [];
    });
}

const sameRow = (a, b) => squash(a.name) === squash(b.name) && (a.section ?? '') === (b.section ?? '');

/**
 * The imported row that stands for a published one: a row of the same name and code, else of the same name. Rows
 * printed under one name more than once (a unit's line and its sub-unit's, two 一般公共预算拨款收入 lines) pair in
 * printed order when both sides hold as many of them, whatever code either side gives them.
 */
function matchRow(rows, row, expectedRows) {
  const namesakes = rows.filter((r) => sameRow(r, row));
  const published = expectedRows.filter((r) => sameRow(r, row));
  if (published.length > 1 && namesakes.length === published.length) return namesakes[published.indexOf(row)];
  return namesakes.find((r) => (r.code ?? '') === (row.code ?? '')) ?? namesakes[0];
}

export function agreement(bureau, file) {
  return agreementOf(bureau, importSource(readText(seedText(file), file)));
}

/** The agreement of an import's result (`importSource`'s) with the hand-made document of `bureau`. */
export function agreementOf(bureau, result) {
  return agreementWith(JSON.parse(readFileSync(new URL(`${bureau}.json`, DATA), 'utf8')), result);
}

/** The agreement of an import's result with a document (`expected`): every measure, and the differences. */
export function agreementWith(expected, result) {
  const doc = result.document;
  const score = { exit: result.exit, meta: [0, 0], tables: [0, 0], status: [0, 0], numbers: [0, 0], labels: [0, 0], codes: [0, 0], cells: [0, 0], texts: [0, 0], misplaced: 0, outline: [0, 0], keys: [0, 0], differences: [] };
  const count = (what, ok, difference) => {
    score[what][1] += 1;
    if (ok) score[what][0] += 1;
    else if (difference) score.differences.push(difference);
  };
  const meta = doc?.meta;
  count('meta', meta?.department.name === expected.meta.department.name, `meta: department ${meta?.department.name}`);
  count('meta', meta?.year === expected.meta.year, `meta: year ${meta?.year}`);
  count('meta', meta?.publishedUnit === expected.meta.publishedUnit, `meta: unit ${meta?.publishedUnit}`);
  count('meta', meta?.region.county === expected.meta.region.county, `meta: county ${meta?.region.county}`);
  count('meta', meta?.region.province === expected.meta.region.province, `meta: province ${meta?.region.province} (expected ${expected.meta.region.province})`);
  const mine = (doc?.tables ?? []).filter((t) => !GOAL_KINDS.has(t.kind));
  for (const { expected: want, actual: got } of pairTables(expected.tables.filter((t) => !GOAL_KINDS.has(t.kind)), mine)) {
    const name = [want.number, want.title].filter(Boolean).join(' ');
    count('tables', got !== undefined, `table not found: ${name} (${want.kind})`);
    count('status', got?.status === want.status, got && `status: ${name}: ${got.status}, expected ${want.status}`);
    count('numbers', (got?.number ?? '') === (want.number ?? ''), got && `number: ${name}: ${got.number}`);
    const matches = want.rows.map((row) => got && matchRow(got.rows, row, want.rows));
    want.rows.forEach((row, i) => {
      const match = matches[i];
      count('labels', match !== undefined, got && `row: ${name}: ${row.section ?? ''} ${row.code ?? ''} ${row.name}`);
      if (row.code) count('codes', match?.code === row.code, match && `code: ${name}: ${row.name} ${match.code} ≠ ${row.code}`);
      for (const [key, value] of Object.entries(row.values)) {
        if (typeof value === 'number') count('cells', match?.values[key] === value, match && `cell: ${name}: ${row.name} [${key}] ${match.values[key]} ≠ ${value}`);
        else if (typeof value === 'string' && squash(value) !== '') {
          const found = match?.values[key];
          count('texts', typeof found === 'string' && squash(found) === squash(value), match && `text: ${name}: ${row.name} [${key}] ${found} ≠ ${value}`);
        }
      }
      for (const figure of match ? [...misplacedFigures(row, match), ...misplacedTexts(row, match)] : []) {
        score.misplaced += 1;
        score.differences.push(`misplaced: ${name}: ${row.name} ${figure.value} under [${figure.found}], published under [${figure.published}]`);
      }
    });
    countOutline(name, want, got, matches, count);
  }
  countWarnings(expected, doc, score);
  return score;
}

export const format = (bureau, s) =>
  `${bureau}: exit ${s.exit}; meta ${s.meta.join('/')}; tables ${s.tables.join('/')}, status ${s.status.join('/')}, numbers ${s.numbers.join('/')}; ` +
  `row labels ${s.labels.join('/')}, codes ${s.codes.join('/')}, amount cells ${s.cells.join('/')}, text cells ${s.texts.join('/')}; ` +
  `misplaced figures ${s.misplaced}; outline ${s.outline.join('/')}, keys ${s.keys.join('/')}; warnings ${s.warnings.join('/')}, extra ${s.extraWarnings}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [bureau, file] of BUREAUS) {
    const s = agreement(bureau, file);
    console.log(format(bureau, s));
    if (process.argv.includes('--differences')) s.differences.forEach((d) => console.log(`  ${d}`));
  }
}

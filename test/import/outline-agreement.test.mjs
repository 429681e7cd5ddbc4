// The outline measures of the scorers (outline-agreement.js): synthetic pairs of documents that differ in one row's
// place, one row's key or one warning, and the counts that show it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { agreementWith, BUREAUS } from './agreement.js';

/**
 * A department's expenditure table (合计 → its unit → a class → two items) and a two-line statement, with the meta
 * the scorer reads (not a whole schema v1 document: the measures read no more).
 */
const document = () => ({
  meta: { department: { name: '测试局' }, region: {}, year: 2025, publishedUnit: '万元' },
  tables: [
    {
      id: 'expenditure',
      kind: 'expenditure',
      title: '部门支出总表',
      status: 'published',
      columns: [{ key: 'total', label: '合计' }],
      rows: [
        { name: '合计', role: 'total', values: { total: 100_000 } },
        { name: '测试局', role: 'unit', unit: '101001', values: { total: 100_000 } },
        // Figures in 元. The items add up to 9 万元: the document itself reports that difference.
        { code: '201', name: '一般公共服务支出', values: { total: 100_000 } },
        { code: '20101', name: '人大事务', values: { total: 40_000 } },
        { code: '20102', name: '政协事务', values: { total: 50_000 } },
      ],
    },
    {
      id: 'overview',
      kind: 'overview',
      title: '收支总表',
      status: 'published',
      columns: [{ key: 'amount', label: '预算数' }],
      rows: [
        { name: '本年收入合计', role: 'total', key: 'income-this-year', values: { amount: 100_000 } },
        { name: '一般公共预算拨款收入', key: 'general-budget', values: { amount: 100_000 } },
      ],
    },
  ],
});

/** The document (or `published`) imported with one change made to its rows. */
const imported = (change, published = document()) => {
  const doc = structuredClone(published);
  change(doc.tables[0].rows, doc.tables[1].rows);
  return { exit: 0, document: doc };
};

test('an import identical to its document agrees in every row place, key and warning', () => {
  const score = agreementWith(document(), imported(() => {}));
  assert.deepEqual([score.outline, score.keys, score.warnings, score.extraWarnings], [[7, 7], [2, 2], [1, 1], 0]);
});

test('a unit row read without its role: the class under it sits under 合计, and 合计 counts the unit twice', () => {
  const score = agreementWith(
    document(),
    imported(([, unit]) => {
      delete unit.role;
      delete unit.unit;
    }),
  );
  assert.deepEqual(score.outline, [6, 7]);
  assert.deepEqual(
    score.differences.filter((d) => d.startsWith('outline')),
    ['outline: 部门支出总表: 201 一般公共服务支出: under 测试局, imported under 合计'],
  );
  // The document's own warning (201's items add up to 9) is still reported; 合计 = 测试局 + 201 = 20 is new.
  assert.deepEqual([score.warnings, score.extraWarnings], [[1, 1], 1]);
  assert.match(score.differences.find((d) => d.startsWith('warning extra')), /^warning extra: sum-mismatch 「部门支出总表」“合计”合计与下级合计不符：公布数 10\.00 万元，应为 20\.00 万元/);
});

test('an item read as a class of its own leaves its class, and the warning its class printed goes with it', () => {
  const score = agreementWith(
    document(),
    imported(([, , , , item]) => {
      item.code = '202';
    }),
  );
  assert.deepEqual(score.outline, [6, 7]);
  assert.deepEqual(score.differences.filter((d) => d.startsWith('outline')), ['outline: 部门支出总表: 20102 政协事务: under 201 一般公共服务支出, imported under 测试局']);
  // 201's items no longer add up to 9 万元; 201's only item must print 201's figures, and 测试局's two classes add up to 15.
  assert.deepEqual([score.warnings, score.extraWarnings], [[0, 1], 2]);
  assert.deepEqual(
    score.differences.filter((d) => d.startsWith('warning')).map((d) => d.replace(/：.*/, '')),
    [
      'warning missing: sum-mismatch 「部门支出总表」“一般公共服务支出”合计与下级合计不符',
      'warning extra: sum-mismatch 「部门支出总表」“测试局”合计与下级合计不符',
      'warning extra: sum-mismatch 「部门支出总表」“20101 人大事务”合计与“201 一般公共服务支出”不符',
    ],
  );
});

test('a statement row without its key is counted, and named', () => {
  const score = agreementWith(
    document(),
    imported((_, [, line]) => {
      delete line.key;
    }),
  );
  assert.deepEqual(score.keys, [1, 2]);
  assert.ok(score.differences.includes('key: 收支总表: 一般公共预算拨款收入: none ≠ general-budget'));
});

test('warnings are paired by code and message, whatever spaces a name prints with', () => {
  const score = agreementWith(
    document(),
    imported(([, , item]) => {
      item.name = '一般公共 服务支出';
    }),
  );
  assert.deepEqual([score.warnings, score.extraWarnings], [[1, 1], 0]);
});

test('a unit row in its place but printed without its unit code: the warnings about it agree', () => {
  const published = document();
  published.tables[0].rows[1].values.total = 90_000; // “101001 测试局”合计与“合计”不符, besides 201's warning
  const score = agreementWith(
    published,
    imported(([, unit]) => {
      delete unit.unit;
    }, published),
  );
  assert.deepEqual([score.outline, score.warnings, score.extraWarnings], [[7, 7], [2, 2], 0]);
});

test('each hand-made document agrees with itself in every row place, key and warning', () => {
  for (const [bureau] of BUREAUS) {
    const published = JSON.parse(readFileSync(new URL(`../../demo/data/${bureau}.json`, import.meta.url), 'utf8'));
    const score = agreementWith(published, { exit: 0, document: structuredClone(published) });
    const full = (part) => part[0] === part[1] && part[1] > 0;
    assert.ok(full(score.outline) && full(score.keys) && full(score.warnings) && score.extraWarnings === 0, `${bureau}: ${JSON.stringify(score)}`);
  }
});

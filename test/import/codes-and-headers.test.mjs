// A unit's code after the 类 款 项 parts (recognise/tables/rows.ts), and header labels printed glued together or
// as spanning headers over nothing (recognise/tables/columns.ts), on cells as the seed texts print them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRow } from '../../dist/import/recognise/tables/rows.js';
import { columnsOf } from '../../dist/import/recognise/tables/columns.js';

const row = (lead, name = '行政运行') => buildRow({ lead, name, values: [] }, [], '万元');

test('a unit code after the 类 款 项 parts is the unit, not part of the code', () => {
  assert.deepEqual([row(['208', '05', '05', '402']).code, row(['208', '05', '05', '402']).unit], ['2080505', '402']);
  assert.deepEqual([row(['208', '05', '05', '309']).code, row(['208', '05', '05', '309']).unit], ['2080505', '309']);
});

test('a whole code printed after its parts is the code', () => {
  assert.equal(row(['301', '01', '30101'], '基本工资').code, '30101');
  assert.equal(row(['301', '12', '3011201'], '医疗补助缴费').code, '3011201');
  assert.equal(row(['301', '12', '3011201'], '医疗补助缴费').unit, undefined);
});

test('two labels printed with no space between them are split where both are known', () => {
  const keys = columnsOf(['项 目', '合计 当年财政拨款安排 上年结转安排科目编码', '单位代码 单位名称（科目）', '类 款 项'], 3).map((c) => c.key);
  assert.deepEqual(keys, ['total', 'current-year', 'carry-over']);
});

test('a spanning header with no column label after it is a column of its own', () => {
  const keys = columnsOf(['项', '目', '合计', '当年财政拨款安排', '上年结转安排', '科目编码', '单位代码', '单位名称（科目）', '类', '款', '项'], 3).map((c) => c.key);
  assert.deepEqual(keys, ['total', 'current-year', 'carry-over']);
  // Over column labels it stays a spanning header.
  const nested = columnsOf(['合计', '当年财政拨款安排', '基本支出', '项目支出'], 3).map((c) => c.key);
  assert.ok(!nested.includes('current-year'), nested.join());
});

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

test('a class line printed without a code is its economic class when the item rows below it belong to that class', async () => {
  const { classCodesOf } = await import('../../dist/import/recognise/tables/economic-classes.js');
  const rows = [
    { name: '合 计' },
    { name: '渠县医疗保障局' },
    { name: '工资福利支出' },
    { name: '基本工资', code: '30101' },
    { name: '津贴补贴', code: '30102' },
    { name: '对个人和家庭的补助' },
    { name: '生活补助', code: '50901' },
    { name: '商品和服务支出' },
    { name: '办公费', code: '30201' },
    { name: '差旅费', code: '30211' },
    { name: '其他支出' },
  ];
  // 对个人和家庭的补助 is 303 and 509: the items below choose; the unit's line is no class; 其他支出 has no items.
  assert.deepEqual(classCodesOf(rows), [undefined, undefined, '301', undefined, undefined, '509', undefined, '302', undefined, undefined, undefined]);
  // Items of another class, or the class's code printed on a row of its own, leave the line without a code.
  assert.equal(classCodesOf([{ name: '工资福利支出' }, { name: '办公费', code: '30201' }])[0], undefined);
  assert.equal(classCodesOf([{ name: '工资福利支出' }, { name: '基本工资', code: '30101' }, { name: '工资福利支出', code: '301' }])[0], undefined);
});

test('a statement line on a side by economic class takes its class code from that side\'s classification', async () => {
  const { economicClassCode } = await import('../../dist/import/recognise/tables/economic-classes.js');
  assert.equal(economicClassCode('对个人和家庭的补助', 'dept-economic'), '303');
  assert.equal(economicClassCode('九、对个人和家庭的补助', 'gov-economic'), '509');
  assert.equal(economicClassCode('一、机关工资福利支出', 'gov-economic'), '501');
  assert.equal(economicClassCode('四、机关资本性支出（基本建设）', 'gov-economic'), '504');
  // A class of the other classification, or a name of none, has no code.
  assert.equal(economicClassCode('工资福利支出', 'gov-economic'), undefined);
  assert.equal(economicClassCode('按项目管理的工资福利支出', 'dept-economic'), undefined);
});

// A unit's code after the 类 款 项 parts or before the name, a name's year (recognise/tables/rows.ts), an empty
// table's lines (recognise/tables/cells.ts), and header labels printed glued together or as spanning headers over
// nothing (recognise/tables/columns.ts), on cells as the seed texts print them.
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
  // 债务利息及费用支出 as some templates print it.
  assert.equal(economicClassCode('债务付息及费用支出', 'dept-economic'), '307');
  // A class of the other classification, or a name of none, has no code.
  assert.equal(economicClassCode('工资福利支出', 'gov-economic'), undefined);
  assert.equal(economicClassCode('按项目管理的工资福利支出', 'dept-economic'), undefined);
});

test('a name that begins with its year keeps it, and the code before it keeps its parts', async () => {
  const { splitRow } = await import('../../dist/import/recognise/tables/rows.js');
  const parts = splitRow(['210', '12', '02', '402001', '2024', '年城乡居民医保（三保项目）', '4,632.47']);
  assert.equal(parts.name, '2024 年城乡居民医保（三保项目）');
  const built = buildRow(parts, ['amount'], '万元');
  assert.deepEqual([built.code, built.unit, built.values.amount], ['2101202', '402001', 46324700]);
  // A number before a name that does not begin with 年 is no year of the name.
  assert.equal(splitRow(['2024', '城乡居民医保', '1.00']).name, '城乡居民医保');
});

test('a unit\'s code printed before its name in one cell is the unit', async () => {
  const { splitRow } = await import('../../dist/import/recognise/tables/rows.js');
  const built = buildRow(splitRow(['402001 某县医疗保障局']), [], '万元');
  assert.deepEqual([built.unit, built.name, built.role], ['402001', '某县医疗保障局', 'unit']);
});

test('an empty table printed one line a row keeps its header\'s columns, its 合计 line and its unit line', async () => {
  const { readText } = await import('../../dist/import/readers/text.js');
  const { importSource } = await import('../../dist/import/assemble.js');
  const text = [
    '某县医疗保障局2024年部门预算',
    '政府性基金预算“三公”经费支出预算表',
    '部门：某县医疗保障局 金额单位：万元',
    '',
    '单位编码 单位名称（科目）',
    '',
    '当年财政拨款预算安排',
    '',
    '合计',
    '因公出国',
    '（境）费用',
    '',
    '公务用车购置及运行费',
    '公务接待费',
    '',
    '小计 公务用车购置费 公务用车运行费',
    '',
    '合 计',
    '',
    '402001 某县医疗保障局',
  ].join('\n');
  const { document } = importSource(readText(text, 'empty.txt'));
  const table = document.tables.find((t) => /三公/.test(t.title));
  assert.equal(table.status, 'empty');
  assert.deepEqual(new Set(table.columns.map((c) => c.key)), new Set(['total', 'outbound', 'vehicles', 'vehicle-purchase', 'vehicle-operation', 'reception']));
  assert.deepEqual(table.rows.map((r) => [r.role, r.unit, r.name.replace(/\s/g, '')]), [['total', undefined, '合计'], ['unit', '402001', '某县医疗保障局']]);
});

test('a short table one cell a line is read at its row period, not at a long one that puts each line apart, and a count column keeps its numbers', async () => {
  const { readText } = await import('../../dist/import/readers/text.js');
  const { importSource } = await import('../../dist/import/assemble.js');
  const cells = (...lines) => [...lines.map((l) => `\t${l}`), ''];
  const text = [
    '某县医疗保障局2025年部门预算',
    '部门固定资产占用情况表',
    ...cells('项   目', '数量', '价值（金额单位：万元）'),
    ...cells('资产总额', '364', '65.94'),
    '\t1、房屋（平方米）', '\t', '\t', '',
    ...cells('2、车辆（台、辆）', '1', '12.90'),
    '\t3、单价在20万元以上的设备', '\t', '\t', '',
    ...cells('4、其他固定资产', '363', '53.04'),
  ].join('\n');
  const { document } = importSource(readText(text, 'assets.txt'));
  const table = document.tables.find((t) => /固定资产/.test(t.title));
  assert.deepEqual(table.rows.map((r) => r.name), ['资产总额', '1、房屋（平方米）', '2、车辆（台、辆）', '3、单价在20万元以上的设备', '4、其他固定资产']);
  // 数量 counts things (a number as printed); 价值 is an amount in the unit its label names.
  assert.deepEqual(table.columns, [{ key: 'quantity', label: '数量', type: 'number' }, { key: 'value', label: '价值（金额单位：万元）' }]);
  assert.deepEqual(table.rows.map((r) => r.values), [{ quantity: 364, value: 659400 }, {}, { quantity: 1, value: 129000 }, {}, { quantity: 363, value: 530400 }]);
});

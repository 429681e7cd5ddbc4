// Figures under the column that prints them, or not at all: a wrong figure in a column is worse than a missing one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignFigureStarts, splitRow } from '../../dist/import/recognise/tables/rows.js';
import { readText } from '../../dist/import/readers/text.js';
import { importSource } from '../../dist/import/assemble.js';

test('a 合计 printed in the code column, its name cell blank, keeps its figures in their columns', () => {
  const rows = [
    ['合计', '', '514.75', '496.61', '18.14'],
    ['301', '工资福利支出', '496.61', '496.61', ''],
    ['302', '商品和服务支出', '18.14', '', '18.14'],
  ].map(splitRow);
  assert.deepEqual(alignFigureStarts(rows)[0].values, ['514.75', '496.61', '18.14']);
  assert.deepEqual(alignFigureStarts(rows)[1].values, ['496.61', '496.61', '']);
});

test('a printed figure is never stepped over, and rows that lost their blank cells are left alone', () => {
  const shifted = [['合计', '9.00', '514.75'], ['301', '工资福利支出', '1.00'], ['302', '商品和服务支出', '2.00']].map(splitRow);
  assert.deepEqual(alignFigureStarts(shifted)[0].values, ['9.00', '514.75']);
  const lossy = [['合计', '', '5.00'], ['301', '工资福利支出', '5.00']].map((cells) => ({ ...splitRow(cells), lossy: true }));
  assert.deepEqual(alignFigureStarts(lossy)[0].values, ['', '5.00']);
});

test('a tab table whose 合计 stands in the code column imports its figures under their columns', () => {
  const text = [
    '某县卫生健康局2025年部门预算',
    '一般公共预算基本支出表',
    '单位：万元',
    '科目编码\t科目名称\t合计\t人员经费\t公用经费',
    '301\t工资福利支出\t496.61\t496.61\t',
    '302\t商品和服务支出\t18.14\t\t18.14',
    '合计\t\t514.75\t496.61\t18.14',
  ].join('\n');
  const table = importSource(readText(text, 'basic.txt')).document.tables.find((t) => t.kind === 'general-budget-basic');
  const total = table.rows.find((r) => r.role === 'total');
  assert.deepEqual(total.values, { total: 5147500, personnel: 4966100, operating: 181400 });
});

test('an upper header label past the end of a shorter leaf row stands over its unprinted trailing blank cell', async () => {
  const { columnsFromRows } = await import('../../dist/import/recognise/tables/columns.js');
  const upper = ['单位编码', '单位名称', '“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'];
  const leaf = ['', '', '', '', '小计', '公务用车购置费', '公务用车运行费'];
  const keys = columnsFromRows([upper, leaf], 6).map((c) => c.key);
  assert.deepEqual(keys, ['total', 'outbound', 'vehicles', 'vehicle-purchase', 'vehicle-operation', 'reception']);
});

test('a leaf row whose first blank cells stand under row-label columns named above is read from the one start that fits', async () => {
  const { columnsFromRows } = await import('../../dist/import/recognise/tables/columns.js');
  const rows = [
    ['', '', '单位编码', '', '', '单位名称（科目）', '当年财政拨款预算安排', ''],
    ['', '', '合计', '', '因公出国（境） 费用', '公务用车购置及运行费', '', '公务接待费'],
    ['', '', '', '', '小计', '公务用车购置费', '公务用车运行费', ''],
  ];
  const keys = columnsFromRows(rows, 6).map((c) => c.key);
  assert.deepEqual(keys, ['total', 'outbound', 'vehicles', 'vehicle-purchase', 'vehicle-operation', 'reception']);
  // Read in reading order, level after level, the vehicles' run stands under their group too (nested.ts).
  assert.deepEqual(columnsFromRows(rows, 0).map((c) => c.key), keys);
});

test('rows of one figure under a header that begins with 合计 put it under 合计, not under the last column', async () => {
  const { columnsOf } = await import('../../dist/import/recognise/tables/columns.js');
  const labels = ['科目编码', '科目名称', '合计', '本年政府性基金预算支出', '项目支出', '小计', '人员经费', '公用经费'];
  assert.deepEqual(columnsOf(labels, 1).map((c) => c.key), ['total']);
  // With more figures a row, the header's last columns are still the rows' (spanning labels come first).
  assert.deepEqual(columnsOf(labels, 2).map((c) => c.key), ['personnel', 'operating']);
});

test('a row that lost its blank cells, under a header with no total column, keeps no figure it cannot place', () => {
  const text = ['某县卫生健康局2025年部门预算', '支出总表', '单位：元', '项目\t事业收入\t上年结转\t其他收入', '合计 100.00 100.00', '其他支出 100.00 100.00'].join('\n');
  const { document, report } = importSource(readText(text, 'open.txt'));
  const table = document.tables.find((t) => t.kind === 'expenditure');
  assert.deepEqual(table.columns.map((c) => c.key), ['service-income', 'carry-over', 'other-income']);
  assert.deepEqual(table.rows.find((r) => r.role === 'total').values, {});
  assert.ok(report.notes.some((n) => /with no total column none is taken/.test(n.message.en)));
});

test('a statement whose sides are not read keeps its labels and no figure under a stray label', () => {
  const text = ['某县卫生健康局2025年部门预算', '部门收支总表', '单位：元', '附属单位上缴收入\t事业单位经营支出', '本年收入合计\t4,567,178.00\t4,567,178.00'].join('\n');
  const { document, report } = importSource(readText(text, 'statement.txt'));
  const table = document.tables.find((t) => t.kind === 'overview');
  assert.ok(table.rows.length > 0);
  assert.ok(table.rows.every((r) => Object.keys(r.values).length === 0));
  assert.ok(report.notes.some((n) => /sides of this statement were not read/.test(n.message.en)));
});

test('a header with a label the vocabulary does not know among its figure columns keeps only the total when rows hold more places', async () => {
  const { columnsOf } = await import('../../dist/import/recognise/tables/columns.js');
  const labels = ['单位代码', '单位名称', '总计', '合计', '办公经费', '会议费', '培训费', '委托业务费', '公务接待费'];
  // 办公经费 and 委托业务费 are not known here: 会议费 would otherwise take 办公经费's place.
  assert.deepEqual(columnsOf(labels, 7).map((c) => c.key), ['total']);
  // Every label known: the columns stand as read.
  assert.deepEqual(columnsOf(['单位名称', '合计', '基本支出', '项目支出'], 3).map((c) => c.key), ['total', 'basic', 'project']);
});

test('statement lines printed side by side at a table\'s foot, and the lines after them, put no figure in its columns', () => {
  const text = [
    '某县卫生健康局2025年部门预算',
    '支出总表',
    '单位：元',
    '项目\t合计\t基本支出\t项目支出',
    '合计\t300.00\t100.00\t200.00',
    '一、财政拨款 300.00 一、一般公共服务支出 300.00',
    '  20、住房保障支出 215.00',
  ].join('\n');
  const { document, report } = importSource(readText(text, 'foot.txt'));
  const table = document.tables.find((t) => t.kind === 'expenditure');
  assert.deepEqual(table.rows.find((r) => r.role === 'total').values, { total: 300, basic: 100, project: 200 });
  assert.ok(table.rows.filter((r) => r.role !== 'total').every((r) => Object.keys(r.values).length === 0));
  assert.ok(report.notes.some((n) => /print numbered labels side by side/.test(n.message.en)));
});

test('two groups side by side in the leaf row split at the second group\'s 合计, and items under a goods-and-services class are items', async () => {
  const { columnsFromRows } = await import('../../dist/import/recognise/tables/columns.js');
  const upper = ['功能科目', '', '', '单位代码', '单位名称(功能科目)', '总计', '机关商品和服务支出', '', '', '', '', '对事业单位经常性补助'];
  const leaf = ['类', '款', '项', '', '', '', '合计', '办公经费', '会议费', '公务接待费', '维修(护)费', '合计', '商品和服务支出'];
  const columns = columnsFromRows([upper, leaf], 7);
  // Each group's 合计 is the group's class; the second group's parts are its own.
  assert.deepEqual(columns.map((c) => c.key), ['total', 'goods-services', 'office', 'meetings', 'reception-costs', 'maintenance', 'institution-subsidy', 'institution-subsidy-goods-services']);
  assert.deepEqual(columns.map((c) => c.groups?.[0]).slice(6), ['对事业单位经常性补助', '对事业单位经常性补助']);
});

test('a three-row header whose top row names the row-label columns is read from after them, its trailing columns unprinted', async () => {
  const { columnsFromRows } = await import('../../dist/import/recognise/tables/columns.js');
  const rows = [
    ['单位代码', '单位名称（专项名称）', '预算额度', '', '', '', '', '预算编制方式'],
    ['', '', '总计', '一般公共预算', '', '', '政府性基金', '编入部门预算金额', '财政代编金额'],
    ['', '', '', '一般公共预算小计', '经费拨款', '一般债券'],
  ];
  // Rows print their figures up to 编入部门预算金额: 财政代编金额's blank cell is not printed.
  const columns = columnsFromRows(rows, 6);
  assert.deepEqual(columns.map((c) => c.key), ['total', 'general-budget', 'general-budget-funding', 'general-budget-bonds', 'gov-fund', 'in-department-budget', 'compiled-by-finance']);
  // Without the row-label columns named above, the start is not certain and nothing spans.
  assert.notDeepEqual(columnsFromRows(rows.slice(1), 6).map((c) => c.key), columns.map((c) => c.key));
});

test('the columns of a 专项资金预算汇总表 keep their figures under the vocabulary keys', () => {
  const text = [
    '某县卫生健康局2025年部门预算',
    '专项资金预算汇总表',
    '单位：万元',
    '单位代码\t单位名称（专项名称）\t预算额度\t\t\t\t预算编制方式\t',
    '\t\t总计\t一般公共预算\t\t\t编入部门预算金额\t财政代编金额',
    '\t\t\t一般公共预算小计\t经费拨款\t一般债券\t',
    '\t合计\t68.22\t68.22\t68.22\t\t68.22\t',
    '201001\t某某工作经费\t12.80\t12.80\t12.80\t\t12.80\t',
  ].join('\n');
  const { document } = importSource(readText(text, 'special.txt'));
  const table = document.tables.find((t) => t.rows.some((r) => r.name === '某某工作经费'));
  assert.deepEqual(table.columns.map((c) => c.key), ['total', 'general-budget', 'general-budget-funding', 'general-budget-bonds', 'in-department-budget', 'compiled-by-finance']);
  const values = { total: 682200, 'general-budget': 682200, 'general-budget-funding': 682200, 'in-department-budget': 682200 };
  assert.deepEqual(table.rows.find((r) => r.role === 'total').values, values);
});

test("a fund's 小计 and its 其中 part under it take the fund's keys, and 上年实户资金余额 is a source of its own", async () => {
  const { columnsFromRows } = await import('../../dist/import/recognise/tables/columns.js');
  const rows = (fund) => [
    ['项目', '部门预算'],
    ['', '合计', fund, '', '政府性基金拨款', '上年结转', '上年实户资金余额', '其他收入'],
    ['', '', '小计', '其中：专项资金列入部门预算的项目', '', '', '', ''],
  ];
  const keys = ['total', 'general-budget', 'general-budget-special-funds', 'gov-fund', 'carry-over', 'prior-account-balance', 'other-income'];
  assert.deepEqual(columnsFromRows(rows('一般公共预算拨款'), 7).map((c) => c.key), keys);
  // The 支出总表 of the same templates prints the fund as 公共预算拨款.
  assert.deepEqual(columnsFromRows(rows('公共预算拨款'), 7).map((c) => c.key), keys);
});

// The arithmetic that puts figures back in their columns when extraction lost the blank cells
// (src/import/recognise/tables/arithmetic.ts), on small hand-written rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderedPlacements, placeFigures, sumsOf } from '../../dist/import/recognise/tables/arithmetic.js';
import { joinWrapped } from '../../dist/import/recognise/tables/columns.js';

const flat = sumsOf(['合计', '基本支出', '项目支出', '上缴上级支出'].map((label, i) => ({ key: ['total', 'basic', 'project', 'remit-to-higher'][i], label })));

test('order-keeping placements, leftmost first', () => {
  assert.deepEqual(orderedPlacements(2, 3), [[0, 1], [0, 2], [1, 2]]);
});

test('the header says which columns add up: 合计 = the columns beside it; a 小计 = its group', () => {
  assert.deepEqual(flat, [{ whole: 0, parts: [1, 2, 3] }]);
  const grouped = sumsOf([
    { key: 'total', label: '合计' },
    { key: 'income-this-year', label: '小计', groups: ['本年收入'] },
    { key: 'current-year', label: '财政拨款收入', groups: ['本年收入'] },
    { key: 'service-income', label: '事业收入', groups: ['本年收入'] },
    { key: 'carry-over', label: '上年结转' },
    { key: 'x', label: '其中：专项资金' },
  ]);
  assert.deepEqual(grouped, [{ whole: 1, parts: [2, 3] }, { whole: 0, parts: [1, 4] }]);
});

test('children follow the 合计 line, and a 合计 line whose parts fit several columns places none of them', () => {
  const rows = [
    { figures: [300, 100, 200], total: true },
    { figures: [100, 100], code: '201' },
    { figures: [150, 150], code: '202' },
    { figures: [50, 50], code: '203' },
  ];
  const { places, undecidedTotal } = placeFigures(rows, 4, flat);
  // The 合计 line's 100 and 200 add up in any two of the three part columns, and each child follows that choice (100
  // under the 合计 line's 100, 150 + 50 under its 200): nothing is certain, so nothing is placed.
  assert.deepEqual(places, [undefined, undefined, undefined, undefined]);
  assert.equal(undecidedTotal, true);
});

test('a code row is the sum of its children: 208 = 20805 + 20899', () => {
  const rows = [
    { figures: [300, 100, 200], places: [0, 1, 2], total: true },
    { figures: [300, 100, 200], code: '208' },
    { figures: [100, 100], code: '20805' },
    { figures: [200, 200], code: '20899' },
  ];
  const { places, undecidedTotal } = placeFigures(rows, 4, flat);
  assert.deepEqual(places.slice(1), [[0, 1, 2], [0, 1], [0, 2]]);
  assert.equal(undecidedTotal, false);
});

test('rows that add up either way stay undecided, and a repeat of the 合计 line takes its columns', () => {
  const rows = [
    { figures: [200, 100, 100], places: [0, 1, 2], total: true },
    { figures: [100, 100], code: '201' },
    { figures: [100, 100], code: '202' },
    { figures: [200, 100, 100] },
  ];
  const { places } = placeFigures(rows, 3, flat.slice(0, 0));
  assert.equal(places[1], undefined);
  assert.equal(places[2], undefined);
  assert.deepEqual(places[3], [0, 1, 2]);
});

test('printing rounds: parts within half a unit each still add up', () => {
  const rows = [
    { figures: [643065, 78434, 564631], places: [0, 1, 2], total: true },
    { figures: [78435, 78435], code: '201' },
    { figures: [564631, 564631], code: '210' },
  ];
  assert.deepEqual(placeFigures(rows, 4, flat).places.slice(1), [[0, 1], [0, 2]]);
});

test('labels wrapped over lines are joined when the join is a known label', () => {
  assert.deepEqual(joinWrapped(['合计', '基本支', '出', '一般公共预', '算拨款收入', '上年', '结转', '项目支出']), ['合计', '基本支出', '一般公共预算拨款收入', '上年结转', '项目支出']);
});

test('spanning headers: a blank leaf cell takes the label above it, a run of leaf labels takes it as group', async () => {
  const { spanHeaders, columnsFromRows } = await import('../../dist/import/recognise/tables/columns.js');
  const upper = ['序号', '功能分类科目', '合计', '本年收入', '上年结转'];
  const leaf = ['', '科目编码', '科目名称', '', '小计', '财政拨款收入', '事业收入', ''];
  assert.deepEqual(spanHeaders(upper, leaf)?.map((p) => `${p.groups?.[0] ?? ''}/${p.label}`), ['/序号', '功能分类科目/科目编码', '功能分类科目/科目名称', '/合计', '本年收入/小计', '本年收入/财政拨款收入', '本年收入/事业收入', '/上年结转']);
  // Column numbers (栏次) label nothing; row-label columns are not figure columns.
  const columns = columnsFromRows([upper, leaf, ['栏次', '1', '2', '3', '4', '5', '6', '7']], 5);
  assert.deepEqual(columns.map((c) => [c.key, c.groups?.[0]]), [['total', undefined], ['income-this-year', '本年收入'], ['current-year', '本年收入'], ['service-income', '本年收入'], ['carry-over', undefined]]);
  // Labels that do not fit (one too many) are read in order instead.
  assert.equal(spanHeaders([...upper, '备注'], leaf), undefined);
});

test('a 序号 before the code is neither the name nor the code', async () => {
  const { splitRow, buildRow } = await import('../../dist/import/recognise/tables/rows.js');
  const row = buildRow(splitRow(['2', '208', '社会保障和就业支出', '31.25', '31.25']), ['total', 'current-year'], '万元');
  assert.deepEqual(row, { code: '208', name: '社会保障和就业支出', values: { total: 312500, 'current-year': 312500 } });
});

test('headers of three levels read level after level: each group takes the run that begins with its 合计 / 小计', async () => {
  const { nestedColumns } = await import('../../dist/import/recognise/tables/nested.js');
  const labels = ['总计', '省级当年财政拨款安排', '上年结转安排', '合计', '一般公共预算拨款', '合计', '一般公共预算拨款', '小计', '基本支出', '项目支出', '小计', '基本支出', '项目支出'];
  const columns = nestedColumns(labels, 9);
  assert.deepEqual(columns?.map((c) => c.key), [
    'total',
    'current-total',
    'current-general-budget-subtotal',
    'current-general-budget-basic',
    'current-general-budget-project',
    'carry-over-total',
    'carry-over-general-budget-subtotal',
    'carry-over-general-budget-basic',
    'carry-over-general-budget-project',
  ]);
  assert.deepEqual(columns?.[3]?.groups, ['省级当年财政拨款安排', '一般公共预算拨款']);
  // Two levels are the spanning-header reader's; a count the leaves do not reach is not this layout.
  assert.equal(nestedColumns(['合计', '基本支出', '项目支出'], 3), undefined);
  assert.equal(nestedColumns(labels, 8), undefined);
});

test('letter-wrapped and side-by-side header labels: joined while the join stays known, never over a known label', () => {
  assert.deepEqual(joinWrapped(['合', '计', '', '一般公共', '预算拨款', '国有资本', '经营预算', '', '安排', '上年应返', '还额度结', '', '转']), ['合计', '', '一般公共预算拨款', '国有资本经营预算安排', '上年应返还额度结转']);
  assert.deepEqual(joinWrapped(['类 款 小计', '基', '本', '支', '出', '项目', '支出']), ['类', '款', '小计', '基本支出', '项目支出']);
  // A row-label header is not swallowed into the next column's label.
  assert.deepEqual(joinWrapped(['单位编码', '单位名称（科目）', '因公出国（境）费用']), ['单位编码', '单位名称（科目）', '因公出国（境）费用']);
});

test('nested groups: each 小计 is the sum of its group, each 合计 of its subgroups’ 小计, 总计 of the top', async () => {
  const { nestedColumns } = await import('../../dist/import/recognise/tables/nested.js');
  const labels = ['总计', '当年财政拨款安排', '上年结转安排', '合计', '一般公共预算拨款', '政府性基金安排', '合计', '一般公共预算拨款'];
  const columns = nestedColumns([...labels, ...['小计', '基本支出', '项目支出'].flatMap((l, _, all) => (l === '小计' ? [all, all, all].flat() : []))], 0);
  assert.equal(columns?.length, 12);
  assert.deepEqual(sumsOf(columns), [
    { whole: 2, parts: [3, 4] },
    { whole: 5, parts: [6, 7] },
    { whole: 1, parts: [2, 5] },
    { whole: 9, parts: [10, 11] },
    { whole: 8, parts: [9] },
    { whole: 0, parts: [1, 8] },
  ]);
});

test('placements too many to list are found column by column, keeping the row sums', async () => {
  const { summingPlacements } = await import('../../dist/import/recognise/tables/arithmetic.js');
  const sums = [{ whole: 2, parts: [3, 4] }, { whole: 5, parts: [6, 7] }, { whole: 1, parts: [2, 5] }, { whole: 0, parts: [1, 8] }];
  assert.deepEqual(summingPlacements([500, 500, 500, 500], 9, sums), [[0, 1, 2, 3], [0, 1, 2, 4], [0, 1, 5, 6], [0, 1, 5, 7]]);
  assert.deepEqual(summingPlacements([500, 500, 500, 300, 200], 9, sums), [[0, 1, 2, 3, 4], [0, 1, 5, 6, 7]]);
  // Figures that add up in no placement have none.
  assert.deepEqual(summingPlacements([500, 300, 200], 9, sums), []);
});

test('a row broken over lines in single-space text (codes / wrapped name / figures) is one row again', async () => {
  const { cellRows } = await import('../../dist/import/recognise/tables/cells.js');
  const lines = ['合 计 6,430.65 784.34 5,646.31', '301 08 402001', '机关事业单位基', '本养老保险缴费', '77.93 77.93 77.93', '301 12 402001 工伤保险 1.66 1.66 1.66'];
  const blocks = lines.map((text, i) => ({ kind: 'paragraph', text, at: { line: i + 1 } }));
  assert.deepEqual(
    cellRows(blocks, 0, blocks.length).map((r) => r.cells),
    [
      ['合计', '6,430.65', '784.34', '5,646.31'],
      ['301', '08', '402001', '机关事业单位基本养老保险缴费', '77.93', '77.93', '77.93'],
      ['301', '12', '402001', '工伤保险', '1.66', '1.66', '1.66'],
    ],
  );
});

test('a table by goods-and-services item keys its columns by item, 公务接待费 among them', async () => {
  const { columnsOf } = await import('../../dist/import/recognise/tables/columns.js');
  const labels = ['单位代码', '总计', '办公费', '印刷费', '水费', '差旅费', '会议费', '公务接待费', '其他交通费', '其他商品和服务支出'];
  assert.deepEqual(columnsOf(labels, 9).map((c) => c.key), ['total', 'office', 'printing', 'water', 'travel', 'meetings', 'reception-costs', 'other-transport', 'other-goods-services']);
  // A 三公 table keeps its own keys.
  assert.deepEqual(columnsOf(['合计', '因公出国（境）费用', '公务接待费'], 3).map((c) => c.key), ['total', 'outbound', 'reception']);
});

test('rows with fewer figure places than the header: a flat header keeps its columns, a spanning one its last', async () => {
  const { columnsOf } = await import('../../dist/import/recognise/tables/columns.js');
  assert.deepEqual(columnsOf(['科目编码', '科目名称', '合计', '基本支出', '项目支出', '上缴上级支出'], 3).map((c) => c.key), ['total', 'basic', 'project', 'remit-to-higher']);
  assert.deepEqual(columnsOf(['基本支出', '合计', '人员经费', '公用经费'], 3).map((c) => c.key), ['total', 'personnel', 'operating']);
});

test('figures the document states for the 合计 line choose among the placements that add up', () => {
  const rows = [
    { figures: [300, 100, 200], total: true, stated: [{ columns: [1], figure: 100 }, { columns: [2], figure: 200 }] },
    { figures: [100, 100], code: '201' },
    { figures: [150, 150], code: '202' },
    { figures: [50, 50], code: '203' },
  ];
  const { places, undecidedTotal } = placeFigures(rows, 4, flat);
  assert.deepEqual(places, [[0, 1, 2], [0, 1], [0, 2], [0, 2]]);
  assert.equal(undecidedTotal, false);
  // A stated figure the line does not print decides nothing.
  assert.deepEqual(placeFigures([{ ...rows[0], stated: [{ columns: [1], figure: 999 }] }, ...rows.slice(1)], 4, flat).places[0], undefined);
  // A figure stated for the sum of two columns (基本支出 over two funds) chooses too: 100 + nothing under 上缴.
  assert.deepEqual(placeFigures([{ ...rows[0], stated: [{ columns: [1, 3], figure: 100 }] }, ...rows.slice(1)], 4, flat).places[0], [0, 1, 2]);
});

test('基本支出 and 项目支出 stated over all funds are the 支出总表 合计 line; a fund\'s, or one stated twice differently, are not', async () => {
  const { statedTotals } = await import('../../dist/import/recognise/stated.js');
  const statements = [
    { subject: 'basic', amount: 7843400 },
    { subject: 'project', amount: 56463100 },
    { subject: 'basic', fund: 'general-budget', amount: 7000000 },
  ];
  assert.deepEqual(statedTotals(statements).expenditure, { basic: 7843400, project: 56463100 });
  assert.deepEqual(statedTotals([...statements, { subject: 'project', amount: 1 }]).expenditure, { basic: 7843400 });
});

test('the funds\' income this year and the carry-over are the 收入总表\'s columns and the 经济分类 table\'s 当年 / 上年结转 groups', async () => {
  const { statedTotals } = await import('../../dist/import/recognise/stated.js');
  const stated = statedTotals([
    { subject: 'general-budget', fund: 'general-budget', amount: 60573300 },
    { subject: 'gov-fund', fund: 'gov-fund', amount: 3126200 },
    { subject: 'carry-over', amount: 607000 },
    { subject: 'carry-over', fund: 'general-budget', amount: 607000 },
  ]);
  assert.deepEqual(stated.income, { 'general-budget': 60573300, 'gov-fund': 3126200, 'carry-over': 607000 });
  assert.deepEqual(statedTotals([{ subject: 'basic', amount: 7843400 }])['expenditure-by-dept-economic'], { basic: 7843400 });
  assert.deepEqual(stated['expenditure-by-dept-economic'], {
    'current-general-budget-subtotal': 60573300,
    'current-gov-fund-subtotal': 3126200,
    'carry-over-total': 607000,
    'carry-over-general-budget-subtotal': 607000,
  });
});

test('基本支出 over all funds stated equal to the general budget\'s leaves none to the other funds\' tables, which then place their 合计 line', async () => {
  const { statedTotals } = await import('../../dist/import/recognise/stated.js');
  const { placeFigures, sumsOf } = await import('../../dist/import/recognise/tables/arithmetic.js');
  const basic = (amount) => [{ subject: 'basic', amount: 7843400 }, { subject: 'basic', fund: 'general-budget', amount }];
  const stated = statedTotals(basic(7843400));
  assert.deepEqual([stated['gov-fund'], stated['state-capital']], [{ basic: 0 }, { basic: 0 }]);
  // The general budget's 基本支出 less than all funds': another fund may have some, and nothing is stated.
  assert.equal(statedTotals(basic(7000000))['gov-fund'], undefined);
  // 合计 312.62 312.62 under 合计 / 基本支出 / 项目支出: with 基本支出 stated 0 the second figure is 项目支出.
  const columns = [{ key: 'total', label: '合计' }, { key: 'basic', label: '基本支出' }, { key: 'project', label: '项目支出' }];
  const rows = (statedFigures) => [{ figures: [31262, 31262], total: true, stated: statedFigures }, { figures: [31262, 31262], code: '212' }];
  assert.deepEqual(placeFigures(rows([{ columns: [1], figure: 0 }]), 3, sumsOf(columns)).places, [[0, 2], [0, 2]]);
  assert.deepEqual(placeFigures(rows([]), 3, sumsOf(columns)).places, [undefined, undefined]);
});

// A header too wide to list every placement (34 columns: 合计 = the 33 beside it), searched column by column.
const wide = [{ whole: 0, parts: Array.from({ length: 33 }, (_, c) => c + 1) }];

test('in a header too wide to list, stated figures choose the 合计 line\'s columns and its children follow', () => {
  const rows = [
    { figures: [100, 60, 40], total: true },
    { figures: [100, 60, 40], code: '301' },
    { figures: [60, 60], code: '30101' },
    { figures: [40, 40], code: '30102' },
  ];
  // 60 and 40 fit any two of the 33 columns (528 choices): nothing below the 合计 line is decided.
  assert.deepEqual(placeFigures(rows, 34, wide).places, [undefined, undefined, undefined, undefined]);
  const stated = [{ ...rows[0], stated: [{ columns: [5], figure: 60 }, { columns: [9], figure: 40 }] }, ...rows.slice(1)];
  assert.deepEqual(placeFigures(stated, 34, wide).places, [[0, 5, 9], [0, 5, 9], [0, 5], [0, 9]]);
});

test('a row every solution places alike is placed, however many choices the 合计 line leaves', () => {
  // 合计 = the 小计 of eight groups, each 小计 = 基本 + 项目. The first group prints both; the seven others print one
  // figure under 小计 and one under 基本 or 项目, which the sums cannot tell apart: 128 choices of the 合计 line.
  const groups = 8;
  const sums = [
    { whole: 0, parts: Array.from({ length: groups }, (_, g) => 1 + 3 * g) },
    ...Array.from({ length: groups }, (_, g) => ({ whole: 1 + 3 * g, parts: [2 + 3 * g, 3 + 3 * g] })),
  ];
  const open = Array.from({ length: groups - 1 }, () => [100, 100]).flat();
  const rows = [
    { figures: [1000, 300, 200, 100, ...open], total: true },
    { figures: [300, 300, 200, 100], code: '301' },
    { figures: [700, ...open], code: '302' },
  ];
  const { places, undecidedTotal } = placeFigures(rows, 1 + 3 * groups, sums);
  assert.deepEqual(places, [undefined, [0, 1, 2, 3], undefined]);
  assert.equal(undecidedTotal, true);
});

test('a stated figure stands for its column, or for the sum of the columns of that name under every fund and year', async () => {
  const { columnsStatedBy } = await import('../../dist/import/recognise/stated.js');
  const keys = ['total', 'current-general-budget-basic', 'current-general-budget-project', 'current-gov-fund-basic', 'carry-over-general-budget-basic'];
  assert.deepEqual(columnsStatedBy('basic', keys), [1, 3, 4]);
  assert.deepEqual(columnsStatedBy('total', keys), [0]);
  assert.deepEqual(columnsStatedBy('remit', keys), []);
});

test('a 三公 header printed level by level: 上年 / 当年 / 增减 over 合计, the 三公 parts and 会议费 / 培训费, the vehicles under the parts', async () => {
  const { columnsOf } = await import('../../dist/import/recognise/tables/columns.js');
  const parts = ['小计', '因公出国', '（境）费用', '公务接待', '费', '公务用车购置及运行维护', '费'];
  const vehicles = ['小计', '公务用', '车购置', '费', '公务用车', '运行维护', '费'];
  const spanning = ['合计', '一般公共预算拨款安排的“三公”经费预算', '会议费 培训费'];
  const labels = ['单位编码 单位名称', '上年 当年 增减变化情况', ...spanning, ...spanning, ...spanning, ...parts, ...parts, ...parts, ...vehicles, ...vehicles, ...vehicles];
  const columns = columnsOf(labels, 0);
  const year = ['total', 'sangong-subtotal', 'outbound', 'reception', 'vehicles', 'vehicle-purchase', 'vehicle-operation', 'meetings', 'training'];
  assert.deepEqual(
    columns.map((c) => c.key),
    [...year.map((k) => `previous-${k}`), ...year, ...year.map((k) => `change-${k}`)],
  );
  assert.equal(columns[2]?.label, '因公出国（境）费用');
  assert.deepEqual(columns[13]?.groups, ['当年', '一般公共预算拨款安排的“三公”经费预算', '公务用车购置及运行维护费']);
  // One year under 当年财政拨款安排: the parts keep their own keys, as a flat header gives them.
  assert.deepEqual(
    columnsOf(['当年财政拨款预算安排', '合计', '因公出国（境）费用', '公务用车购置及运行费', '公务接待费', '小计', '公务用车购置费', '公务用车运行费'], 0).map((c) => c.key),
    ['total', 'outbound', 'vehicles', 'vehicle-purchase', 'vehicle-operation', 'reception'],
  );
});

test('the 三公 figures the narrative states part by part, and a part as last year\'s, choose the 三公 table\'s columns', async () => {
  const { statedSangongParts } = await import('../../dist/import/recognise/narrative/sangong-parts.js');
  const paragraphs = [
    '本部门当年一般公共预算“三公”经费预算支出 0.70 万元，较上年相同，无增减变化。其中：因公出国（境）经费 0万元，与上年相同，无增减变化，主要原因是：本部门当年无因公出国（境）工作安排；',
    '公务接待费 0.70 万元，与上年相同，无增减变化；公务用车运行维护费 0 万元，较上年减少 0.20 万元。本部门当年一般公共预算培训费支出 1,200 元。',
  ];
  assert.deepEqual(statedSangongParts([{ id: 's', kind: 'sangong', title: '“三公”经费情况说明', paragraphs }]), {
    'sangong-subtotal': 7000,
    'previous-sangong-subtotal': 7000,
    'change-sangong-subtotal': 0,
    outbound: 0,
    'previous-outbound': 0,
    'change-outbound': 0,
    reception: 7000,
    'previous-reception': 7000,
    'change-reception': 0,
    'vehicle-operation': 0,
    training: 1200,
  });
  // Other sections state nothing here.
  assert.deepEqual(statedSangongParts([{ id: 'o', kind: 'overview', title: '收支总体情况', paragraphs }]), {});
});

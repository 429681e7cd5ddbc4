// A row of a table is never a heading, and the disclosure's title is its title, not a section or an unused block:
// on a small hand-made workbook (SheetJS writes it here) and on 开江's generated XLSX, through the built dist/. And
// rows of one cell a line rebuilt when a cell breaks after its tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { utils, write } from '@e965/xlsx';
import { readSource } from '../../dist/import/readers/index.js';
import { importSource } from '../../dist/import/assemble.js';

/** A workbook: a cover with the title (and any other lines given), then a two-sided 收支总表 whose expenditure side runs longer than its income side. */
function workbook({ cover = ['某县卫生健康局2025年部门预算'] } = {}) {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(cover.map((line) => [line])), '封面');
  const sheet = utils.aoa_to_sheet([
    ['公开表1 部门收支总表'],
    ['单位：万元'],
    ['收入', '', '支出', ''],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', '100.00', '一、一般公共服务支出', '60.00'],
    ['二、政府性基金预算拨款收入', '', '二、卫生健康支出', '40.00'],
    ['', '', '三、住房保障支出', ''],
    ['收入总计', '100.00', '支出总计', '100.00'],
    ['', '', '四、其他支出', ''],
    ['注：本表以万元为单位。'],
  ]);
  sheet['!merges'] = [
    { s: { r: 2, c: 0 }, e: { r: 2, c: 1 } },
    { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
  ];
  utils.book_append_sheet(book, sheet, '表1');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }));
}

test('a lone label under a sheet\'s table is a row of the table; a note worded as one stays a note', async () => {
  const source = await readSource(workbook(), 'tiny.xlsx');
  const grid = source.blocks.find((block) => block.kind === 'grid');
  const labels = grid.rows.flatMap((row) => row.map((cell) => cell.text));
  assert.ok(labels.includes('四、其他支出'), 'the last expenditure line, alone on its row, is in the grid');
  assert.deepEqual(
    source.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text),
    ['某县卫生健康局2025年部门预算', '公开表1 部门收支总表', '单位：万元', '注：本表以万元为单位。'],
  );
});

test('rows of a sheet are never narrative headings, and the cover\'s title is the document\'s title, not unused', async () => {
  const { document, report, exit } = importSource(await readSource(workbook(), 'tiny.xlsx'));
  assert.equal(exit, 0, JSON.stringify(report.notes));
  assert.equal(document.meta.department.name, '某县卫生健康局');
  assert.equal(document.meta.source.title, '某县卫生健康局2025年部门预算');
  assert.deepEqual(document.sections, []);
  assert.deepEqual(report.notes.filter((note) => note.kind === 'unused'), []);
});

test('开江\'s generated workbook: no row of its 收支总表 becomes a section, and every block is used', async () => {
  const file = 'kaijiang-2025.xlsx';
  const { document, report } = importSource(await readSource(readFileSync(new URL(`./fixtures/${file}`, import.meta.url)), file));
  assert.deepEqual(document.sections.map((section) => section.title), []);
  const row = document.tables.find((table) => table.number === '公开表1').rows.find((candidate) => candidate.name === '一、一般公共预算拨款收入');
  assert.equal(row.values.amount, 12364700);
  assert.deepEqual(report.notes.filter((note) => note.kind === 'unused'), []);
});

test('a block no recogniser used is listed with its opening words and place', async () => {
  const { report } = importSource(await readSource(workbook({ cover: ['某县卫生健康局2025年部门预算', '本文件由某某系统生成，仅供参考'] }), 'tiny.xlsx'));
  assert.deepEqual(
    report.notes.filter((note) => note.kind === 'unused'),
    [{ kind: 'unused', at: { sheet: '封面', cell: 'A2' }, message: { 'zh-CN': '未使用的内容：本文件由某某系统生成，仅供参考', en: 'not used: 本文件由某某系统生成，仅供参考' } }],
  );
});

test('a cell that breaks after its tab is the cell opened on the line before, and the rows keep their period', async () => {
  const { cellRows } = await import('../../dist/import/recognise/tables/cells.js');
  // One cell a line, each cell after a tab, rows apart by a blank line; blank cells print a lone tab, and neither
  // blank lines nor lone tabs are blocks. "一般公共服务支出" prints its tab on the line before; "社会保障和就业支"
  // wraps "出" onto a line of its own.
  const printed = [
    [1, '\t收\t入'], [2, '\t支\t出'],
    [4, '\t一、本年收入'], [5, '\t100.00'], [6, '\t一、本年支出'], [7, '\t100.00'],
    [9, '\t一般公共预算拨款收入'], [10, '\t100.00'], [12, '一般公共服务支出'], [13, '\t60.00'],
    [15, '\t政府性基金预算拨款收入'], [17, '\t社会保障和就业支'], [18, '出'], [19, '\t40.00'],
    [21, '\t一、上年结转'], [23, '\t卫生健康支出'],
    [26, '\t一般公共预算拨款收入'], [28, '\t住房保障支出'],
    [31, '\t政府性基金预算拨款收入'], [33, '\t农林水支出'],
  ];
  const blocks = printed.map(([line, text]) => ({ kind: 'paragraph', text, at: { line } }));
  assert.deepEqual(cellRows(blocks, 0, blocks.length).slice(1).map((r) => r.cells), [
    ['一、本年收入', '100.00', '一、本年支出', '100.00'],
    ['一般公共预算拨款收入', '100.00', '一般公共服务支出', '60.00'],
    ['政府性基金预算拨款收入', '', '社会保障和就业支出', '40.00'],
    ['一、上年结转', '', '卫生健康支出', ''],
    ['一般公共预算拨款收入', '', '住房保障支出', ''],
    ['政府性基金预算拨款收入', '', '农林水支出', ''],
  ]);
});

test('a table split across pages drops its repeated header, and the rows of the next page keep the columns of the first', async () => {
  const { cellRows } = await import('../../dist/import/recognise/tables/cells.js');
  // Rows of four cells and a blank line (period 5) from line 12; the header, printed wider apart, again at line 33
  // after the page break, and the second page's rows from line 44: another phase of the period. A blank cell is a
  // blank line (one line apart); a row ends with one more.
  const header = (at) => [[at, '\t收\t入'], [at + 1, '\t支\t出'], [at + 4, '项\t目'], [at + 6, '预算数'], [at + 8, '项\t目'], [at + 10, '预算数']];
  const printed = [
    ...header(1),
    [12, '\t一、本年收入'], [13, '\t100.00'], [14, '\t一、本年支出'], [15, '\t100.00'],
    [17, '\t一般公共预算拨款收入'], [18, '\t100.00'], [19, '\t一般公共服务支出'], [20, '\t55.00'],
    [22, '\t政府性基金预算拨款收入'], [24, '\t社会保障和就业支出'], [25, '\t40.00'],
    [29, '\t卫生健康支出'],
    ...header(33),
    [46, '\t住房保障支出'], [47, '\t5.00'],
    [51, '\t农林水支出'],
  ];
  const blocks = printed.map(([line, text]) => ({ kind: 'paragraph', text, at: { line } }));
  // Cells joined by "|": the header's two rows in its own layout, then the rows of both pages.
  assert.deepEqual(cellRows(blocks, 0, blocks.length).map((r) => r.cells.join('|')), [
    '收\t入|支\t出',
    '项\t目||预算数||项\t目||预算数',
    '一、本年收入|100.00|一、本年支出|100.00',
    '一般公共预算拨款收入|100.00|一般公共服务支出|55.00',
    '政府性基金预算拨款收入||社会保障和就业支出|40.00',
    '||卫生健康支出|',
    '||住房保障支出|5.00',
    '||农林水支出|',
  ]);
});

/** A workbook of a cover and one sheet of `rows` (its title first), imported as `budget-widgets import` does. */
async function importSheet(name, rows) {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['某县卫生健康局2025年部门预算']]), '封面');
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), name);
  return importSource(await readSource(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' })), 'tiny.xlsx')).document;
}

/** A 基本支出明细表 by economic class whose header names the government class's two columns `code` and `name`. */
async function basicByEconomicClass(code, name, rows) {
  const document = await importSheet('表8', [
    ['表8 一般公共预算基本支出明细表（支出经济分类科目）'],
    ['单位：元'],
    ['科目编码', '科目名称', code, name, '合计', '人员经费支出', '公用经费支出'],
    ...rows,
  ]);
  return document.tables.find((t) => t.title.includes('基本支出明细表'));
}

test('cells under the government class printed after the name (政府经济科目编码 / 名称) are the row\'s texts: every figure keeps its column', async () => {
  const table = await basicByEconomicClass('政府经济科目编码', '政府经济科目名称', [
    ['', '合计', '', '', '300.00', '200.00', '100.00'],
    ['301', '工资福利支出', '', '', '200.00', '200.00', ''],
    ['30101', '基本工资', '50101', '工资奖金津补贴', '200.00', '200.00', ''],
    ['302', '商品和服务支出', '', '', '100.00', '', '100.00'],
    ['30201', '办公费', '50201', '办公经费', '100.00', '', '100.00'],
  ]);
  const values = Object.fromEntries(table.rows.map((row) => [row.name, row.values]));
  assert.deepEqual(values['合计'], { total: 300, personnel: 200, operating: 100 });
  assert.deepEqual(values['基本工资'], { total: 200, personnel: 200, 'gov-code': '50101', 'gov-name': '工资奖金津补贴' });
  assert.deepEqual(values['办公费'], { total: 100, operating: 100, 'gov-code': '50201', 'gov-name': '办公经费' });
  // The code printed there is the government class's, not the row's own.
  assert.equal(table.rows.find((row) => row.name === '基本工资').code, '30101');
  assert.deepEqual(
    table.columns.slice(0, 2),
    [
      { key: 'gov-code', label: '政府经济科目编码', type: 'text' },
      { key: 'gov-name', label: '政府经济科目名称', type: 'text' },
    ],
  );
});

test('another template\'s words for the government class (对应政府经济分类科目代码 / 名称) name the same text columns', async () => {
  const table = await basicByEconomicClass('对应政府经济分类科目代码', '对应政府经济分类科目名称', [
    ['', '合计', '', '', '100.00', '', '100.00'],
    ['30201', '办公费', '50201', '办公经费', '100.00', '', '100.00'],
  ]);
  assert.deepEqual(table.columns.map((c) => c.key), ['gov-code', 'gov-name', 'total', 'personnel', 'operating']);
  assert.deepEqual(table.rows.at(-1), { code: '30201', name: '办公费', values: { total: 100, operating: 100, 'gov-code': '50201', 'gov-name': '办公经费' } });
});

test('a row of a grid whose text cell is a sentence (项目简介) is a row, not prose between rows', async () => {
  const document = await importSheet('表10', [
    ['表10 部门综合预算专项业务经费支出表'],
    ['单位：元'],
    ['项目', '项目金额', '项目简介'],
    ['合计', '500.00', ''],
    ['医疗救助', '300.00', ''],
    ['2025年医疗救助资金', '300.00', '用于困难群众参保资助和医疗救助，确保应助尽助。'],
    ['信息化建设', '200.00', ''],
    ['医保信息系统运行维护', '200.00', '用于系统运行维护。'],
  ]);
  const table = document.tables.find((t) => t.title.includes('专项业务经费'));
  assert.deepEqual(
    table.rows.map((row) => [row.name, row.values.amount]),
    [['合计', 500], ['医疗救助', 300], ['2025年医疗救助资金', 300], ['信息化建设', 200], ['医保信息系统运行维护', 200]],
  );
  // Its sentence is the row's text under a text column (type `text`), after the figure as printed.
  assert.deepEqual(table.columns, [
    { key: 'amount', label: '项目金额' },
    { key: 'description', label: '项目简介', type: 'text' },
  ]);
  assert.equal(table.rows[2].values.description, '用于困难群众参保资助和医疗救助，确保应助尽助。');
  assert.equal(table.rows[0].values.description, undefined);
});

// The recognisers on small hand-written disclosures: the robustness list of issue #15 (separators, full-width and
// no-break spaces, CRLF, page furniture between rows, a table split across pages, other provinces' titles and
// numbering, tables in another order, negative figures, dashes for zero, empty and missing tables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../dist/import/readers/text.js';
import { importSource } from '../../dist/import/assemble.js';
import { identify, splitNumbering } from '../../dist/import/recognise/tables/identity.js';

const HEAD = '某某县医疗保障局2025年部门预算';
const imported = (...lines) => {
  const result = importSource(readText([HEAD, ...lines].join('\n'), 'test.txt'));
  assert.equal(result.exit, 0, JSON.stringify(result.report.notes.filter((n) => n.kind !== 'unused')));
  return result;
};
const table = (result, kind) => result.document.tables.find((t) => t.kind === kind);
const values = (t, name) => t.rows.find((r) => r.name.replace(/\s/g, '') === name)?.values;

const EXPENDITURE = ['部门支出总表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '\t合计\t1,300.00\t300.00\t1,000.00', '2101501\t行政运行\t300.00\t300.00\t', '2101301\t城乡医疗救助\t1,000.00\t\t1,000.00'];

test('titles as provinces write them name the same tables, with or without numbering', () => {
  for (const title of ['部门收支总表', '收支预算总表', '部门收支总体情况表', '部门财务收支预算总表', '部门综合预算收支总表']) {
    assert.equal(identify(title)?.kind, 'overview', title);
  }
  assert.equal(identify('部门综合预算财政拨款收支总表')?.kind, 'fiscal-overview');
  assert.equal(identify('一般公共预算“三公”经费支出表')?.kind, 'sangong');
  assert.equal(identify('政府性基金预算“三公”经费支出预算表')?.id, 'sangong-gov-fund');
  assert.equal(identify('本部门2025年收支情况说明如下，详见下表'), undefined);
  assert.deepEqual(splitNumbering('公开表1-2 部门支出总表'), { number: '公开表1-2', title: '部门支出总表' });
  assert.deepEqual(splitNumbering('（十四）部门整体支出绩效目标表'), { number: '（十四）', title: '部门整体支出绩效目标表' });
  assert.deepEqual(splitNumbering('01-1 部门收支总表'), { number: '01-1', title: '部门收支总表' });
  assert.deepEqual(splitNumbering('3、部门收入总表'), { number: '3', title: '部门收入总表' });
});

test('codes, names and figures of a tab-separated table, with blank cells in their columns', () => {
  const t = table(imported(...EXPENDITURE), 'expenditure');
  assert.deepEqual(t.columns.map((c) => c.key), ['total', 'basic', 'project']);
  assert.deepEqual(t.rows[0], { name: '合计', role: 'total', values: { total: 13_000_000, basic: 3_000_000, project: 10_000_000 } });
  assert.deepEqual(t.rows[2], { code: '2101301', name: '城乡医疗救助', values: { total: 10_000_000, project: 10_000_000 } });
});

test('CRLF, no-break and full-width spaces, figures without separators, negatives and dashes for zero', () => {
  const lines = ['部门支出总表', '单位：元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '\t合\u00a0计\t1300.00\t—\t1300.00', '2101301\t城乡医疗救助\t１,３００.００\t-\t(12.50)'];
  const result = importSource(readText([HEAD, ...lines].join('\r\n'), 'crlf.txt'));
  const t = table(result, 'expenditure');
  assert.equal(result.document.meta.publishedUnit, '元');
  assert.deepEqual(values(t, '合计'), { total: 1300, basic: 0, project: 1300 });
  assert.deepEqual(values(t, '城乡医疗救助'), { total: 1300, basic: 0, project: -12.5 });
});

test('page numbers and a header repeated on the next page are not rows', () => {
  const [title, unit, header, total, first, second] = EXPENDITURE;
  const t = table(imported(title, unit, header, total, first, '第 3 页', '- 4 -', header, second), 'expenditure');
  assert.deepEqual(
    t.rows.map((r) => r.name),
    ['合计', '行政运行', '城乡医疗救助'],
  );
});

test('one cell a line, rows apart by blank lines, blank cells as blank lines', () => {
  const cells = [['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', '1,300.00', '300.00', '1,000.00'], ['2101501', '行政运行', '300.00', '300.00', ''], ['2101301', '城乡医疗救助', '1,000.00', '', '1,000.00']];
  const text = [HEAD, '部门支出总表', '单位：万元', '', ...cells.flatMap((row) => [...row.map((c) => `\t${c}`), ''])].join('\n');
  const t = table(importSource(readText(text, 'cells.txt')), 'expenditure');
  assert.deepEqual(values(t, '城乡医疗救助'), { total: 10_000_000, project: 10_000_000 });
  assert.equal(t.rows.find((r) => r.name === '行政运行')?.code, '2101501');
});

test('codes split into 类/款/项 cells or spaced are joined; a code glued to the name is split off', () => {
  const t = table(
    imported('部门支出总表', '单位：万元', '类\t款\t项\t科目名称\t合计', '\t\t\t合计\t3.00', '210\t15\t01\t行政运行\t1.00', '\t\t\t2101301城乡医疗救助\t2.00'),
    'expenditure',
  );
  assert.deepEqual(
    t.rows.map((r) => [r.code, r.name]),
    [[undefined, '合计'], ['2101501', '行政运行'], ['2101301', '城乡医疗救助']],
  );
});

test('a two-sided statement becomes an income and an expenditure section, with the class codes of the functions', () => {
  const t = table(
    imported('部门收支总表', '单位：万元', '收入\t\t支出\t', '项目\t预算数\t项目\t预算数', '一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t', '\t\t十、卫生健康支出\t100.00', '收入总计\t100.00\t支出总计\t100.00'),
    'overview',
  );
  assert.deepEqual(t.sections.map((s) => [s.key, s.side]), [['income', 'income'], ['expenditure', 'expenditure']]);
  assert.deepEqual(t.rows.find((r) => r.name === '十、卫生健康支出'), { section: 'expenditure', code: '210', level: 1, name: '十、卫生健康支出', values: { amount: 1_000_000 } });
  assert.equal(t.rows.find((r) => r.name === '收入总计')?.key, 'income-total');
});

test('tables in another order keep the published order; an empty table keeps its note; a listed but absent table is unavailable', () => {
  const result = imported(
    '目录', '1、部门收支总表', '2、部门收入总表', '3、部门支出总表', '4、政府性基金预算支出表',
    ...EXPENDITURE,
    '政府性基金预算支出表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '\t合计\t\t\t', '注：本部门无政府性基金预算支出，此表无数据。',
    '部门收支总表', '单位：万元', '收入\t\t支出\t', '项目\t预算数\t项目\t预算数', '一、一般公共预算拨款收入\t1,300.00\t十、卫生健康支出\t1,300.00',
  );
  const tables = result.document.tables.map((t) => [t.number, t.kind, t.status]);
  assert.deepEqual(tables, [
    ['2', 'income', 'unavailable'],
    ['3', 'expenditure', 'published'],
    ['4', 'gov-fund', 'empty'],
    ['1', 'overview', 'published'],
  ]);
  assert.equal(table(result, 'gov-fund').note, '注：本部门无政府性基金预算支出，此表无数据。');
  assert.ok(result.report.notes.some((n) => n.kind === 'assumption' && /listed but not printed/.test(n.message.en)));
});

test('a table the catalogue does not know is kept as other, with its rows', () => {
  const t = table(imported('部门预算转移支付情况表', '单位：万元', '项目\t合计', '合计\t5.00', '对下转移支付\t5.00'), 'other');
  assert.equal(t.status, 'published');
  assert.deepEqual(values(t, '对下转移支付'), { total: 50_000 });
});

test('the department, year and unit come from the text; a source without them is not a budget', () => {
  const { document } = imported(...EXPENDITURE);
  assert.equal(document.meta.department.name, '某某县医疗保障局');
  assert.equal(document.meta.region.county, '某某县');
  assert.equal(document.meta.year, 2025);
  assert.equal(document.meta.publishedUnit, '万元');
  assert.equal(importSource(readText('会议纪要\n各单位参加。', 'x.txt')).exit, 1);
});

test('a title that prints the year first names the department and year too', () => {
  const { document, exit } = importSource(readText(['2024 年某某市卫生健康局部门预算公开', ...EXPENDITURE].join('\n'), 'test.txt'));
  assert.equal(exit, 0);
  assert.equal(document.meta.department.name, '某某市卫生健康局');
  assert.equal(document.meta.year, 2024);
});

test('a statement with a 序号 column and a 栏次 row, one cell a line, and a page number at its foot', () => {
  const rows = [
    ['序号', '收入', '支出'],
    ['', '项  目', '预算数', '项  目', '预算数'],
    ['栏次', '1', '2', '3', '4'],
    ['1', '一、一般公共预算拨款收入', '595.88', '一、一般公共服务支出', ''],
    ['2', '二、政府性基金预算拨款收入', '', '二、卫生健康支出', '595.88'],
    ['3', '收入总计', '595.88', '支出总计', '595.88'],
  ];
  // Each cell on its own line as "\t…", a blank line after each row, then the page number.
  const lines = rows.flatMap((r) => [...r.map((c) => `\t${c}`), '']);
  const result = imported('部门预算收支总表', '\t单位：万元', '', ...lines, ' 1');
  const overview = table(result, 'overview');
  const income = overview.rows.filter((r) => r.section === 'income').map((r) => [r.name, r.values.amount]);
  assert.deepEqual(income, [['一、一般公共预算拨款收入', 5958800], ['二、政府性基金预算拨款收入', undefined], ['收入总计', 5958800]]);
  assert.deepEqual(values(overview, '二、卫生健康支出'), { amount: 5958800 });
});

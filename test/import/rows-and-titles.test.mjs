// A row of a table is never a heading, and the disclosure's title is its title, not a section or an unused block:
// on a small hand-made workbook (SheetJS writes it here) and on 开江's generated XLSX, through the built dist/.
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

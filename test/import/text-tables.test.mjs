// A table of words (columns of words under a header of column names, one row per unit, no figure) is read as
// columns of `"type": "text"` (recognise/tables/text-table.ts): from a grid's rows, from one cell a line, and from a
// PDF's rows whose words start left of their centred column name. Narrative, empty tables' headers, counts and
// notices are not read as one. Synthetic tables through the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTextTable } from '../../dist/import/recognise/tables/text-table.js';
import { recogniseTables } from '../../dist/import/recognise/tables.js';
import { readText } from '../../dist/import/readers/text.js';

/** Paragraph blocks, one a line, numbered from `first`; null leaves a blank line (no block). */
function lines(texts, first = 1) {
  return texts.flatMap((text, i) => (text === null ? [] : [{ kind: 'paragraph', text, at: { line: first + i } }]));
}

const read = (blocks) => readTextTable(blocks, blocks.map((_, i) => i));

test('a grid\'s rows of words: column names from the header, keys from the vocabulary, each row\'s first cell its name', () => {
  const table = read(lines(['单位名称\t单位性质\t单位规格\t经费保障形式\t主管科室\t备注', '某县甲局\t行政\t正科级\t财政拨款\t办公室\t', '某县乙中心\t事业\t\t财政补助\t业务股\t挂牌']));
  assert.deepEqual(table.columns, [
    { key: 'nature', label: '单位性质', type: 'text' },
    { key: 'rank', label: '单位规格', type: 'text' },
    { key: 'funding-form', label: '经费保障形式', type: 'text' },
    { key: 'text-5', label: '主管科室', type: 'text' },
    { key: 'remarks', label: '备注', type: 'text' },
  ]);
  assert.deepEqual(table.rows, [
    { name: '某县甲局', values: { nature: '行政', rank: '正科级', 'funding-form': '财政拨款', 'text-5': '办公室' } },
    { name: '某县乙中心', values: { nature: '事业', 'funding-form': '财政补助', 'text-5': '业务股', remarks: '挂牌' } },
  ]);
  assert.deepEqual(table.used, [0, 1, 2]);
});

test('one cell a line, rows a blank line apart: the table ends where the rows stop, and the heading after it is not read', () => {
  const blocks = lines(['\t单位名称', '\t单位性质', '\t经费保障形式', null, '\t某县甲局', '\t行政', '\t财政拨款', null, '\t某县乙中心', '\t事业', '\t财政补助', null, null, '二、部门预算安排的总体情况', '1、收入说明', '2、支出说明']);
  const table = read(blocks);
  assert.deepEqual(table.columns.map((c) => c.key), ['nature', 'funding-form']);
  assert.deepEqual(table.rows, [
    { name: '某县甲局', values: { nature: '行政', 'funding-form': '财政拨款' } },
    { name: '某县乙中心', values: { nature: '事业', 'funding-form': '财政补助' } },
  ]);
  assert.deepEqual(table.used, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
});

test('a PDF\'s column cut in two (its name centred, its words from its left edge) is read as one column; a blank column is none', () => {
  const table = read(lines(['项目\t\t单位性质\t单位规格\t', '某县甲局\t行政\t\t正科级\t', '某县乙中心\t事业\t\t未定行政级别\t']));
  assert.deepEqual(table.columns.map((c) => c.label), ['单位性质', '单位规格']);
  assert.deepEqual(table.rows.map((r) => r.values), [{ nature: '行政', rank: '正科级' }, { nature: '事业', rank: '未定行政级别' }]);
});

test('not a table of words: narrative, an empty table\'s header lines, a column of counts, a notice, a 合计 line', () => {
  assert.equal(read(lines(['主要职能：', null, '负责全县医疗保障工作，组织制定相关政策。', null, '完成县委、县政府交办的其他任务。'])), undefined);
  assert.equal(read(lines(['单位名称\t主要职能', '某县甲局\t负责全县医疗保障工作，组织制定相关政策。'])), undefined);
  assert.equal(read(lines(['项目\t单位性质', '类\t款'])), undefined);
  assert.equal(read(lines(['科目编码\t\t\t科目名称\t合计', '类\t款\t项\t\t'])), undefined);
  assert.equal(read(lines(['项目\t合计\t基本支出', '合计\t\t'])), undefined);
  assert.equal(read(lines(['单位名称\t编制人数\t单位性质', '某县甲局\t12\t行政'])), undefined);
  assert.equal(read(lines(['项目\t单位性质', '本表无数据\t空表列示'])), undefined);
  assert.equal(read(lines(['单位名称\t单位性质', '合计\t行政'])), undefined);
});

test('a titled table of words in a disclosure is published with its text columns, and the report asks for a review', () => {
  const text = ['部门机构设置情况', '单位名称\t单位性质\t经费保障形式', '某县甲局\t行政\t财政拨款', '', '部门政府采购预算表', '单位：万元', '项目\t合计', '合计\t12.00'].join('\n');
  const { value, notes } = recogniseTables(readText(text, 'tiny.txt'), { unit: '万元', year: 2025 });
  const table = value.find((t) => t.title === '部门机构设置情况');
  assert.equal(table.status, 'published');
  assert.deepEqual(table.columns.map((c) => c.type), ['text', 'text']);
  assert.deepEqual(table.rows, [{ name: '某县甲局', values: { nature: '行政', 'funding-form': '财政拨款' } }]);
  assert.ok(notes.some((n) => n.table === table.id && /text columns/.test(n.message.en)), JSON.stringify(notes));
});

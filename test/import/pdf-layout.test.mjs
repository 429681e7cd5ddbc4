// The PDF layout (src/import/readers/pdf-layout.ts, pdf-wraps.ts, pdf-runs.ts, pdf-column-slots.ts and pdf-grid-ends.ts) on positioned runs made up here, as pdf.js
// gives them: left edge, baseline (y grows upwards), width and font size in points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageBlocks } from '../../dist/import/readers/pdf-layout.js';

const SIZE = 7.5;
/** A run of Han characters or digits, each 7.5 pt (Han) or 4.2 pt (digits, separators) wide. */
const run = (text, x, y) => ({ text, x, y, width: [...text].reduce((w, ch) => w + (/[\d.,]/.test(ch) ? 4.2 : SIZE), 0), size: SIZE });
const texts = ({ blocks }) => blocks.map((block) => (block.kind === 'grid' ? block.rows.map((row) => row.map((cell) => cell.text)) : block.text));

// Rows stand 11.4 pt apart (a line of text and the cell's padding); a wrapped cell's next line 10.8 pt below its first.
test("a cell's text wrapped onto the next line is joined to it, in the header and in the body", () => {
  const runs = [
    run('项目', 30, 200), run('合计', 100, 200), run('附属单位上缴收', 150, 200), run('入', 172, 189.2),
    run('合计', 30, 177.8), run('100.00', 100, 177.8), run('100.00', 170, 177.8),
    run('某某单位很长的名', 30, 166.4), run('60.00', 100, 166.4), run('60.00', 170, 166.4), run('称', 30, 155.6),
    run('其他单位', 30, 144.2), run('40.00', 100, 144.2), run('40.00', 170, 144.2),
    run('1', 30, 132.8), run('23', 100, 132.8), run('4.', 170, 132.8), run('.5', 100, 122), run('56', 170, 122),
  ];
  assert.deepEqual(texts(pageBlocks(runs, 1)), [
    [
      ['项目', '合计', '附属单位上缴收入'],
      ['合计', '100.00', '100.00'],
      ['某某单位很长的名称', '60.00', '60.00'],
      ['其他单位', '40.00', '40.00'],
      ['1', '23.5', '4.56'],
    ],
  ]);
});

test("rows at the table's pitch stay rows, even when one prints only under the cells of the row above", () => {
  const runs = [
    run('项目', 30, 200), run('合计', 100, 200), run('一般公共预算', 150, 200),
    run('合计', 30, 188.6), run('100.00', 100, 188.6), run('100.00', 170, 188.6),
    run('100.00', 100, 177.3), run('100.00', 170, 177.3),
    run('某单位', 30, 165.9), run('100.00', 100, 165.9), run('100.00', 170, 165.9),
  ];
  assert.deepEqual(texts(pageBlocks(runs, 1)), [
    [
      ['项目', '合计', '一般公共预算'],
      ['合计', '100.00', '100.00'],
      ['', '100.00', '100.00'],
      ['某单位', '100.00', '100.00'],
    ],
  ]);
});

test('a table that runs onto the next page without its header keeps the columns its header named', () => {
  const first = pageBlocks(
    [
      run('项目', 30, 200), run('合计', 100, 200), run('出国费', 150, 200), run('接待费', 210, 200),
      run('合计', 30, 188.6), run('0.20', 100, 188.6), run('0.20', 215, 188.6),
    ],
    1,
  );
  assert.deepEqual(texts(first), [[['项目', '合计', '出国费', '接待费'], ['合计', '0.20', '', '0.20']]]);
  const next = [run('某单位', 30, 500), run('0.20', 100, 500), run('0.20', 215, 500)];
  assert.deepEqual(texts(pageBlocks(next, 2, first.footColumns)), [[['某单位', '0.20', '', '0.20']]]);
  // A page that opens with a title starts anew.
  assert.deepEqual(texts(pageBlocks([run('表2', 30, 520), ...next], 2, first.footColumns)), ['表2', [['某单位', '0.20', '0.20']]]);
});

test('narrow header cells side by side, each printing its label a character a line, are as many labels', () => {
  const letters = (chars, y) => chars.flatMap((ch, i) => (ch ? [run(ch, 100 + 25 * i, y)] : []));
  const runs = [
    run('项目', 30, 200), ...letters(['小', '基', '项'], 200),
    ...letters(['计', '本', '目'], 189.2),
    ...letters(['', '支', '支'], 178.4),
    ...letters(['', '出', '出'], 167.6),
    run('合计', 30, 156.2), run('3.00', 100, 156.2), run('1.00', 125, 156.2), run('2.00', 150, 156.2),
    run('甲', 30, 144.8), run('1.00', 100, 144.8), run('1.00', 125, 144.8),
    run('乙', 30, 133.4), run('2.00', 100, 133.4), run('2.00', 150, 133.4),
  ];
  assert.deepEqual(texts(pageBlocks(runs, 1)), [
    [
      ['项目', '小计', '基本支出', '项目支出'],
      ['合计', '3.00', '1.00', '2.00'],
      ['甲', '1.00', '1.00', ''],
      ['乙', '2.00', '', '2.00'],
    ],
  ]);
});

test('a group header centred over more columns than its text reaches spans them all; upright names are read whole', () => {
  // 科 / 目 and 总 / 计 printed a character a line; 本年安排 over 合计 and 一般公共预算拨款's three columns, its text
  // over one of them; 一般公共预算拨款's text over two of its three.
  const runs = [
    run('科', 30, 200), run('总', 60, 200), run('本年安排', 160, 200), run('上年结转', 330, 200),
    run('目', 30, 188.6), run('计', 60, 188.6), run('合计', 100, 188.6), run('一般公共预算拨款', 165, 188.6), run('合计', 270, 188.6), run('一般公共预算拨款', 335, 188.6),
    ...[140, 310].flatMap((x) => [run('小计', x, 177.2), run('基本支出', x + 40, 177.2), run('项目支出', x + 80, 177.2)]),
    run('甲单位', 30, 165.8), ...[['9.00', 60], ['6.00', 100], ['6.00', 140], ['2.00', 180], ['4.00', 220], ['3.00', 270], ['3.00', 310], ['3.00', 390]].map(([text, x]) => run(text, x, 165.8)),
  ];
  const spans = ({ blocks }) => blocks.map((block) => block.rows.map((row) => row.map((cell) => (cell.colSpan ? `${cell.text}×${cell.colSpan}` : cell.text))));
  assert.deepEqual(spans(pageBlocks(runs, 1)), [
    [
      ['科目', '总计', '本年安排×4', '上年结转×4'],
      ['', '', '合计', '一般公共预算拨款×3', '合计', '一般公共预算拨款×3'],
      ['', '', '', '小计', '基本支出', '项目支出', '', '小计', '基本支出', '项目支出'],
      ['甲单位', '9.00', '6.00', '6.00', '2.00', '4.00', '3.00', '3.00', '', '3.00'],
    ],
  ]);
});

test('a row whose figure ends in its decimal point was cut by a page break: none of its figures is read', () => {
  const runs = [
    run('项目', 30, 200), run('合计', 100, 200), run('基本支出', 150, 200),
    run('甲', 30, 188.6), run('37', 100, 188.6), run('37.', 150, 188.6),
  ];
  assert.deepEqual(texts(pageBlocks(runs, 1)), [[['项目', '合计', '基本支出'], ['甲', '', '']]]);
});

test("a table's figure cut from the previous page's last row does not end it: the next rows keep its columns", () => {
  const first = pageBlocks(
    [
      run('项目', 30, 200), run('合计', 100, 200), run('出国费', 150, 200), run('接待费', 210, 200),
      run('合计', 30, 188.6), run('0.2', 100, 188.6), run('0.20', 215, 188.6),
    ],
    1,
  );
  // The "0" of 0.20 printed "0.2" at the foot of the page, the rest of the table below it.
  const next = [run('0', 108.4, 511.4), run('某单位', 30, 500), run('0.20', 100, 500), run('0.20', 215, 500)];
  assert.deepEqual(texts(pageBlocks(next, 2, first.footColumns)), ['0', [['某单位', '0.20', '', '0.20']]]);
  // A lone figure before a table that opens with its header (no figure on its first line) starts a table anew.
  const table = [run('0', 108.4, 511.4), run('项目', 30, 500), run('合计', 100, 500), run('某单位', 30, 488.6), run('0.20', 100, 488.6)];
  assert.deepEqual(texts(pageBlocks(table, 2, first.footColumns)), ['0', [['项目', '合计'], ['某单位', '0.20']]]);
});

test('a letter-spaced label takes in lone characters only: a phrase pdf.js gives in two runs stays one cell', () => {
  // 收    入 printed letter-spaced, then 因公出国费 as the runs 因 and 公出国费, two font sizes after it.
  const runs = [run('收', 30, 200), run('入', 45, 200), run('因', 67.5, 200), run('公出国费', 75, 200), run('1.00', 120, 200)];
  assert.deepEqual(texts(pageBlocks(runs, 1)), [[['收 入', '因公出国费', '1.00']]]);
});

test('lines printed in one column after the first, below a grid at its row pitch, are rows of it; a note at the margin is not', () => {
  // An empty statement whose expenditure side runs on after the income side has ended.
  const runs = [
    run('项目', 30, 200), run('预算数', 100, 200), run('支出项目', 200, 200), run('预算数', 300, 200),
    run('一、拨款', 30, 188.6), run('支出甲', 200, 188.6),
    run('合计', 30, 177.2), run('支出乙', 200, 177.2),
    run('支出丙', 200, 165.8),
    run('支出合计', 200, 154.4),
    run('注：本表无数据', 30, 143),
  ];
  assert.deepEqual(texts(pageBlocks(runs, 1)), [
    [
      ['项目', '预算数', '支出项目', '预算数'],
      ['一、拨款', '', '支出甲', ''],
      ['合计', '', '支出乙', ''],
      ['', '', '支出丙', ''],
      ['', '', '支出合计', ''],
    ],
    '注：本表无数据',
  ]);
});

test('the narrow gap a typesetter leaves between Han characters and digits is no space; a wider one and one between Latin words are', () => {
  const line = (gap, first = '目标', then = '1：') => texts(pageBlocks([run(first, 30, 200), { ...run(then, 30 + run(first, 0, 0).width + gap, 200) }], 1))[0];
  assert.equal(line(1.5), '目标1：');
  assert.equal(line(1.5, '2025', '年'), '2025年');
  assert.equal(line(2.5), '目标 1：');
  assert.equal(line(1.5, 'Word', 'A'), 'Word A');
});

test('a group header over a 小计 and a long name beside it spans both; a header cut by a page break gives the row labels no name', () => {
  // 一般公共预算拨款 centred over 小计 (its figures right-aligned in a column wider than the word) and a name wider
  // than the group's own text; 部门预算 over every column of figures.
  const header = [
    run('合计', 110, 188.6), run('一般公共预算拨款', 208.75, 188.6), run('政府性基金拨款', 330, 188.6), run('其他收入', 395, 188.6),
    run('小计', 169.3, 177.2), run('其中：专项资金列入部门预算项目', 205, 177.2),
    run('合计', 30, 165.8), run('4,567.00', 100, 165.8), run('4,567.00', 160, 165.8),
  ];
  const spans = ({ blocks }) => blocks.map((block) => block.rows.map((row) => row.map((cell) => (cell.colSpan ? `${cell.text}×${cell.colSpan}` : cell.text))));
  const names = [
    ['', '合计', '一般公共预算拨款×2', '政府性基金拨款', '其他收入'],
    ['', '', '小计', '其中：专项资金列入部门预算项目', '', ''],
    ['合计', '4,567.00', '4,567.00', '', '', ''],
  ];
  assert.deepEqual(spans(pageBlocks([run('项目', 50, 200), run('部门预算', 247.5, 200), ...header], 1)), [[['项目', '部门预算×5'], ...names]]);
  // The header's first line left on the page before: the row-label column, named there, takes no name from this one.
  assert.deepEqual(spans(pageBlocks(header, 2)), [names]);
});

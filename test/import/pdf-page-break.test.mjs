// A table row that a page break cuts in two (src/import/readers/pdf-page-break.ts), on positioned runs made up here as
// pdf.js gives them: left edge, baseline (y grows upwards), width and font size in points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentBlocks } from '../../dist/import/readers/pdf-page-break.js';

const SIZE = 7.5;
/** A run of Han characters or digits, each 7.5 pt (Han) or 4.2 pt (digits, separators) wide. */
const run = (text, x, y) => ({ text, x, y, width: [...text].reduce((w, ch) => w + (/[\d.,]/.test(ch) ? 4.2 : SIZE), 0), size: SIZE });
const texts = (blocks) => blocks.map((block) => (block.kind === 'grid' ? block.rows.map((row) => row.map((cell) => cell.text)) : block.text));

const HEAD = '某局部门预算';
const header = (y) => [run('项目', 30, y), run('合计', 100, y), run('基本支出', 150, y)];
/** A row of the table: its code, its name and its two figures, on baseline y. */
const row = (y, ...cells) => cells.map((text, i) => run(text, [0, 30, 100, 150][i], y));
// The foot of page 1: 乙's code and figures are cut after "30", "37" and "37.", its page number below.
const first = [run(HEAD, 30, 560), ...header(200), ...row(188.6, '30101', '甲', '1.00', '1.00'), ...row(177.2, '30', '乙', '37', '37.'), run('1', 100, 40)];

test('a row that a page break cuts in two is joined with its continuation, after the repeated head and header', () => {
  // The rest of 乙 after the running head and the header printed again: its code's last digits and each figure's
  // decimals (".0" over "8", wrapped in the cell; "08").
  const rest = [run('107', 0, 508.6), run('.0', 102, 508.6), run('8', 104, 497.8), run('08', 152, 508.6)];
  const second = [run(HEAD, 30, 560), ...header(520), ...rest, ...row(486.4, '30102', '丙', '2.00', '2.00'), run('2', 100, 40)];
  assert.deepEqual(texts(documentBlocks([first, second])), [
    HEAD,
    [['', '项目', '合计', '基本支出'], ['30101', '甲', '1.00', '1.00'], ['30107', '乙', '37.08', '37.08']],
    '1',
    HEAD,
    [['', '项目', '合计', '基本支出'], ['30102', '丙', '2.00', '2.00']],
    '2',
  ]);
});

test('a continuation that does not match the cut row column by column is not joined, and the cut row reads no figure', () => {
  // A figure under 项目, where 乙 prints no figure: not a continuation of 乙; 37. stays cut.
  const second = [run(HEAD, 30, 560), run('107', 0, 508.6), run('.08', 30, 508.6), run('08', 152, 508.6)];
  const [, grid] = texts(documentBlocks([first, second]));
  assert.deepEqual(grid.at(-1), ['', '乙', '', '']);
  // Figures that do not make one figure with the cut ones: no join either (the guard reads none of the row's figures, its code cut too).
  const figures = [run(HEAD, 30, 560), run('107', 0, 508.6), run('.08', 102, 508.6), run('5.08', 152, 508.6)];
  assert.deepEqual(texts(documentBlocks([first, figures]))[1].at(-1), ['', '乙', '', '']);
});

test("rows that print only their label down to the page's foot keep the table's columns for the next page", () => {
  const columns = (y, ...cells) => cells.map((text, i) => run(text, [30, 100, 150, 210][i], y));
  const foot = [...columns(200, '项目', '合计', '出国费', '接待费'), ...columns(188.6, '合计', '0.20'), run('0.20', 215, 188.6), run('甲', 30, 177.2), run('乙', 30, 165.8)];
  const top = [run('丙', 30, 500), run('0.20', 100, 500), run('0.20', 215, 500), run('丁', 30, 488.6)];
  assert.deepEqual(texts(documentBlocks([foot, top])), [
    [['项目', '合计', '出国费', '接待费'], ['合计', '0.20', '', '0.20']],
    '甲',
    '乙',
    [['丙', '0.20', '', '0.20']],
    '丁',
  ]);
});

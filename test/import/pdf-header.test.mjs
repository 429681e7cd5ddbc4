// A PDF table's header read by position (src/import/readers/pdf-header.ts, and the group spans of pdf-layout.ts) on
// positioned runs made up here, as pdf.js gives them: left edge, baseline (y grows upwards), width and font size in points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageBlocks } from '../../dist/import/readers/pdf-layout.js';

const SIZE = 7.5;
/** A run of Han characters or digits, each 7.5 pt (Han) or 4.2 pt (digits, separators) wide. */
const run = (text, x, y) => ({ text, x, y, width: [...text].reduce((w, ch) => w + (/[\d.,]/.test(ch) ? 4.2 : SIZE), 0), size: SIZE });
const width = (text) => run(text, 0, 0).width;
/** A run centred on `middle`. */
const centred = (text, middle, y) => run(text, middle - width(text) / 2, y);
/** Each cell's text, with its span when it spans columns. */
const spans = ({ blocks }) => blocks.map((block) => block.rows.map((row) => row.map((cell) => (cell.colSpan ? `${cell.text}×${cell.colSpan}` : cell.text))));

// Header lines of one cell stand a text line (10.8 pt) apart; rows of the table 11.4 pt apart (the cell's padding).

test('narrow columns side by side, each printing its name a character or two a line, are read a name a column', () => {
  // 办 / 公 / 费 and 印 / 刷 / 费 beside 物业 / 管理 / 费 and 差 / 旅 / 费: single characters a few spaces apart, but each
  // continues in a column of its own (they are not one letter-spaced label).
  const stack = (pieces, middle) => pieces.map((text, i) => centred(text, middle, 200 - 10.8 * i));
  const runs = [
    run('项目', 30, 200),
    ...stack(['办', '公', '费'], 104), ...stack(['印', '刷', '费'], 129), ...stack(['物业', '管理', '费'], 157), ...stack(['差', '旅', '费'], 184),
    run('合计', 30, 167), run('3.00', 96, 167), run('1.00', 121, 167), run('2.00', 149, 167),
    run('甲', 30, 155.6), run('3.00', 96, 155.6), run('2.00', 149, 155.6),
    run('乙', 30, 144.2), run('1.00', 121, 144.2),
  ];
  assert.deepEqual(spans(pageBlocks(runs, 1)), [
    [
      ['项目', '办公费', '印刷费', '物业管理费', '差旅费'],
      ['合计', '3.00', '1.00', '2.00', ''],
      ['甲', '3.00', '', '2.00', ''],
      ['乙', '', '1.00', '', ''],
    ],
  ]);
});

test("names that start a line lower than their neighbours' are read whole, each under its own group", () => {
  // 一般公共预算 over 一般公共预算小计, 经费拨款 and 纳入…非税收入, which start a row below 总计 and 政府性基金, at the height
  // of 政府性基 / 金's second line (half a point apart); 预算额度 over all of them. The figures of 一般公共预算小计 stand
  // far right under its name, whose text reaches into the gutter beside 总计: the group is over its names' columns.
  const runs = [
    run('项目', 30, 200), centred('预算额度', 203.5, 200),
    run('总计', 92, 188.6), centred('一般公共预算', 189.75, 188.6), run('政府性基', 285, 188.6), centred('金', 300, 177.8),
    run('一般公共预算小计', 115, 177.2), run('经费拨', 182, 177.2), centred('款', 193.25, 166.4),
    run('纳入预算管理的', 212, 177.2), centred('非税收入', 238.25, 166.4),
    run('合计', 30, 155), run('6.00', 92, 155), run('4.00', 158, 155), run('4.00', 188, 155), run('2.00', 298, 155),
    run('甲', 30, 143.6), run('4.00', 92, 143.6), run('4.00', 158, 143.6), run('4.00', 188, 143.6),
    run('乙', 30, 132.2), run('2.00', 92, 132.2), run('2.00', 298, 132.2),
  ];
  assert.deepEqual(spans(pageBlocks(runs, 1)), [
    [
      ['项目', '预算额度×5'],
      ['', '总计', '一般公共预算×3', '政府性基金'],
      ['', '', '一般公共预算小计', '经费拨款', '纳入预算管理的非税收入', ''],
      ['合计', '6.00', '4.00', '4.00', '', '2.00'],
      ['甲', '4.00', '4.00', '4.00', '', ''],
      ['乙', '2.00', '', '', '', '2.00'],
    ],
  ]);
});

test('a name blank in every row heads a column of its own however wide, unless names stand below it', () => {
  // 纳入…非税收入 is wider than the text of 一般公共预算 over it, and neither prints a figure below.
  const runs = [
    run('项目', 30, 200), run('总计', 92, 200), centred('一般公共预算', 213.75, 200), run('政府性基金', 285, 200),
    run('经费拨款', 150, 188.6), run('纳入预算管理的非税收入', 195, 188.6),
    run('合计', 30, 177.2), run('6.00', 92, 177.2), run('6.00', 298, 177.2),
  ];
  assert.deepEqual(spans(pageBlocks(runs, 1)), [
    [
      ['项目', '总计', '一般公共预算×2', '政府性基金'],
      ['', '', '经费拨款', '纳入预算管理的非税收入', ''],
      ['合计', '6.00', '', '', '6.00'],
    ],
  ]);
});

test('a group header whose text stands over one of its names only heads them all, and names none of its columns', () => {
  // 一般公共预算拨款 centred over 小计, 基本支出 and 项目支出, its text over 基本支出 alone and nearer the figures below it.
  const runs = [
    run('项目', 30, 200), centred('一般公共预算拨款', 157.5, 200),
    run('小计', 90, 188.6), run('基本支出', 135, 188.6), run('项目支出', 195, 188.6),
    run('合计', 30, 177.2), run('3.00', 88, 177.2), run('1.00', 148, 177.2), run('2.00', 208, 177.2),
  ];
  assert.deepEqual(spans(pageBlocks(runs, 1)), [
    [
      ['项目', '一般公共预算拨款×3'],
      ['', '小计', '基本支出', '项目支出'],
      ['合计', '3.00', '1.00', '2.00'],
    ],
  ]);
});

test('groups side by side share no column: each spans the names after those of the group on its left', () => {
  // Three groups of three columns (56, 40 and 40 pt wide), each name centred in its column and each group header in its
  // group. The run of names best centred on 当年预算 is 上年预算's last name … 增减变化's first, not its own three.
  const group = (x, names) => names.map((name, i) => centred(name, x + [28, 76, 116][i], 188.6));
  const names = [['甲乙', '乙丙', '丙丁戊'], ['丁戊', '戊己', '己庚辛'], ['庚辛', '辛壬', '壬癸子']];
  const runs = [
    run('项目', 30, 200), ...['上年预算', '当年预算', '增减变化'].map((text, i) => centred(text, 168 + 136 * i, 200)),
    ...names.flatMap((three, i) => group(100 + 136 * i, three)),
    run('合计', 30, 177.2), ...names.flatMap((_, i) => group(100 + 136 * i, ['1.00', '1.00', '1.00'])).map((figure) => ({ ...figure, y: 177.2 })),
  ];
  assert.deepEqual(spans(pageBlocks(runs, 1)), [
    [
      ['项目', '上年预算×3', '当年预算×3', '增减变化×3'],
      ['', ...names.flat()],
      ['合计', ...names.flat().map(() => '1.00')],
    ],
  ]);
});

// Tables printed as a block of names and then a block of figure rows (src/import/recognise/tables/label-block.ts),
// on rows as the seed texts print them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupNames, zipLabelBlock } from '../../dist/import/recognise/tables/label-block.js';

const row = (cells, block) => ({ cells, block });
/** Grid rows from printed lines, one block a line, and the lookup of each row's printed line. */
function gridOf(lines) {
  const rows = lines.map((line, block) => (/\d\.\d\d/.test(line) ? { ...row(line.trim().split(/\s+/), block), lossy: true } : row([line.trim()], block)));
  return { rows, textOf: (r) => lines[r.block] };
}

test('names and figure rows printed apart are zipped in order, a wrapped name joined again', () => {
  const { rows, textOf } = gridOf([
    '合计',
    '社会保障和就业支出',
    '\u3000\u3000 行政事业单位养老支出',
    '\u3000\u3000\u3000\u3000 行政单位离退休',
    '机关事业单位基本养老保险缴费',
    '支出',
    '4,567,178.00 2,926,474.00',
    '208 448,679.00 448,679.00',
    '20805 448,679.00 448,679.00',
    '2080501 17,526.00 17,526.00',
    '2080505 287,435.00 287,435.00',
  ]);
  const { rows: zipped, undecided } = zipLabelBlock(rows, textOf);
  assert.equal(undecided, undefined);
  assert.deepEqual(
    zipped.map((r) => r.cells),
    [
      ['合计', '4,567,178.00', '2,926,474.00'],
      ['208', '社会保障和就业支出', '448,679.00', '448,679.00'],
      ['20805', '行政事业单位养老支出', '448,679.00', '448,679.00'],
      ['2080501', '行政单位离退休', '17,526.00', '17,526.00'],
      ['2080505', '机关事业单位基本养老保险缴费支出', '287,435.00', '287,435.00'],
    ],
  );
});

test('a second classification beside the first keeps its code in the lead; the name is the first one', () => {
  const { rows, textOf } = gridOf(['合计', '工资福利支出', '\u3000\u3000 基本工资 工资奖金津补贴', '3,157,178.00', '301 2,827,348.00', '30101 50101 1,097,316.00']);
  assert.deepEqual(zipLabelBlock(rows, textOf).rows.map((r) => r.cells).at(-1), ['30101', '50101', '基本工资', '1,097,316.00']);
});

test('a table printed row by row is left as it is', () => {
  const { rows, textOf } = gridOf(['合计 4,567,178.00', '208 社会保障和就业支出 448,679.00']);
  assert.deepEqual(zipLabelBlock(rows, textOf).rows, rows);
});

test('fewer names than figure rows: not zipped, and said so', () => {
  const { rows, textOf } = gridOf(['合计', '社会保障和就业支出', '3.00', '208 1.00', '221 2.00']);
  const zipped = zipLabelBlock(rows, textOf);
  assert.deepEqual(zipped.rows, rows);
  assert.deepEqual(zipped.undecided, { names: 2, figureRows: 3 });
});

test('two equally good ways to join wrapped lines: undecided', () => {
  const line = (text, indent = 0) => ({ cells: [text], indent });
  // Three unindented lines of equal length for two rows of unknown depth: either pair could be the wrapped one.
  assert.equal(groupNames([line('甲甲'), line('乙乙'), line('丙丙')], [undefined, undefined]), undefined);
  // The continuation is the shorter line.
  assert.deepEqual(groupNames([line('甲甲甲甲'), line('乙'), line('丙丙')], [undefined, undefined]), [0, 2]);
});

test('a name whose year was printed among the figures gets it back from the line after the table; a text line is no name', () => {
  const { rows, textOf } = gridOf([
    '合计',
    '\u3000\u3000 某县医疗保障局',
    '\u3000\u3000\u3000\u3000 离休干部医疗费',
    '\u3000\u3000\u3000\u3000 执法监管专项经费',
    '\u3000\u3000\u3000\u3000\u3000 执法监管专项工作经费',
    '执法监管专项工作经费主要用于打击欺诈骗保、执法人员培训三个方面的',
    '130,000.00',
    '406 130,000.00',
    '80,000.00',
    '2025 80,000.00 2025',
    '50,000.00 2025',
    '50,000.00',
  ]);
  const after = ['年离休干部医疗费 用于支付 年离休干部医疗费。', '工作经费主要用于 年聘请第三方专家。'];
  const { rows: zipped, undecided, usedAfter } = zipLabelBlock(rows, textOf, after);
  assert.equal(undecided, undefined);
  assert.equal(usedAfter, 2);
  assert.deepEqual(
    zipped.map((r) => r.cells),
    [
      ['合计', '130,000.00'],
      ['406', '某县医疗保障局', '130,000.00'],
      ['离休干部医疗费', '80,000.00'],
      ['2025年离休干部医疗费', '80,000.00'],
      ['执法监管专项经费', '50,000.00'],
      ['执法监管专项工作经费', '50,000.00'],
    ],
  );
  // Without the lines after the table, the stray numbers pair with nothing: the names are not decided.
  assert.deepEqual(zipLabelBlock(rows, textOf).undecided, { names: 6, figureRows: 6 });
});

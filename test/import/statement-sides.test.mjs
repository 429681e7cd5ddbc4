// Which side of a statement a label stands on when its line printed fewer labels than sides
// (src/import/recognise/tables/statement-sides.ts), on lines as 渠县's 部门收支总表 prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ordinalOf, sidesOfLabels } from '../../dist/import/recognise/tables/statement-sides.js';
import { readText } from '../../dist/import/readers/text.js';
import { importSource } from '../../dist/import/assemble.js';

const SIDES = [{ side: 'income' }, { side: 'expenditure', classification: 'function' }];

test('ordinals in Chinese numerals, in brackets or in digits', () => {
  assert.deepEqual(['一、部门预算', '十、卫生健康支出', '二十、住房保障支出', '三十二、结转下年', '（十）其他', '(3)国有资本经营预算收入', '24、其他支出', '合计'].map(ordinalOf), [1, 10, 20, 32, 10, 3, 24, undefined]);
});

test('a full line takes the sides in order', () => {
  assert.deepEqual(sidesOfLabels(['六、其他收入', '六、科学技术支出'], SIDES, { ordinals: [5, 5] }), [0, 1]);
});

test('a function class stands on the function side when the income side ran out', () => {
  assert.deepEqual(sidesOfLabels(['七、文化旅游体育与传媒支出'], SIDES, { ordinals: [6, 6] }), [1]);
});

test('an ordinal continues its side', () => {
  const state = { ordinals: [8, 31] };
  assert.deepEqual(sidesOfLabels(['三十二、结转下年'], SIDES, state), [1]);
  assert.deepEqual(state.ordinals, [8, 32]);
  assert.deepEqual(sidesOfLabels(['九、其他'], SIDES, { ordinals: [8, 32] }), [0]);
});

test('a label nothing claims takes the first side, or the side a lone label took on the line before', () => {
  assert.deepEqual(sidesOfLabels(['上年结转'], SIDES, { ordinals: [undefined, undefined] }), [0]);
  const state = { ordinals: [undefined, undefined] };
  assert.deepEqual(sidesOfLabels(['抗疫特别国债安排的支出'], SIDES, state), [1]);
  assert.deepEqual(sidesOfLabels(['国库拨款专用'], SIDES, state), [1]);
});

test('a single-spaced statement: header words and glued labels split, each label on its side', async () => {
  const { readStatement } = await import('../../dist/import/recognise/tables/statement.js');
  const lossy = (cells) => ({ cells, block: 0, lossy: true });
  const read = readStatement(
    [
      lossy(['收入支出']),
      lossy(['项目预算数项目合计一般公共预算政府性基金预算国有资本经营预算']),
      lossy(['一、本年收入', '6,369.95', '一、本年支出', '6,430.65', '6,118.03', '312.62']),
      lossy(['国有资本经营预算拨款收入国防支出']),
      lossy(['社会保障和就业支出', '82.01', '82.01']),
    ],
    '万元',
  );
  assert.deepEqual(read.sections.map((s) => s.columns?.map((c) => c.key) ?? ['amount']), [['amount'], ['total', 'general-budget', 'gov-fund', 'state-capital']]);
  assert.deepEqual(
    read.rows.map((r) => [r.section, r.name, r.code]),
    [
      ['income', '一、本年收入', undefined],
      ['expenditure', '一、本年支出', undefined],
      ['income', '国有资本经营预算拨款收入', undefined],
      ['expenditure', '国防支出', '203'],
      ['expenditure', '社会保障和就业支出', '208'],
    ],
  );
  // Two figures under four columns, blank cells lost: only the 合计 column is certain.
  assert.deepEqual(read.rows.at(-1).values, { total: 820100 });
});

test('a four-sided header printed as one spaced line is a header, and glued total lines take no figure', () => {
  const text = [
    '某县医疗保障局2025年部门预算',
    '部门综合预算财政拨款收支总表',
    '单位：元',
    '收                   入 支                        出',
    '项    目 预算数 支出功能分类科目（按大类） 预算数 部门预算支出经济分类科目（按大类） 预算数 政府预算支出经济分类科目（按大类） 预算数',
    '一、财政拨款 100.00 一、卫生健康支出 100.00 一、人员经费和公用经费支出 100.00 一、机关工资福利支出 100.00',
    '本年收入合计 本年支出合计 本年支出合计 本年支出合计',
    '100.00 100.00 100.00 100.00',
  ].join('\n');
  const table = importSource(readText(text, 'four.txt')).document.tables.find((t) => t.kind === 'fiscal-overview');
  assert.deepEqual(table.sections.map((s) => s.key), ['income', 'expenditure-function', 'expenditure-dept-economic', 'expenditure-gov-economic']);
  assert.deepEqual(table.rows.find((r) => r.name === '一、卫生健康支出')?.values, { amount: 100 });
  const totals = table.rows.filter((r) => /合计$/.test(r.name));
  assert.deepEqual(totals.map((r) => r.section), ['income', 'expenditure-function', 'expenditure-dept-economic', 'expenditure-gov-economic']);
  assert.ok(totals.every((r) => Object.keys(r.values).length === 0));
});

test('statement lines printed at the foot of the table before its title are read into the statement, figures apart from labels', () => {
  const text = [
    '某县医疗保障局2025年部门预算',
    '表3',
    '部门综合预算支出总表',
    '单位：元',
    '单位名称\t合计\t基本支出\t项目支出',
    '合计\t100.00\t100.00\t',
    '一、财政拨款 100.00 一、卫生健康支出 100.00 一、人员经费和公用经费支出 100.00 一、机关工资福利支出 100.00',
    '  1、一般公共预算拨款 100.00   1、行政运行   1、工资福利支出 100.00   1、机关工资福利支出 100.00',
    '  2、住房保障支出',
    '4,',
    '表4',
    '部门综合预算财政拨款收支总表',
    '单位：元',
    '项    目 预算数 支出功能分类科目（按大类） 预算数 部门预算支出经济分类科目（按大类） 预算数 政府预算支出经济分类科目（按大类） 预算数',
    '本年收入合计 本年支出合计 本年支出合计 本年支出合计',
  ].join('\n');
  const tables = importSource(readText(text, 'foot.txt')).document.tables;
  const statement = tables.find((t) => t.kind === 'fiscal-overview');
  const row = (name) => statement.rows.find((r) => r.name === name);
  assert.deepEqual(row('1、一般公共预算拨款'), { section: 'income', key: 'general-budget', level: 2, name: '1、一般公共预算拨款', values: { amount: 100 } });
  assert.equal(row('2、住房保障支出')?.section, 'expenditure-function');
  assert.equal(row('4,'), undefined);
  // The table they were printed in keeps only its own figures.
  const expenditure = tables.find((t) => t.kind === 'expenditure');
  assert.ok(expenditure.rows.filter((r) => r.role !== 'total').every((r) => Object.keys(r.values).length === 0));
});

test('a side whose lines lost their blank cells is placed by the arithmetic, its funds chosen by the income side', async () => {
  const { readStatement } = await import('../../dist/import/recognise/tables/statement.js');
  const lossy = (cells) => ({ cells, block: 0, lossy: true });
  const lines = (income) => [
    lossy(['收入支出']),
    lossy(['项目预算数项目合计一般公共预算政府性基金预算国有资本经营预算']),
    lossy(['一、本年收入', '6,369.95', '一、本年支出', '6,430.65', '6,118.03', '312.62']),
    ...income,
    lossy(['社会保障和就业支出', '82.01', '82.01']),
    lossy(['卫生健康支出', '5,984.53', '5,984.53']),
    lossy(['城乡社区支出', '312.62', '312.62']),
    lossy(['农林水支出', '4.40', '4.40']),
    lossy(['住房保障支出', '47.10', '47.10']),
  ];
  const funds = [
    lossy(['一般公共预算拨款收入', '6,057.33', '一般公共服务支出']),
    lossy(['政府性基金预算拨款收入', '312.62', '外交支出']),
    lossy(['一、上年结转', '60.70', '公共安全支出']),
    lossy(['一般公共预算拨款收入', '60.70', '教育支出']),
  ];
  const read = readStatement(lines(funds), '万元');
  const values = (name) => read.rows.find((r) => r.name === name).values;
  // 一般公共预算 is this year's 6,057.33 and the 60.70 carried over; 政府性基金 312.62: 本年支出's fund columns.
  assert.deepEqual(values('一、本年支出'), { total: 64306500, 'general-budget': 61180300, 'gov-fund': 3126200 });
  assert.deepEqual(values('城乡社区支出'), { total: 3126200, 'gov-fund': 3126200 });
  assert.deepEqual(values('卫生健康支出'), { total: 59845300, 'general-budget': 59845300 });
  assert.deepEqual(read.notes, []);
  // The income side stating no fund, 6,118.03 and 312.62 fit any two fund columns: only the totals, each reported.
  const bare = readStatement(lines([]), '万元');
  assert.deepEqual(bare.rows.find((r) => r.name === '城乡社区支出').values, { total: 3126200 });
  assert.ok(bare.notes.some((n) => /城乡社区支出/.test(n.message['zh-CN']) && /only the total column/.test(n.message.en)));
});

test('total lines printed apart from their figures take them where 总计 = 本年合计 + 上年结转 in one way only', async () => {
  const { totalFigures } = await import('../../dist/import/recognise/tables/statement-totals.js');
  const row = (cells) => ({ cells, block: 0 });
  // As 平利's 财政拨款收支总表 prints them: the first figure of the first figure line cut across the page ("4," elsewhere).
  const glued = row(['本年收入合计本年支出合计本年支出合计收入总计支出总计支出总计', '567,178.00', '4,567,178.00', '4567178.00']);
  const carry = row(['上年结转结转下年结转下年', '4,567,178.00', '4,567,178.00', '4567178.00']);
  const { byRow, undecided } = totalFigures([row(['4,']), glued, carry, row(['一、财政拨款'])], [true, false, false]);
  assert.deepEqual(byRow.get(glued), [
    { labels: ['本年收入合计', '本年支出合计', '本年支出合计'], figures: [undefined, '4,567,178.00', '4567178.00'] },
    { labels: ['收入总计', '支出总计', '支出总计'], figures: [undefined, '4,567,178.00', '4567178.00'] },
  ]);
  assert.deepEqual(byRow.get(carry), [{ labels: ['上年结转', '结转下年', '结转下年'], figures: [undefined, undefined, undefined] }]);
  // The income side's figures do not add up (567,178.00 is cut): none is taken, and the report says so.
  assert.deepEqual(undecided, ['本年收入合计']);
  // Labels that do not stand in side order decide nothing.
  assert.equal(totalFigures([glued, carry], [false, true, false]).byRow.size, 0);
});

test('lines of the sides other than one printed apart place only the labels their words name', async () => {
  const { sidesNamed } = await import('../../dist/import/recognise/tables/statement-sides.js');
  const sides = [{ side: 'income' }, { side: 'expenditure', classification: 'dept-economic' }, { side: 'expenditure', classification: 'gov-economic' }];
  // A full line stands in side order.
  assert.deepEqual(sidesNamed(['一、政府性基金拨款', '一、人员经费和公用经费支出', '一、机关工资福利支出'], sides), [0, 1, 2]);
  // 对个人和家庭的补助 is a class of both economic classifications; before a government class it can only be the department's.
  assert.deepEqual(sidesNamed(['对个人和家庭的补助', '九、对个人和家庭的补助'], sides), [1, 2]);
  // A label no side names, beside one that fixes its own side: the first could stand on two sides, so it is left out.
  assert.deepEqual(sidesNamed(['二、专项业务经费支出', '六、对事业单位资本性补助'], sides), [undefined, 2]);
  assert.deepEqual(sidesNamed(['三、上缴上级支出'], sides), [undefined]);
  assert.deepEqual(sidesNamed(['资本性支出(基本建设)'], sides), [1]);
});

test('a line every expenditure side prints under one name, glued to the income side\'s, is split into its sides', async () => {
  const { repeatedTail } = await import('../../dist/import/recognise/tables/statement.js');
  assert.deepEqual(repeatedTail('使用非财政拨款结余结转下年结转下年结转下年', 3), ['使用非财政拨款结余', '结转下年', '结转下年', '结转下年']);
  assert.deepEqual(repeatedTail('上年实户资金余额未安排支出的实户资金未安排支出的实户资金未安排支出的实户资金', 3), [
    '上年实户资金余额',
    '未安排支出的实户资金',
    '未安排支出的实户资金',
    '未安排支出的实户资金',
  ]);
  // Repeated fewer times than there are expenditure sides, or nothing left for the income side: not split.
  assert.deepEqual(repeatedTail('使用非财政拨款结余结转下年结转下年', 3), ['使用非财政拨款结余结转下年结转下年']);
  assert.deepEqual(repeatedTail('结转下年结转下年结转下年', 3), ['结转下年结转下年结转下年']);
});

test('a statement line split at tabs keeps its cells\' places when the sides after it ran out', async () => {
  const { readText } = await import('../../dist/import/readers/text.js');
  const { importSource } = await import('../../dist/import/assemble.js');
  const text = [
    '某市医疗保障局2024年部门预算',
    '收支总表',
    '金额单位：万元',
    '收入\t\t支出\t\t\t',
    '项目\t预算数\t项目（按功能分类）\t预算数\t项目（按部门预算经济分类）\t预算数',
    '一、一般公共预算拨款收入\t582.97\t（一）一般公共服务支出\t\t一、基本支出\t514.75',
    '经费拨款\t\t（十）卫生健康支出\t542.00\t二、项目支出\t68.22',
    '二、政府性基金预算拨款收入\t\t（十五）资源勘探工业信息等支出\t',
    '\t\t（二十）住房保障支出\t40.97',
    '本年收入合计\t582.97\t本年支出合计\t582.97\t本年支出合计\t582.97',
  ].join('\n');
  const { document } = importSource(readText(text, 'overview.txt'));
  const table = document.tables.find((t) => t.title === '收支总表');
  const side = (name) => table.rows.find((r) => r.name === name)?.section;
  assert.equal(side('二、政府性基金预算拨款收入'), 'income');
  assert.equal(side('（十五）资源勘探工业信息等支出'), side('（一）一般公共服务支出'));
  assert.equal(side('（二十）住房保障支出'), side('（一）一般公共服务支出'));
  assert.equal(table.rows.find((r) => r.name === '（二十）住房保障支出').values.amount, 409700);
});

test('total label lines whose figure lines stand apart among the rows take them when the arithmetic decides', async () => {
  const { totalFigures } = await import('../../dist/import/recognise/tables/statement-totals.js');
  const row = (cells) => ({ cells, block: 0 });
  // As 平利's 部门综合预算收支总表 prints them: the label lines after the header, the figure lines among the rows below.
  const thisYear = row(['本年收入合计', '本年支出合计']);
  const total = row(['收入总计', '支出总计']);
  const first = row(['4,567,178.00', '4,567,178.00']);
  const last = row(['4,567,178.00', '4,567,178.00']);
  const lines = [thisYear, total, row(['附属单位上缴收入', '10、卫生健康支出', '3,902,922.00']), first, row(['使用非财政拨款结余', '结转下年']), last];
  const { byRow, undecided } = totalFigures(lines, [true, false]);
  assert.deepEqual(byRow.get(thisYear), [{ labels: ['本年收入合计', '本年支出合计'], figures: ['4,567,178.00', '4,567,178.00'] }]);
  assert.deepEqual(byRow.get(total), [{ labels: ['收入总计', '支出总计'], figures: ['4,567,178.00', '4,567,178.00'] }]);
  assert.deepEqual([byRow.get(first), byRow.get(last)], [[], []]);
  assert.deepEqual(undecided, []);
  // 总计 less than 本年合计 adds up in no way: no figure taken, the report says so.
  const short = row(['4,000,000.00', '4,000,000.00']);
  const between = row(['24、其他支出']);
  assert.deepEqual(totalFigures([thisYear, total, between, first, short], [true, false]).undecided, ['本年收入合计', '本年支出合计']);
  // More figure lines apart than label lines: which is whose is not printed, so none is taken.
  assert.equal(totalFigures([thisYear, total, between, first, last, row(['1.00', '1.00'])], [true, false]).byRow.size, 0);
});

test('a statement whose first half is printed before its title, outside any table, reads it; an ordinal cut from its label joins it', async () => {
  const { readText } = await import('../../dist/import/readers/text.js');
  const { frontStatementLines } = await import('../../dist/import/recognise/tables/body.js');
  const { readStatement } = await import('../../dist/import/recognise/tables/statement.js');
  const text = [
    '部门（单位）名称：某某局',
    '目录',
    '报表 报表名称 是否空表 公开空表理由',
    ' 一、部门预算 300.00 一、部门预算 300.00',
    '      其中：纳入财政专户管理的收费和上级补助收入以及其他各项收入的合计数   8、社会保障和就业支出以及其他各项社会保险基金支出的合计数',
    '  1、财政拨款 300.00   1、一般公共服务支出 100.00',
    '  2、',
    '表1',
    '单位：元',
    '部门综合预算收支总表',
  ].join('\n\n');
  const { blocks } = readText(text, 'x.txt');
  const title = blocks.findIndex((b) => b.text === '部门综合预算收支总表');
  const front = frontStatementLines(blocks, title);
  // A long line cut at runs of spaces is a line of the statement, not prose.
  assert.deepEqual(front.lines.map((l) => l.cells[0]), ['一、部门预算', '其中：纳入财政专户管理的收费和上级补助收入以及其他各项收入的合计数', '1、财政拨款 300.00', '2、']);
  const row = (cells) => ({ cells, block: 0 });
  const rows = [row(['项目', '预算数', '支出功能分类科目', '预算数']), { ...row(['上级补助收入', '2、外交支出', '200.00']), lossy: true }];
  const read = readStatement(rows, '元', front.lines);
  assert.equal(read.readBefore, true);
  const names = read.rows.map((r) => `${r.section} ${r.name} ${r.values.amount ?? ''}`);
  assert.deepEqual(names, [
    'income 一、部门预算 300',
    'expenditure-function 一、部门预算 300',
    'income 其中：纳入财政专户管理的收费和上级补助收入以及其他各项收入的合计数 ',
    'expenditure-function 8、社会保障和就业支出以及其他各项社会保险基金支出的合计数 ',
    'income 1、财政拨款 300',
    'expenditure-function 1、一般公共服务支出 100',
    'income 2、上级补助收入 ',
    'expenditure-function 2、外交支出 200',
  ]);
  // Prose above the title is no statement's.
  const prose = '本局主要职能是负责全县医疗保障工作，  统筹推进医疗、医保、医药协同发展和治理。';
  assert.deepEqual(frontStatementLines(readText(`${prose}\n\n表1\n\n部门综合预算收支总表`, 'y.txt').blocks, 2).lines, []);
});

test('a figure cut where the page turns ("4," before the title, "567,178.00" after the header) is joined', async () => {
  const { readStatement } = await import('../../dist/import/recognise/tables/statement.js');
  const row = (cells) => ({ cells, block: 0, lossy: true });
  const before = [row(['一、财政拨款', '300.00', '一、财政拨款', '300.00']), row(['4,'])];
  const rows = [
    row(['项目', '预算数', '支出功能分类科目', '预算数']),
    row(['本年收入合计本年支出合计收入总计支出总计', '567,178.00', '4,567,178.00']),
    row(['上年结转结转下年', '4,567,178.00', '4,567,178.00']),
  ];
  const read = readStatement(rows, '元', before);
  const value = (section, name) => read.rows.find((r) => r.section === section && r.name === name)?.values.amount;
  assert.deepEqual([value('income', '本年收入合计'), value('income', '收入总计'), value('income', '上年结转')], [4567178, 4567178, undefined]);
  // Without the head before the title the tail stays cut, adds up in no way, and no income total takes a figure.
  const alone = readStatement(rows, '元', before.slice(0, 1));
  assert.equal(alone.rows.find((r) => r.section === 'income' && r.name === '本年收入合计')?.values.amount, undefined);
});

test('an empty statement\'s line split at tabs keeps its cells\' places: a later side running longest keeps its labels', () => {
  // No figure anywhere, so the lines are not cut into rows by a period; a line that begins with tabs still prints
  // its label under its own side's header, not the first side's.
  const text = [
    '某市医疗保障局2024年部门预算',
    '政府性基金收支表',
    '单位：元',
    '收入\t\t支出\t\t\t',
    '项目\t预算数\t支出功能分类科目（按大类）\t预算数\t部门预算支出经济分类科目（按大类）\t预算数',
    '一、政府性基金拨款\t\t一、科学技术支出\t\t一、人员经费和公用经费支出\t',
    '本年收入合计\t\t本年支出合计\t\t工资福利支出\t',
    '\t\t\t\t资本性支出\t',
    '\t\t\t\t本年支出合计\t',
  ].join('\n');
  const table = importSource(readText(text, 'gov-fund.txt')).document.tables.find((t) => t.title === '政府性基金收支表');
  const side = (name) => table.rows.filter((r) => r.name === name).map((r) => r.section);
  assert.deepEqual(side('资本性支出'), side('工资福利支出'));
  assert.deepEqual(side('本年支出合计'), [side('一、科学技术支出')[0], side('工资福利支出')[0]]);
});

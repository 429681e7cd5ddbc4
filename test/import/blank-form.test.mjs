// A blank goal form (the template published empty, "应公开空表并说明") read as its rows with no values, and numbers
// printed on their own line apart from the title (before the unit and rows, or before a form whose title is at its
// foot) tied to their table, on small hand-written disclosures through the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../dist/import/readers/text.js';
import { readSource } from '../../dist/import/readers/index.js';
import { importSource } from '../../dist/import/assemble.js';

const HEAD = '某某县医疗保障局2025年部门预算';
const imported = (...lines) => {
  const result = importSource(readText([HEAD, ...lines].join('\n'), 'test.txt'));
  assert.equal(result.exit, 0, JSON.stringify(result.report.notes.filter((n) => n.kind !== 'unused')));
  return result.document;
};

const EXPENDITURE = ['表1', '部门支出总表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '\t合计\t1,300.00\t300.00\t1,000.00', '2101501\t行政运行\t300.00\t300.00\t', '2101301\t城乡医疗救助\t1,000.00\t\t1,000.00'];

/** A blank form printed two labels a line, groups labelled vertically, its title at its foot under its number line. */
const BLANK_FORM = [
  '表2',
  '项目名称',
  '主管部门 实施期限',
  '资金金额',
  '（万元）',
  ' 实施期资金总额： 年度资金总额：',
  '    其中：财政拨款    其中：财政拨款',
  '          其他资金          其他资金',
  ...['总', '体', '目', '标'],
  '实施期总目标 年度目标',
  ...[' 目标1：', ' 目标2：', ' 目标1：', ' 目标2：'],
  ...['绩', '效', '指', '标'],
  '一级指标 二级指标 指标内容 指标值 备注',
  ...['产', '出', '指', '标'],
  '数量指标',
  ' 指标1：',
  '成本指标',
  ' 指标1：',
  '满意度指标',
  '服务对象',
  '满意度指标',
  ' 指标1：',
  '专项资金总体绩效目标表',
  '注：1、绩效指标可选择填写。',
  '    2、不管理本级专项资金的主管部门，应公开空表并说明。',
];

test('a blank goal form is a table of its labels and indicator rows, with no values', () => {
  const doc = imported(...EXPENDITURE, ...BLANK_FORM);
  const forms = doc.tables.filter((t) => t.title === '专项资金总体绩效目标表');
  assert.equal(forms.length, 1, 'listed once: not also as an absent goal table');
  const [form] = forms;
  assert.equal(form.status, 'empty');
  assert.equal(form.number, '表2');
  assert.equal(form.note, '注：1、绩效指标可选择填写。\n2、不管理本级专项资金的主管部门，应公开空表并说明。');
  assert.deepEqual(form.columns.map((c) => c.key), ['level1', 'level2', 'content', 'value', 'remarks']);
  // Label pairs read column by column; the group labels (资金金额（万元）, 总体目标, 绩效指标) head rows and are none.
  assert.deepEqual(
    form.rows.filter((r) => r.role === 'heading').map((r) => r.name),
    ['项目名称', '主管部门', '实施期限', '实施期资金总额：', '其中：财政拨款', '其他资金', '年度资金总额：', '其中：财政拨款', '其他资金', '实施期总目标', '目标1：', '目标2：', '年度目标', '目标1：', '目标2：'],
  );
  // 成本指标 alone is a new level 2 under the same level 1; a level name wrapped after a word is joined again.
  assert.deepEqual(
    form.rows.filter((r) => r.role !== 'heading'),
    [
      { name: '指标1：', values: { level1: '产出指标', level2: '数量指标' } },
      { name: '指标1：', values: { level1: '产出指标', level2: '成本指标' } },
      { name: '指标1：', values: { level1: '满意度指标', level2: '服务对象满意度指标' } },
    ],
  );
  assert.deepEqual(doc.tables.find((t) => t.kind === 'expenditure').rows.map((r) => r.name), ['合计', '行政运行', '城乡医疗救助'], 'the number line ends the table before');
});

test('a blank goal form printed as a grid has a row for each indicator placeholder, one under the other', async () => {
  // Each placeholder is a row of the grid of its own, its levels merged down beside it: in a grid a row's name
  // is all in its cell, so the next row's 指标2： does not continue it as a wrapped line of text would.
  const label = (text) => `<tr><td>${text}</td><td colspan="4"></td></tr>`;
  const indicator = (...cells) => `<tr>${cells.join('')}<td></td><td></td></tr>`;
  const html = [
    `<h1>${HEAD}</h1>`,
    '<h2>表1 部门支出总表</h2><p>单位：万元</p><table><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr><tr><td></td><td>合计</td><td>300.00</td></tr><tr><td>2101501</td><td>行政运行</td><td>300.00</td></tr></table>',
    '<h2>表2 专项资金总体绩效目标表</h2><table>',
    label('项目名称') + label('主管部门') + label('实施期资金总额：'),
    '<tr><th>一级指标</th><th>二级指标</th><th>指标内容</th><th>指标值</th><th>备注</th></tr>',
    indicator('<td rowspan="4">产出指标</td>', '<td rowspan="2">数量指标</td>', '<td>指标1：</td>'),
    indicator('<td>指标2：</td>'),
    indicator('<td rowspan="2">质量指标</td>', '<td>指标1：</td>'),
    indicator('<td>指标2：</td>'),
    '</table>',
  ].join('\n');
  const source = await readSource(new TextEncoder().encode(`<!DOCTYPE html><html><body>${html}</body></html>`), 'form.html');
  const { document, report } = importSource(source);
  const form = document.tables.find((t) => t.title === '专项资金总体绩效目标表');
  // Its amount label printed with no figure beside it is blank too: the form is no project.
  assert.ok(report.notes.some((note) => /空白表格/.test(note.message['zh-CN'])), JSON.stringify(report.notes));
  assert.equal(document.performance?.projects.length ?? 0, 0);
  assert.deepEqual(form.rows.filter((r) => r.role === 'heading').map((r) => r.name), ['项目名称', '主管部门', '实施期资金总额：']);
  assert.deepEqual(
    form.rows.filter((r) => r.role !== 'heading'),
    [
      { name: '指标1：', values: { level1: '产出指标', level2: '数量指标' } },
      { name: '指标2：', values: { level1: '产出指标', level2: '数量指标' } },
      { name: '指标1：', values: { level1: '产出指标', level2: '质量指标' } },
      { name: '指标2：', values: { level1: '产出指标', level2: '质量指标' } },
    ],
  );
});

test('a form with anything filled in is not read as a blank form', () => {
  const filled = BLANK_FORM.map((line) => (line === ' 指标1：' ? ' 指标1：≥ 100 %' : line));
  const form = imported(...EXPENDITURE, ...filled).tables.find((t) => t.title === '专项资金总体绩效目标表');
  assert.equal(form?.number, '表2');
  assert.ok(!form.rows.some((r) => r.values.level1), JSON.stringify(form.rows));
});

test('a number printed apart from its title, before the unit and rows printed before the title, is its number', () => {
  const doc = imported(...EXPENDITURE, '', '表2', '单位：元', '一、财政拨款 一、一般公共服务支出', '部门收支总表', '收入\t支出', '项目\t预算数\t项目\t预算数', '一、财政拨款\t100.00\t一、一般公共服务支出\t100.00', '收入总计\t100.00\t支出总计\t100.00');
  assert.equal(doc.tables.find((t) => t.kind === 'overview')?.number, '表2');
  assert.equal(doc.tables.find((t) => t.kind === 'expenditure')?.number, '表1', 'a number near its own title stays there');
});

// Issue #15: the outline of rows printed without the code that would place them (a unit's line, 其中 and 小计 lines,
// headings the arithmetic finds, items filed under their class's code, a statement's carry-over lines). Synthetic
// tables, each built so that the rule under test decides it; the consistency check shows what the outline is for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outlineRows, unitsByName } from '../../dist/import/recognise/tables/row-outline.js';
import { statementOutline } from '../../dist/import/recognise/tables/statement-outline.js';
import { parents } from '../../dist/data/outline.js';

const row = (name, amount, extra = {}) => ({ name, values: amount === undefined ? {} : { total: amount }, ...extra });
const outline = (rows, units = ['某县卫生健康局']) => outlineRows(rows, { units });
/** Each row's parent by name ("top" for none), as the consistency check nests them. */
const tree = (rows) => parents(rows).map((p, i) => `${rows[i].name} < ${p < 0 ? 'top' : rows[p].name}`);

test("a unit's line, by the name the document gives it or an organisation's name, heads the items after it", () => {
  const rows = outline([
    row('合计', 300, { role: 'total' }),
    row('某县卫生健康局本级', 200),
    row('行政运行', 200, { code: '2100101' }),
    row('某县疾病预防控制中心', 100),
    row('疾病预防控制机构', 100, { code: '2100401' }),
  ]);
  assert.deepEqual(rows.map((r) => r.role), ['total', 'unit', undefined, 'unit', undefined]);
  assert.deepEqual(tree(rows).slice(2), ['行政运行 < 某县卫生健康局本级', '某县疾病预防控制中心 < 合计', '疾病预防控制机构 < 某县疾病预防控制中心']);
});

test("items, classes named like an organisation and lines without figures are not units' lines", () => {
  const rows = outline([row('合计', 30, { role: 'total' }), row('办公费', 10), row('乡镇卫生院', 20, { code: '2100302' }), row('某县卫生健康局', undefined)]);
  assert.deepEqual(rows.map((r) => r.role), ['total', undefined, undefined, undefined]);
  assert.equal(rows[2].code, '2100302');
});

test("a code printed before a unit's name is the unit's code, even with a function class's digits", () => {
  const [, unit] = outline([row('合计', 10, { role: 'total' }), row('某县卫生健康局', 10, { code: '210' }), row('行政运行', 10, { code: '2100101' })]);
  assert.deepEqual(unit, { name: '某县卫生健康局', unit: '210', role: 'unit', values: { total: 10 } });
});

test("a unit's line right above another is their department's, when its 合计 is theirs", () => {
  // The units print a figure one column off the 合计's (as a document may): the 合计 column still decides.
  const shifted = (name, extra) => ({ name, values: { total: 50, office: 40, travel: 10 }, ...extra });
  const lines = [row('合计', 50, { role: 'total' }), shifted('某县卫生健康局'), shifted('某县卫生健康局'), shifted('行政运行', { code: '2100101' })];
  lines[0].values = { total: 50, office: 40, meetings: 10 };
  const rows = outline(lines);
  assert.deepEqual(rows.map((r) => r.level), [undefined, 1, 2, undefined]);
  assert.deepEqual(tree(rows).slice(1), ['某县卫生健康局 < 合计', '某县卫生健康局 < 某县卫生健康局', '行政运行 < 某县卫生健康局']);
  // Two units side by side, neither the other's sum: no department.
  const apart = outline([row('合计', 50, { role: 'total' }), row('某县卫生健康局', 30), row('某县妇幼保健院', 20)]);
  assert.deepEqual(apart.map((r) => r.level), [undefined, undefined, undefined]);
});

test('lines that add up to twice their unit are headings and their items, nested by the arithmetic', () => {
  const rows = outline([
    row('合计', 100, { role: 'total' }),
    row('某县卫生健康局', 100),
    row('公共卫生服务', 70),
    row('基本公共卫生服务项目', 40),
    row('重大传染病防控', 30),
    row('卫生监督', 30),
    row('卫生监督执法经费', 30),
  ]);
  assert.deepEqual(rows.map((r) => r.level), [undefined, undefined, 2, 3, 3, 2, 3]);
  assert.deepEqual(tree(rows).slice(3), ['基本公共卫生服务项目 < 公共卫生服务', '重大传染病防控 < 公共卫生服务', '卫生监督 < 某县卫生健康局', '卫生监督执法经费 < 卫生监督']);
});

test('lines that add up once are left flat, and so are lines no split adds up', () => {
  const flat = [row('合计', 100, { role: 'total' }), row('某县卫生健康局', 100), row('甲项目', 60), row('乙项目', 40)];
  assert.deepEqual(outline(flat).map((r) => r.level), [undefined, undefined, undefined, undefined]);
  const odd = [row('合计', 100, { role: 'total' }), row('某县卫生健康局', 100), row('甲', 70), row('乙', 50), row('丙', 80)];
  assert.deepEqual(outline(odd).map((r) => r.level), [undefined, undefined, undefined, undefined, undefined]);
});

test("a line followed by lines of its own code that add up to it heads them; a rounding step's difference is allowed", () => {
  const rows = outline([
    row('工资福利支出', 5800, { code: '301' }),
    row('其他社会保障缴费', 5800, { code: '30112' }),
    row('工伤保险', 1100, { code: '30112' }),
    row('残疾人就业保障金', 4700, { code: '30112' }),
    row('住房公积金', 0, { code: '30113' }),
  ]);
  assert.deepEqual(rows.map((r) => r.level), [undefined, 2, 3, 3, undefined]);
  // Each line rounded to the printed 0.01 万元 (100 元) may miss by half of it: two lines, by one step.
  const projects = outline([row('城乡医疗救助', 1_000_000, { code: '2101301' }), row('医疗救助资金', 500_000, { code: '2101301' }), row('救助对象参保资助', 499_900, { code: '2101301' })]);
  assert.deepEqual(projects.map((r) => r.level), [3, 4, 4]);
  const apart = outline([row('城乡医疗救助', 1_000_000, { code: '2101301' }), row('医疗救助资金', 900_000, { code: '2101301' })]);
  assert.deepEqual(apart.map((r) => r.level), [undefined, undefined]);
});

test('其中 lines are parts of the line above, up to the next numbered line; a name ending in 小计 is a subtotal', () => {
  const rows = outline([
    row('合计', 10, { role: 'total' }),
    row('“三公”经费小计', 10),
    row('一、因公出国（境）费', 4),
    row('其中：教学科研人员因公出国（境）费', 1),
    row('其他因公出国（境）费', 3),
    row('二、公务接待费', 6),
  ]);
  assert.deepEqual(rows.map((r) => `${r.level ?? '-'}/${r.role ?? '-'}`), ['-/total', '-/subtotal', '-/-', '2/-', '2/-', '-/-']);
  assert.deepEqual(tree(rows).slice(3), ['其中：教学科研人员因公出国（境）费 < 一、因公出国（境）费', '其他因公出国（境）费 < 一、因公出国（境）费', '二、公务接待费 < “三公”经费小计']);
});

test("a statement's fund lines under 上年结转 are the carry-over's, and 本年支出 printed first on its side heads it", () => {
  const side = (section) => (name, key, amount) => ({ section, ...(key ? { key } : {}), name, values: { amount } });
  const income = side('income');
  const spending = side('expenditure');
  const rows = statementOutline([
    income('一、本年收入', 'income-this-year', 100),
    spending('一、本年支出', 'expenditure-this-year', 120),
    income('一般公共预算拨款收入', 'general-budget', 100),
    income('一、上年结转', 'carry-over', 20),
    income('一般公共预算拨款收入', 'general-budget', 20),
    income('政府性基金预算拨款收入', 'gov-fund', 0),
    income('收入总计', 'income-total', 120),
    income('一般公共预算拨款收入', 'general-budget', 0),
  ]);
  assert.deepEqual(rows.map((r) => r.key), ['income-this-year', 'expenditure-this-year', 'general-budget', 'carry-over', 'carry-over-general-budget', 'carry-over-gov-fund', 'income-total', 'general-budget']);
  assert.deepEqual(rows.map((r) => r.role), [undefined, 'total', undefined, undefined, undefined, undefined, undefined, undefined]);
});

test("a statement's lines are keyed by what they name and, for a part, by the line they are printed under", async () => {
  const { readText } = await import('../../dist/import/readers/text.js');
  const { importSource } = await import('../../dist/import/assemble.js');
  const text = [
    '某县卫生健康局2025年部门预算', '部门收支总表', '单位：万元', '收入\t\t支出\t', '项目\t预算数\t项目\t预算数',
    '一、一般公共预算拨款收入\t100.00\t一、人员经费和公用经费支出\t60.00',
    '经费拨款\t100.00\t二、专项业务经费支出\t40.00',
    '二、上级财政补助收入\t\t三、上缴上级支出\t',
    '一般公共预算补助\t\t四、事业单位经营支出\t',
    '三、事业收入\t\t五、对附属单位补助支出\t',
    '其中：纳入财政专户管理的收费\t\t\t',
    '本年收入合计\t100.00\t本年支出合计\t100.00',
    '年初财政拨款结转和结余\t\t年末财政拨款结转和结余\t',
    '收入总计\t100.00\t支出总计\t100.00',
  ].join('\n');
  const [statement] = importSource(readText(text, 'statement.txt')).document.tables;
  const keyed = (section) => statement.rows.filter((r) => r.section === section).map((r) => `${r.level ?? '-'} ${r.key}`);
  assert.deepEqual(keyed('income'), [
    '1 general-budget', '2 general-budget-funding', '1 fiscal-subsidy', '2 fiscal-subsidy-general-budget', '1 service-income',
    '2 service-income-special-account', '- income-this-year', '- carry-over', '- income-total',
  ]);
  assert.deepEqual(keyed('expenditure'), [
    '1 basic', '1 project', '1 remit-to-higher', '1 business-expenditure', '1 subordinate-subsidy', '- expenditure-this-year', '- carry-forward', '- expenditure-total',
  ]);
});

test('a 三公 table printed one row per part keys each part; a part printed twice keeps no key, and a table of units none', async () => {
  const { sangongRowKeys } = await import('../../dist/import/recognise/tables/sangong-rows.js');
  const rows = sangongRowKeys([
    row('合计', 10, { role: 'total' }),
    row('“三公”经费小计', 10),
    row('一、因公出国（境）费', 0),
    row('其中：教学科研人员因公出国（境）费', 0),
    row('其他因公出国（境）费', 0),
    row('二、公务用车购置及运行维护费', 4),
    row('其中：公务用车购置费', 0),
    row('公务用车运行维护费', 4),
    row('三、公务接待费', 6),
    row('会议费', 1),
  ]);
  assert.deepEqual(rows.map((r) => r.key), ['sangong-total', 'sangong', 'outbound', 'outbound-research', 'outbound-other', 'vehicles', 'vehicle-purchase', 'vehicle-operation', 'reception', 'meetings']);
  const twice = sangongRowKeys([row('公务接待费', 6), row('公务接待费', 6)]);
  assert.deepEqual(twice.map((r) => r.key), [undefined, undefined]);
  const units = sangongRowKeys([row('合计', 6, { role: 'total' }), row('某县卫生健康局', 6, { role: 'unit' })]);
  assert.deepEqual(units.map((r) => r.key), [undefined, undefined]);
});

test('a first line that adds up the lines after it (其中 parts aside) is the table’s total under a name of its own', () => {
  const assets = (first) =>
    outline([
      row('资产总额', first),
      row('1、房屋（平方米）', undefined),
      row('其中：办公用房（平方米）', undefined),
      row('2、车辆（台、辆）', 12),
      row('3、其他固定资产', 53),
    ]);
  assert.deepEqual(assets(65).map((r) => `${r.level ?? '-'}/${r.role ?? '-'}`), ['-/total', '-/-', '2/-', '-/-', '-/-']);
  assert.deepEqual(tree(assets(65)).slice(1, 3), ['1、房屋（平方米） < 资产总额', '其中：办公用房（平方米） < 1、房屋（平方米）']);
  assert.equal(assets(60)[0].role, undefined);
});

test('the kinds of non-tax revenue printed under the 非税收入 line, without numbers, are a level below it', () => {
  const income = (name, key, level) => ({ section: 'income', ...(key ? { key } : {}), ...(level ? { level } : {}), name, values: {} });
  const rows = statementOutline([
    income('一、一般公共预算拨款收入', 'general-budget'),
    income('纳入一般公共预算管理的非税收入拨款'),
    income('行政事业性收费收入'),
    income('罚没收入'),
    income('国有资源（资产）有偿使用收入'),
    income('一般债券'),
    income('二、政府性基金预算拨款收入', 'gov-fund'),
    income('专项收入'),
  ]);
  assert.deepEqual(rows.map((r) => `${r.level ?? '-'} ${r.key ?? '-'}`), [
    '1 general-budget', '2 general-budget-non-tax', '3 -', '3 -', '3 -', '2 general-budget-bonds', '1 gov-fund', '2 -',
  ]);
});

test('round 万元 figures are still printed to 0.01 万元: lines that miss their heading by 1 万元 are not its parts', () => {
  const rows = outline([row('城乡医疗救助', 30_000, { code: '2101301' }), row('医疗救助资金', 20_000, { code: '2101301' }), row('救助对象参保资助', 20_000, { code: '2101301' })]);
  assert.deepEqual(rows.map((r) => r.level), [undefined, undefined, undefined]);
});

test('the lines taken for units by an organisation\'s name alone are named for review, in the import report too', async () => {
  const lines = [row('合计', 30, { role: 'total' }), row('某县卫生健康局本级', 20), row('某县疾病预防控制中心', 10), row('办公费', 10)];
  assert.deepEqual(unitsByName(lines, { units: ['某县卫生健康局'] }), ['某县疾病预防控制中心']);
  const { readText } = await import('../../dist/import/readers/text.js');
  const { importSource } = await import('../../dist/import/assemble.js');
  const text = ['某县卫生健康局2025年部门预算', '部门支出总表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '\t合计\t3.00\t3.00\t', '\t某县疾病预防控制中心\t3.00\t3.00\t', '2100401\t疾病预防控制机构\t3.00\t3.00\t'];
  const { report, document } = importSource(readText(text.join('\n'), 'units.txt'));
  assert.equal(document.tables[0].rows[1].role, 'unit');
  assert.ok(report.notes.some((n) => n.kind === 'assumption' && n.message['zh-CN'].includes('按单位名称识别为预算单位行：某县疾病预防控制中心')), JSON.stringify(report.notes));
});

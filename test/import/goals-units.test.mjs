/** The goal and narrative recognisers on small hand-written inputs, through the built dist/. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../dist/import/readers/text.js';
import { recognisePerformance } from '../../dist/import/recognise/goals.js';
import { recogniseNarrative } from '../../dist/import/recognise/narrative.js';
import { splitValue, indicatorColumns } from '../../dist/import/recognise/goals/indicators.js';
import { lineCells } from '../../dist/import/recognise/goals/rows.js';

const context = (text, tables = []) => ({ source: readText(text), unit: '万元', year: 2025, tables });

test('a printed target splits into operator, value and unit only where it is a figure', () => {
  assert.deepEqual(splitValue('≥90'), { operator: '≥', value: '90' });
  assert.deepEqual(splitValue('672人'), { value: '672', unit: '人' });
  assert.deepEqual(splitValue('≤预算'), { operator: '≤', value: '预算' });
  assert.deepEqual(splitValue('12月底前'), { value: '12月底前' });
});

test('header labels map to columns, 指标值类型 not read as 指标值', () => {
  assert.deepEqual(indicatorColumns('一级指标 二级指标 三级指标 指标值 度量单位 指标值类型'), ['level1', 'level2', 'name', 'value', 'unit', 'nature']);
});

test('a combined table one cell per line: unit subtotal, project, indicators with merged level cells', () => {
  const text = [
    '表6', '项目支出绩效目标表', '金额单位：万元',
    '单位名称', '项目名称', '预算数', '年度目标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '指标方向性',
    '101-某局本级', '12.50',
    'X1234567-专项经费', '12.50', '完成全年任务。',
    '产出指标', '数量指标', '检查机构数', '≥', '30', '家', '40', '正向指标',
    '质量指标', '检查覆盖率', '＝', '100', '%', '30',
    '满意度指标', '服务对象满意度指标', '满意度', '定性', '好', '30',
  ].join('\n');
  const { performance, tables } = recognisePerformance(context(text)).value;
  assert.deepEqual(tables.map((t) => [t.id, t.kind, t.number, t.status]), [['project-goals', 'project-goals', '表6', 'published']]);
  assert.deepEqual(performance.units, [{ name: '101-某局本级', amount: 125000 }]);
  const [project] = performance.projects;
  assert.equal(project.code, 'X1234567');
  assert.equal(project.amount, 125000);
  assert.equal(project.goal, '完成全年任务。');
  assert.deepEqual(project.indicators[1], { level1: '产出指标', level2: '质量指标', name: '检查覆盖率', operator: '＝', value: '100', unit: '%', weight: 30 });
  assert.deepEqual(project.indicators[2], { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', operator: '定性', value: '好', weight: 30, nature: 'qualitative' });
  assert.equal(project.indicators[0].direction, 'positive');
});

test('a goal table listed in the contents but not printed is unavailable', () => {
  const text = ['目录', '23、整体支出绩效目标表', '一、部门职能', '负责全县的工作。'].join('\n');
  const { tables } = recognisePerformance(context(text)).value;
  assert.deepEqual(tables.map((t) => [t.kind, t.number, t.status]), [['department-goals', '23', 'unavailable']]);
});

test('narrative: sections by heading, 三公 from the table with the change as worded, glossary', () => {
  const sangong = { id: 'sangong', kind: 'sangong', title: '三公', status: 'published', columns: ['total', 'outbound', 'vehicles', 'vehicle-purchase', 'vehicle-operation', 'reception'].map((key) => ({ key, label: key })), rows: [{ name: '合计', role: 'total', values: { total: 7000, reception: 7000 } }] };
  const text = ['一、“三公”经费情况说明', '2025年“三公”经费0.70万元，较上年减少0.10万元，主要是压减开支。', '二、名词解释', '1.机关运行经费：指各部门的公用经费。'].join('\n');
  const { sections, sangong: figures, glossary } = recogniseNarrative(context(text, [sangong])).value;
  assert.deepEqual(sections.map((s) => [s.kind, s.title]), [['sangong', '一、“三公”经费情况说明'], ['other', '二、名词解释']]);
  assert.deepEqual(figures.current, { total: 7000, outbound: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 7000 });
  assert.equal(figures.changeText, '较上年减少0.10万元');
  assert.deepEqual(glossary, [{ term: '机关运行经费', definition: '指各部门的公用经费。' }]);
});

const department = (lines) => recognisePerformance(context(['部门整体支出绩效目标表', ...lines, '一级指标 二级指标 三级指标 指标值', '产出指标 数量指标 参保人数 ≥900人'].join('\n'))).value.performance.department;

test('department tasks one cell per line: a name, then its content', () => {
  const { name, tasks, funding } = department(['部门名称', '某县医疗保障局', '年度主要任务', '任务名称', '主要内容', '\t付费改革', '\t深化支付方式改革', '\t监督检查', '\t组织基金监督检查。', '年度部门整体支出预算', '资金总额', '财政拨款', '其他资金', '1236.47', '1236.47']);
  assert.equal(name, '某县医疗保障局');
  // A row of budget labels over a row of figures, the blank 其他资金 dropped by the extraction.
  assert.deepEqual(funding, [{ label: '资金总额', amount: 12364700 }, { label: '财政拨款', amount: 12364700 }, { label: '其他资金', amount: null }]);
  assert.deepEqual(tasks, [{ name: '付费改革', content: '深化支付方式改革' }, { name: '监督检查', content: '组织基金监督检查。' }]);
});

test('department tasks with their budget: a row per line, a name wrapped over two lines, the columns from the header', () => {
  const { tasks } = department(['任务名称 主要内容', '预算金额（万元）', '总额 财政拨款 其他资金', '人员经费 保障单位正常运转,完成任务。 315.72 315.72', '国有企业退休人员大病救助', '保险费', '落实大病救助待遇。 45.00 45.00', '金额合计 360.72 360.72']);
  assert.deepEqual(tasks, [
    { name: '人员经费', content: '保障单位正常运转,完成任务。', amount: 3157200, funding: [{ label: '财政拨款', amount: 3157200 }, { label: '其他资金', amount: null }] },
    { name: '国有企业退休人员大病救助保险费', content: '落实大病救助待遇。', amount: 450000, funding: [{ label: '财政拨款', amount: 450000 }, { label: '其他资金', amount: null }] },
  ]);
});

test('department tasks with the content wrapped at the column width; a wrapped goal label and its numbered items', () => {
  const { tasks, goal } = department([
    '整体绩效', '目标', '目标一：确保日常工作正常运行;', '目标二：完成基金征收任务。',
    '任务名称 主要内容', '全面落实待遇。', '一是发挥基本医保、大病保险、医疗救助三重制度梯次', '减负功能，发挥医疗救助托底保障作用，二是落实待遇', '清单制度。',
    '保障日常运行 按时发放职工工资及福利。', '持续推进改革', '推进付费改革。',
  ]);
  assert.equal(goal, '目标一：确保日常工作正常运行;\n目标二：完成基金征收任务。');
  assert.deepEqual(tasks, [
    { name: '全面落实待遇。', content: '一是发挥基本医保、大病保险、医疗救助三重制度梯次减负功能，发挥医疗救助托底保障作用，二是落实待遇清单制度。' },
    { name: '保障日常运行', content: '按时发放职工工资及福利。' },
    { name: '持续推进改革', content: '推进付费改革。' },
  ]);
});

test('indicator rows a PDF wrapped: level names over lines, a name over lines, a name with spaces before its target', () => {
  const text = [
    '项目支出绩效目标表', '单位名称', '项目名称', '预算数', '年度目标', '一级', '指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重',
    '101-某局本级', '10.00', 'X1234567-专项经费', '10.00', '完成任务。',
    '产出指标 质量指标', '全县定点医药机构监督检查覆盖', '率', '＝ 100 % 10',
    '产出指标 数量指标 开展 DRG 业务培训次数 ≥ 2 次 5',
    '满意', '度指', '标', '服务对象满意', '度指标', '参保对象满意度 ≥ 95 % 10',
  ].join('\n');
  const [project] = recognisePerformance(context(text)).value.performance.projects;
  assert.deepEqual(project.indicators, [
    { level1: '产出指标', level2: '质量指标', name: '全县定点医药机构监督检查覆盖率', operator: '＝', value: '100', unit: '%', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '开展 DRG 业务培训次数', operator: '≥', value: '2', unit: '次', weight: 5 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '参保对象满意度', operator: '≥', value: '95', unit: '%', weight: 10 },
  ]);
});

test('a row a PDF printed out of column order is put back: level names glued to text parted, then levels, name, target', () => {
  assert.deepEqual(lineCells('单位按工资总额1%缴纳成本指标 45万元'), ['成本指标', '单位按工资总额1%缴纳', '45万元']);
  assert.deepEqual(lineCells('≥90%满意度指标 服务对象满意度指标 离休干部满意度'), ['满意度指标', '服务对象满意度指标', '离休干部满意度', '≥90%']);
  assert.deepEqual(lineCells('数量指标 离休干部人数 1人'), ['数量指标', '离休干部人数', '1人']);
  assert.deepEqual(lineCells('指标值 备注一级指标 二级指标'), ['指标值 备注一级指标 二级指标']);
});

test('a project form whose goal the extraction cut inside its sentence', () => {
  const text = ['表13-2', '部门预算专项业务经费绩效目标表', '项目名称 医保三级服务体系建设经费', '实施期资金总额： 28.00', '总', '体', '目', '标', '建成便捷高效的经办服务体系，进一步提高经办服务效', '率 。', '指标值 备注一级指标 二级指标 指标内容', '数量指标 经办网点数 20个'].join('\n');
  const [project] = recognisePerformance(context(text)).value.performance.projects;
  assert.equal(project.goal, '建成便捷高效的经办服务体系，进一步提高经办服务效率。');
  assert.deepEqual(project.indicators, [{ level1: '产出指标', level2: '数量指标', name: '经办网点数', valueText: '20个', value: '20', unit: '个' }]);
});

test('an operator printed apart from its figure, in a table with no operator column, is one target with it', () => {
  const text = ['表13-3', '部门预算专项业务经费绩效目标表', '项目名称 某项经费', '指标值 备注一级指标 二级指标 指标内容', '可持续影响指标 提高群众办事效率 上访率 < 1%'].join('\n');
  const [project] = recognisePerformance(context(text)).value.performance.projects;
  // With no operator column, the operator and its figure are one target; the word before it stays with the name
  // (a space between Chinese words may be inside a cell or between two).
  assert.deepEqual(project.indicators[0], { level1: '效益指标', level2: '可持续影响指标', name: '提高群众办事效率 上访率', valueText: '<1%', operator: '<', value: '1', unit: '%' });
  assert.equal(project.indicators.length, 1);
});

test('a row printed target first (a figure glued to the name, the unit alone at the end) is read as name then target', () => {
  assert.deepEqual(lineCells('质量指标 100政策范 围 内医疗费报销比例 %'), ['质量指标', '政策范围内医疗费报销比例', '100%']);
  assert.deepEqual(lineCells('成本指标 ≤8预算数8万 万'), ['成本指标', '预算数8万', '≤8万']);
  assert.deepEqual(lineCells('时效指标 100%及时使用及维护率'), ['时效指标', '及时使用及维护率', '100%']);
  // No bare unit at the end, or a date glued to the words: nothing says which part is the target, so the row stays as printed.
  assert.deepEqual(lineCells('社会效益指标 有效减轻离休干部就医经济负担减轻'), ['社会效益指标', '有效减轻离休干部就医经济负担减轻']);
  assert.deepEqual(lineCells('时效指标 12月前完成 工作 年'), ['时效指标', '12月前完成', '工作', '年']);
});

test('spaces a PDF put beside Chinese punctuation inside a name are dropped, others kept', () => {
  assert.deepEqual(lineCells('完成 “ 两定”机构监督检查时效指标 12月前完成'), ['时效指标', '完成“两定”机构监督检查', '12月前完成']);
  assert.deepEqual(lineCells('群众对基金监管的认可度、 满意度 ≥90%满意度指标 服务对象满意度指标'), ['满意度指标', '服务对象满意度指标', '群众对基金监管的认可度、满意度', '≥90%']);
  assert.deepEqual(lineCells('数量指标 开展 DRG 培训次数 ≥ 2 次'), ['数量指标', '开展 DRG 培训次数', '≥', '2', '次']);
});

test('a row whose last word is its whole target: all words between the level names and it are the one name', () => {
  assert.deepEqual(lineCells('成本指标 严格控制费用 ， 不超标准 ≤预算'), ['成本指标', '严格控制费用，不超标准', '≤预算']);
  assert.deepEqual(lineCells('质量指标 服务网点 (站 ) 覆盖率 100%'), ['质量指标', '服务网点(站)覆盖率', '100%']);
  assert.deepEqual(lineCells('数量指标 培训 （含线上） 场次 3场'), ['数量指标', '培训（含线上）场次', '3场']);
  // Two Chinese words still parted by a plain space may be two cells: left as printed.
  assert.deepEqual(lineCells('数量指标 印发手册 宣传折页 500份'), ['数量指标', '印发手册', '宣传折页', '500份']);
  // The last word is no target: left as printed.
  assert.deepEqual(lineCells('时效指标 体系建设工作 按期 完成'), ['时效指标', '体系建设工作', '按期', '完成']);
});

test('a date target parted at a space ("12月 前完成") is one word: no cell begins with 前, 底 or 末', () => {
  assert.deepEqual(lineCells('时效指标 体系建设工作 12月 前完成'), ['时效指标', '体系建设工作', '12月前完成']);
  assert.deepEqual(lineCells('时效指标 资金拨付 6月 底前'), ['时效指标', '资金拨付', '6月底前']);
  assert.deepEqual(lineCells('时效指标 资金拨付 6月 完成'), ['时效指标', '资金拨付', '6月', '完成']);
});

test('the budget as a bound glued before the name ("≤预算严格控制…") is the target, the rest the name', () => {
  assert.deepEqual(lineCells('成本指标 ≤预算控制费用 ， 不超标准'), ['成本指标', '控制费用，不超标准', '≤预算']);
  assert.deepEqual(lineCells('≤预算合理使用资金成本指标'), ['成本指标', '合理使用资金', '≤预算']);
  // A name holding its own figure is left to the figure rules.
  assert.deepEqual(lineCells('成本指标 ≤5预算数5万 万'), ['成本指标', '预算数5万', '≤5万']);
  // No level name on the line: not an indicator row, left whole.
  assert.deepEqual(lineCells('≤预算合理使用资金'), ['≤预算合理使用资金']);
});

test('text glued to a level 1 before a level 2 ("参保对象满意度满意度指标 服务对象满意度指标") is parted', () => {
  assert.deepEqual(lineCells('群众满意度满意度指标 服务对象满意度指标 ≥95%'), ['满意度指标', '服务对象满意度指标', '群众满意度', '≥95%']);
  // A level 2 of the templates is never parted, nor a word ending in a level 1 without a level 2 after it.
  assert.deepEqual(lineCells('满意度指标 服务对象满意度指标 参保群众满意度 ≥90%'), ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%']);
  assert.deepEqual(lineCells('社会效益指标 群众满意度指标 ≥90%'), ['社会效益指标', '群众满意度指标', '≥90%']);
});

/** A project form with one header line and the given indicator rows. */
const projectForm = (...rows) => ['表1', '部门预算专项业务经费绩效目标表', '项目名称 某项经费', '一级指标 二级指标 指标内容 指标值', ...rows].join('\n');

test('a name a PDF printed around its row (a line above, a line below) is the name; the row line holds its target', () => {
  const text = [
    '表1', '部门预算专项业务经费绩效目标表', '项目名称 某项经费', '指标值 备注一级指标 二级指标 指标内容',
    '数量指标 培训人数 30人',
    '效益指标 推动经办服务下沉， 方便群众就', '社会效益指标 群众少跑路', '近办理',
    '可持续影响指标 长期 有效',
    '满意度指标 服务对象满意度指标 群众满意度 ≥90%',
  ].join('\n');
  const [project] = recognisePerformance(context(text)).value.performance.projects;
  assert.deepEqual(project.indicators.map((i) => [i.level1, i.level2, i.name, i.valueText ?? i.value]), [
    ['产出指标', '数量指标', '培训人数', '30人'],
    ['效益指标', '社会效益指标', '推动经办服务下沉，方便群众就近办理', '群众少跑路'],
    ['效益指标', '可持续影响指标', '长期', '有效'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ]);
});

test('a level name cut by its column with the last line of a name between its pieces: the name goes on past the piece', () => {
  const text = projectForm(
    '产出指标 数量指标 培训人数 30人',
    '效益指标', '保障了群众看病就医，对维护', '可持续影响指标 投诉率<1%', '满意度指', '社会和谐具有重要的 意义',
    '标 服务对象满意度指标 群众满意度 ≥90%',
  );
  const [project] = recognisePerformance(context(text)).value.performance.projects;
  assert.deepEqual(project.indicators.map((i) => [i.level1, i.level2, i.name, i.valueText ?? i.value]), [
    ['产出指标', '数量指标', '培训人数', '30人'],
    ['效益指标', '可持续影响指标', '保障了群众看病就医，对维护社会和谐具有重要的意义', '投诉率<1%'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ]);
});

test('one line of text between two rows that could each have their name around them: neither is read so', () => {
  const text = [
    '表1', '部门预算专项业务经费绩效目标表', '项目名称 某项经费', '指标值 备注一级指标 二级指标 指标内容',
    '提高经办', '社会效益指标 显著', '服务效率', '可持续影响指标 长期', '保持稳定',
  ].join('\n');
  const [project] = recognisePerformance(context(text)).value.performance.projects;
  assert.ok(!project.indicators.some((i) => i.name === '提高经办服务效率' || i.name === '服务效率保持稳定'));
});

test('a line above a row shorter than the text beside it is a name of its own, not the first line of one', () => {
  const text = ['表1', '部门预算专项业务经费绩效目标表', '项目名称 某项经费', '指标值 备注一级指标 二级指标 指标内容', '宣传活动', '数量指标 定点机构现场检查', '人员培训'].join('\n');
  const [project] = recognisePerformance(context(text)).value.performance.projects;
  assert.ok(!project.indicators.some((i) => i.name === '宣传活动人员培训'));
});

const departmentForm = (after) => [
  '表9', '部门整体支出绩效目标表', '部门（单位）名称 某县某局', '年度', '总体', '目标',
  '一级指标 二级指标 指标内容 指标值',
  '数量指标 在岗15人', '成本指标 ≤120.5万元', '服务对象满意度指标 ≥95%',
  '注：1、年度绩效指标可选择填写。', '    2、部门应公开本部门整体预算绩效。',
  ...after,
  '表10', '其他表',
].join('\n');

test('names and goal items a PDF printed after the note are read in order when the names are exactly as many as the rows', () => {
  const result = recognisePerformance(context(departmentForm(['目标1：保障日常运转。', '目标2：完成年度任务。', '年度绩效', '指标', '产出指标', '保障人数', '预算控制数', '满意度指标 群众满意度'])));
  const { department } = result.value.performance;
  assert.equal(department.goal, '目标1：保障日常运转。\n目标2：完成年度任务。');
  assert.deepEqual(department.indicators.map((i) => [i.level2, i.name, i.valueText ?? i.value, i.operator, i.unit]), [
    ['数量指标', '保障人数', '在岗15人', undefined, undefined],
    ['成本指标', '预算控制数', '≤120.5万元', '≤', '万元'],
    ['服务对象满意度指标', '群众满意度', '≥95%', '≥', '%'],
  ]);
  assert.ok(result.notes.some((note) => note.kind === 'assumption' && /表注之后/.test(note.message['zh-CN'])));
});

test('the text after the note ends where the table does: a glossary heading after it is not read as a name', () => {
  const result = recognisePerformance(context(departmentForm(['保障人数', '预算控制数', '群众满意度', '名词解释', '基本支出'])));
  assert.deepEqual(result.value.performance.department.indicators.map((i) => i.name), ['保障人数', '预算控制数', '群众满意度']);
});

test('names after the note that do not match the rows in number are not paired; the report says so', () => {
  const result = recognisePerformance(context(departmentForm(['保障人数', '预算控制数'])));
  const { department } = result.value.performance;
  assert.deepEqual(department.indicators.map((i) => i.name), ['在岗15人', '≤120.5万元', '≥95%']);
  assert.ok(department.indicators.every((i) => i.value === undefined));
  assert.ok(result.notes.some((note) => note.kind === 'ambiguity' && /表注之后/.test(note.message['zh-CN'])));
});

test('a level 2 every template files under one level 1 settles the level 1 a scrambled extraction printed late', () => {
  const text = projectForm(
    '产出指标 数量指标 培训人数 30人',
    '经济效益指标 支出增幅 有所下降',
    '社会效益指标 群众负担 有所减轻',
    '效益指标 生态效益指标 节能降耗 明显',
    '成本指标 经济成本指标 控制成本 ≤预算',
  );
  const [project] = recognisePerformance(context(text)).value.performance.projects;
  assert.deepEqual(project.indicators.map((i) => [i.level1, i.level2]), [
    ['产出指标', '数量指标'],
    ['效益指标', '经济效益指标'],
    ['效益指标', '社会效益指标'],
    ['效益指标', '生态效益指标'],
    // 成本指标 is level 1 in some templates and level 2 in others: as printed.
    ['成本指标', '经济成本指标'],
  ]);
});

test('two level names in a row are level 1 then level 2, even when the level 2 is named like a level 1', () => {
  const text = [
    '表1', '部门整体支出绩效目标表', '部门（单位）名称 某局', '一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重',
    '满意', '度指', '标', '满意度指标', '参保对象满意度 ≥ 95 % 3', '单位职工满意度 ≥ 95 % 2',
  ].join('\n');
  const { department } = recognisePerformance(context(text)).value.performance;
  assert.deepEqual(department.indicators.map((i) => [i.level1, i.level2, i.name, i.weight]), [
    ['满意度指标', '满意度指标', '参保对象满意度', 3],
    ['满意度指标', '满意度指标', '单位职工满意度', 2],
  ]);
});

test('a worded target glued to a name is parted only where another row of the document prints that target as its own cell', async () => {
  const { knownTargets, partKnownTarget } = await import('../../dist/import/recognise/goals/known-targets.js');
  const rows = [
    { level1: '效益指标', level2: '社会效益指标', name: '职工看病负担减轻', value: '有效减轻' },
    { level1: '效益指标', level2: '可持续影响指标', name: '群众满意', value: '投诉率<1%' },
    { level1: '产出指标', level2: '数量指标', name: '培训', value: '2', unit: '次' },
  ];
  const known = knownTargets(rows);
  assert.deepEqual(known, ['投诉率<1%', '有效减轻']);
  // Glued before the name, no target cell: parted.
  assert.deepEqual(partKnownTarget({ level1: '效益指标', name: '有效减轻退休人员就医负担' }, known), { level1: '效益指标', name: '退休人员就医负担', value: '有效减轻' });
  // Its first words after a space in the name, its operator and figure in their own cells: the whole known target.
  assert.deepEqual(partKnownTarget({ level1: '效益指标', name: '提高办事效率 投诉率', operator: '<', value: '1', unit: '%', valueText: '<1%' }, known), { level1: '效益指标', name: '提高办事效率', value: '投诉率<1%' });
  // No known target: left as printed (a figure with its unit is no worded target, whatever name it begins).
  assert.equal(partKnownTarget({ level1: '效益指标', name: '明显改善群众生活' }, known), undefined);
  assert.equal(partKnownTarget({ level1: '产出指标', name: '2次培训宣传活动' }, known), undefined);
  // A row with its own target keeps its name, even one beginning with a known target.
  assert.equal(partKnownTarget({ level1: '效益指标', name: '有效减轻负担的人数', value: '100', unit: '人' }, known), undefined);
  // What is left must still be a name.
  assert.equal(partKnownTarget({ level1: '效益指标', name: '有效减轻负担' }, known), undefined);
});

test('the report says which glued targets were parted and which rows have no target', () => {
  const text = projectForm(
    '产出指标 数量指标 培训人数 30人',
    '效益指标 社会效益指标 职工看病负担减轻 有效减轻',
    '社会效益指标 有效减轻退休人员就医负担',
    '可持续影响指标 长期惠及群众生活水平',
  );
  const result = recognisePerformance(context(text));
  const [project] = result.value.performance.projects;
  assert.deepEqual(project.indicators.slice(2).map((i) => [i.name, i.value]), [['退休人员就医负担', '有效减轻'], ['长期惠及群众生活水平', undefined]]);
  assert.ok(result.notes.some((note) => note.kind === 'assumption' && /粘连/.test(note.message['zh-CN']) && /退休人员就医负担/.test(note.message['zh-CN'])));
  assert.ok(result.notes.some((note) => note.kind === 'ambiguity' && /未读出指标值/.test(note.message['zh-CN']) && /长期惠及群众生活水平/.test(note.message['zh-CN'])));
});

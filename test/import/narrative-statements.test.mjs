/** Statements read from the narrative by phrase rules, on small hand-written inputs, through the built dist/. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../dist/import/readers/text.js';
import { recogniseNarrative } from '../../dist/import/recognise/narrative.js';
import { subjectsOf } from '../../dist/import/recognise/narrative/statements.js';

const statements = (lines, unit = '万元') => recogniseNarrative({ source: readText(lines.join('\n')), unit, year: 2025, tables: [] }).value.statements.map(({ section: _section, ...rest }) => rest);

test('subject words: totals, fund-qualified subjects, and classes of spending that are not subjects', () => {
  assert.deepEqual(subjectsOf('2025年预算收入'), [{ subject: 'income-total' }]);
  assert.deepEqual(subjectsOf('本部门当年预算支出'), [{ subject: 'expenditure-this-year' }]);
  assert.deepEqual(subjectsOf('预算收支安排'), [{ subject: 'income-total' }, { subject: 'expenditure-total' }]);
  assert.deepEqual(subjectsOf('一般公共预算基本支出'), [{ subject: 'basic', fund: 'general-budget' }]);
  assert.deepEqual(subjectsOf('财政拨款收支预算总数'), [{ subject: 'fiscal-total' }]);
  assert.deepEqual(subjectsOf('社会保障基金预算资金'), []);
  assert.deepEqual(subjectsOf('卫生健康支出'), []);
  assert.deepEqual(subjectsOf('2024 年收入', true), [{ subject: 'income-total' }]);
  assert.deepEqual(subjectsOf('公务接待费', true), []);
});

test('a figure, its change against the previous year, and the reason', () => {
  assert.deepEqual(statements(['一、收支总体情况', '2025年预算收支安排595.88万元，较2024年预算减少400.50万元，其中：基本支出增加17.50万元，主要为人员增加1人。']), [
    { subject: 'income-total', amount: 5958800, changeText: '较2024年预算减少400.50万元', change: -4005000 },
    { subject: 'expenditure-total', amount: 5958800, changeText: '较2024年预算减少400.50万元', change: -4005000 },
    { subject: 'basic', change: 175000, changeText: '基本支出增加17.50万元', explanation: '主要为人员增加1人。' },
  ]);
});

test('text wrapped at the page width, a figure in another unit than the document, parts of the whole inheriting its fund in its list and later in the section', () => {
  const lines = ['四、基本支出情况说明', '本局 2024 年一般公共预算基本支出 784.34', '万元，其中：', '人员经费 719.3 万元，主要包括：基本工资、津贴补贴。', '公用经费 65.04 万元，主要包括：办公费。'];
  assert.deepEqual(statements(lines, '元'), [
    { subject: 'basic', fund: 'general-budget', amount: 7843400, unit: '万元' },
    { subject: 'personnel', fund: 'general-budget', amount: 7193000, unit: '万元' },
    { subject: 'operating', fund: 'general-budget', amount: 650400, unit: '万元' },
  ]);
});

test('a change after a list of parts is the whole\'s; a part of no subject is passed over with its change', () => {
  const lines = ['五、收支预算总体情况说明', '本部门当年预算支出 456.72 万元，其中：一般公共预算拨款支出 456.72 万元，政府性基金拨款支出 0 万元，较上年减少 12.81 万元，下降 2.7%，主要原因是：一是人员减少；二是离休干部减少。', '其中：公务接待费 0.70 万元，与上年相同，无增减变化，主要原因是：严控接待。'];
  assert.deepEqual(statements(lines), [
    { subject: 'expenditure-this-year', amount: 4567200, changeText: '较上年减少 12.81 万元，下降 2.7%', change: -128100, explanation: '主要原因是：一是人员减少；二是离休干部减少。' },
    { subject: 'general-budget', fund: 'general-budget', amount: 4567200 },
    { subject: 'gov-fund', fund: 'gov-fund', amount: 0 },
  ]);
});

test('a change sentence naming only its subject completes the statement; "与上年持平" has no amount; "无…预算" is 0', () => {
  const lines = ['（二）“三公”经费预算', '2024 年本部门“三公”经费预算数为 3.00 万元，其中，公务接待费 3.00 万元。2024 年“三公”经费预算与 2023 年持平, 主要是厉行节约原则。', '（三）政府采购情况', '本部门当年无政府采购预算，并已公开空表。'];
  assert.deepEqual(statements(lines), [
    { subject: 'sangong', amount: 30000, changeText: '2024 年“三公”经费预算与 2023 年持平', explanation: '主要是厉行节约原则。' },
    { subject: 'procurement', amount: 0 },
  ]);
});

test('a comparison opening a sentence refers to the paragraph\'s first figure', () => {
  const lines = ['四、“三公”经费情况', '2025年，我部门财政拨款“三公”经费预算安排1.46万元，其中因公出国（境）费0.00万元；公务接待费0.00万元。与2024年相比减少0.08万元，增减变化的主要原因是厉行节约。'];
  assert.deepEqual(statements(lines), [{ subject: 'sangong', amount: 14600, changeText: '与2024年相比减少0.08万元', change: -800, explanation: '增减变化的主要原因是厉行节约。' }]);
});

const sangongTable = { id: 'sangong', kind: 'sangong', title: '三公', status: 'published', columns: ['total', 'outbound', 'vehicles', 'vehicle-purchase', 'vehicle-operation', 'reception'].map((key) => ({ key, label: key })), rows: [{ name: '合计', role: 'total', values: { total: 8200, reception: 8200 } }] };
const basicTable = { id: 'basic', kind: 'general-budget-basic', title: '基本支出', status: 'published', columns: [{ key: 'total', label: '合计' }], rows: [{ code: '30215', name: '会议费', values: { total: 5000 } }] };
/** The sections read from lines of text, with the blocks `tableBlocks` as those the tables were read from. */
const sectionsOf = (lines, tableBlocks) => recogniseNarrative({ source: readText(lines.join('\n')), unit: '万元', year: 2024, tables: [] }, tableBlocks).value.sections;
const sangongOf = (lines, tables) => recogniseNarrative({ source: readText(lines.join('\n')), unit: '万元', year: 2024, tables }).value.sangong;

test('三公: the narrative\'s change of the total and its reason', () => {
  const figures = sangongOf(['四、“三公”经费情况', '“三公”经费预算安排0.82万元，较上年减少0.08万元，主要原因是厉行节约。'], [sangongTable]);
  assert.deepEqual([figures.change, figures.changeText, figures.explanation, figures.meetings], [{ total: -800 }, '较上年减少0.08万元', '主要原因是厉行节约。', undefined]);
});

test('三公: a change per part, each in its own sentence or heading; 会议费 from the basic expenditure table', () => {
  const lines = ['五、“三公”经费财政拨款预算安排情况说明', '本局“三公”经费财政拨款预算数 0.82 万元，其中：公务接待费 0.82 万元。', '（一）公务接待费较 2023 年预算减少 0.05 万元，减少', '3.5%。主要原因是压减开支。', '（二）公务用车购置及运行维护费与 2023 年预算增加 0', '万元。'];
  const figures = sangongOf(lines, [sangongTable, basicTable]);
  assert.deepEqual(figures.change, { reception: -500, vehicles: 0 });
  assert.equal(figures.changeText, '公务接待费较 2023 年预算减少 0.05 万元，减少3.5%。\n公务用车购置及运行维护费与 2023 年预算增加 0万元。');
  assert.equal(figures.explanation, '主要原因是压减开支。');
  assert.deepEqual(figures.meetings, { current: 5000 });
  assert.deepEqual(figures.sources, ['sangong', 'basic', 'section-1']);
});

test('三公 from a table of one row per part with no row keys: each part found by its printed name (gaoyang-2025)', () => {
  const row = (name, total, role) => ({ name, values: total === undefined ? {} : { total }, ...(role ? { role } : {}) });
  const rows = [row('合计', 14600, 'total'), row('“三公”经费小计', 14600), row('一、因公出国（境）费'), row('其中：教学科研人员因公出国（境）费'), row('二、公务用车购置及运维费', 14600), row('其中：公务用车购置费'), row('公务用车运行维护费', 14600), row('三、公务接待费')];
  const table = { id: 'sangong', kind: 'sangong', title: '部门预算财政拨款“三公”经费支出表', status: 'published', columns: [{ key: 'total', label: '合计' }], rows };
  assert.deepEqual(sangongOf([], [table]).current, { total: 14600, outbound: 0, vehicles: 14600, vehiclePurchase: 0, vehicleOperation: 14600, reception: 0 });
  // No row names the 三公 total, and no total row: no 三公 figures at all, rather than a total of 0.
  assert.equal(sangongOf([], [{ ...table, rows: rows.slice(2) }]), undefined);
});

test('glossary: entries wrapped over lines, several to a line, a colon inside brackets, a code before the term, a sub-heading as a term', () => {
  const lines = [
    '目录', '十、名词解释', '十、名词解释', '1. 财政拨款收入：指财政当年拨付', '的资金。', '2. 公务接待费反映单位的公务接待支出。3. 住房公积金（项：）反映为职工缴纳的住房公积金。',
    '2101501：卫生健康（类）医疗保障管理事务（款）行政运行', '（项）：反映单位人员及公用经费。', '三、机关运行经费', '为保障行政单位运行的各项资金。', '十一、其他需要说明的事项', '无。',
  ];
  const { glossary } = recogniseNarrative({ source: readText(lines.join('\n')), unit: '万元', year: 2025, tables: [] }).value;
  assert.deepEqual(glossary, [
    { term: '财政拨款收入', definition: '指财政当年拨付的资金。' },
    { term: '公务接待费', definition: '反映单位的公务接待支出。' },
    { term: '住房公积金（项：）', definition: '反映为职工缴纳的住房公积金。' },
    { term: '2101501：卫生健康（类）医疗保障管理事务（款）行政运行（项）', definition: '反映单位人员及公用经费。' },
  ]);
});

test('sections: a heading behind DOCX bookmarks, a sub-heading with its text after a colon, a tab after the marker', () => {
  const lines = ['[bookmark: _Toc_3_3_13][bookmark: _GoBack]四、财政拨款“三公”经费预算情况及增减变化原因', '“三公”经费预算安排1.46万元。', '(二) 支出预算: 2024年本部门支出预算582.97万元。', '（一）\t开江县医疗保障局职能简介', '负责全县医疗保障工作。'];
  const { sections } = recogniseNarrative({ source: readText(lines.join('\n')), unit: '万元', year: 2025, tables: [] }).value;
  assert.deepEqual(sections.map((s) => [s.kind, s.title, s.paragraphs]), [
    ['sangong', '四、财政拨款“三公”经费预算情况及增减变化原因', ['“三公”经费预算安排1.46万元。']],
    ['expenditure', '(二) 支出预算', ['2024年本部门支出预算582.97万元。']],
    ['functions', '（一）开江县医疗保障局职能简介', ['负责全县医疗保障工作。']],
  ]);
});

test('sections: a part number before a title printed again, a label naming another kind, a stop set apart after a heading', () => {
  const lines = [
    '第一部分  某局2025年部门预算信息公开情况说明',
    '某局2025年部门预算信息公开情况说明',
    '现将本局2025年部门预算公开如下：',
    '一、部门职责及机构设置情况',
    '部门职责：',
    '负责全县医疗保障工作。',
    '机构设置：',
    '本局内设3个股室。',
    '其中：',
    '办公室负责日常工作。',
    '（三）一般公共预算当年拨款具体使用情况 。',
    '卫生健康支出 5.00 万元。',
    '（九）完成县委交办的其他任务。',
  ];
  const { sections } = recogniseNarrative({ source: readText(lines.join('\n')), unit: '万元', year: 2025, tables: [] }).value;
  assert.deepEqual(sections.map((s) => [s.kind, s.title, s.paragraphs]), [
    ['other', '某局2025年部门预算信息公开情况说明', ['现将本局2025年部门预算公开如下：']],
    ['functions', '一、部门职责及机构设置情况', ['部门职责：', '负责全县医疗保障工作。']],
    // "其中：" names no kind: it leads into its sentence, in the section it is in.
    ['structure', '机构设置：', ['本局内设3个股室。', '其中：办公室负责日常工作。']],
    ['general-budget', '（三）一般公共预算当年拨款具体使用情况 。', ['卫生健康支出 5.00 万元。', '（九）完成县委交办的其他任务。']],
  ]);
});

test('sections: a first line wrapped at the page width is kept, before the sentence\'s last line or another wrapped one; a short line, an item\'s name or a table\'s title is not joined', () => {
  const lines = [
    '六、政府性基金预算支出情况说明',
    '某县医疗保障局 2024 年政府性基金预算拨款安排的支',
    '出 312.62 万元。',
    '1．社会保障和就业（类）行政事业单位养老支出（款）',
    '机关事业单位基本养老保险缴费支出（项）2024 年预算数为',
    '77.93 万元，主要用于：养老缴费支出。',
    '七、部门整体绩效目标',
    '2.医疗补助工作管理工作',
    '职责描述：资助参保、一站式结算。',
    '部门预算政府性基金预算财政拨款支出情况说明表',
    '本部门无政府性基金预算拨款安排的支出。',
  ];
  const { sections } = recogniseNarrative({ source: readText(lines.join('\n')), unit: '万元', year: 2024, tables: [] }).value;
  assert.deepEqual(sections.map((s) => s.paragraphs), [
    ['某县医疗保障局 2024 年政府性基金预算拨款安排的支出 312.62 万元。', '1．社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）2024 年预算数为77.93 万元，主要用于：养老缴费支出。'],
    ['职责描述：资助参保、一站式结算。', '本部门无政府性基金预算拨款安排的支出。'],
  ]);
});

test('sections: a contents page\'s entries give way to the headings the body prints again', () => {
  const lines = ['目 录', '一、部门基本概况', '(一) 职能职责', '二、部门预算单位构成', '一、部门基本概况', '(一) 职能职责', '负责全市医疗保障工作。', '二、部门预算单位构成', '只有本级。'];
  const { sections } = recogniseNarrative({ source: readText(lines.join('\n')), unit: '万元', year: 2024, tables: [] }).value;
  assert.deepEqual(sections.map((s) => [s.id, s.title, s.paragraphs]), [
    ['section-1', '一、部门基本概况', []],
    ['section-2', '(一) 职能职责', ['负责全市医疗保障工作。']],
    ['section-3', '二、部门预算单位构成', ['只有本级。']],
  ]);
});

test('sections: lines a table was read from are no paragraph and a row is no heading; a heading, label or title among them still leads the narrative', () => {
  const lines = [
    '一、部门职责', // 0, a table's cell: heads narrative (prose follows)
    '部门职责：', // 1, a table's cell: a label
    '负责全县医疗保障工作。', // 2
    '二、收入 60.70 一般公共服务支出', // 3, a table's row: prints a figure
    '合计 7,000.00 7,000.00 7,000.00，合计', // 4, a table's row, worded like prose
    '三、其他支出', // 5, a table's row: the next cell prints a figure
    '7,000.00', // 6
    '四、项目支出情况', // 7, a table's cell: a table's title follows
    '项目支出预算表', // 8
    '五、其他说明', // 9, not a table's
    '无其他需要说明的事项。', // 10
  ];
  assert.deepEqual(sectionsOf(lines, new Set([0, 1, 3, 4, 5, 6, 7, 8])).map((s) => [s.title, s.paragraphs]), [
    ['一、部门职责', ['部门职责：', '负责全县医疗保障工作。']],
    ['四、项目支出情况', []],
    ['五、其他说明', ['无其他需要说明的事项。']],
  ]);
  // Without the tables' lines, the rows are headings and prose as before.
  assert.ok(sectionsOf(lines).some((s) => s.title === '三、其他支出'));
});

test('sections: an item\'s name is a paragraph of its own, not glued to the sentence after it; parts after a colon stay apart when printed as sentences or items, together when run on', () => {
  const lines = [
    '一、支出情况',
    '1.按照部门预算支出经济分类的类级科目说明',
    '本部门当年一般公共预算财政拨款支出 456.72 万元，其',
    '中：',
    '工资福利支出（301）282.74 万元，较上年减少 10.91 万元。',
    '二、主要职责',
    '本局的主要职责是：',
    '(1) 负责组织实施全市医疗保障制度；',
    '(2) 负责医疗保障经办管理。',
    '三、收入预算情况',
    '本局 2024 年收入预算 6430.65 万元，其中：',
    '上年结转 60.7 万元，占 0.94 %；一般公共预算拨款收入',
    '6057.33 万元，占 94.20 %。',
  ];
  assert.deepEqual(sectionsOf(lines).map((s) => s.paragraphs), [
    ['1.按照部门预算支出经济分类的类级科目说明', '本部门当年一般公共预算财政拨款支出 456.72 万元，其中：', '工资福利支出（301）282.74 万元，较上年减少 10.91 万元。'],
    ['本局的主要职责是：', '(1) 负责组织实施全市医疗保障制度；', '(2) 负责医疗保障经办管理。'],
    ['本局 2024 年收入预算 6430.65 万元，其中：上年结转 60.7 万元，占 0.94 %；一般公共预算拨款收入6057.33 万元，占 94.20 %。'],
  ]);
});

test('sections: a line of header cells parted by spaces opens no paragraph, however wide', () => {
  const lines = ['五、部门预算公开报表', '报表 报表名称 是否空表 公开空表理由', '一、部门预算 4,567,178.00 一、部门预算 4,567,178.00 一、部门预算 4,567,178.00 一、部门预算 4,567,178.00', '六、其他', '无。'];
  assert.deepEqual(sectionsOf(lines, new Set([2])).map((s) => s.paragraphs), [[], ['无。']]);
});

test('sections: lines numbered alike straight after one another with nothing under them are rows, not headings', () => {
  const lines = ['部门预算收支总表', '二十一、粮油物资储备支出', '二十二、国有资本经营预算支出', '二十三、灾害防治及应急管理支出', '二、其他说明', '（一）政府采购', '本部门无政府采购预算。'];
  // The last row is followed by a heading numbered alike: a heading with nothing to say before its sibling is no heading either.
  assert.deepEqual(sectionsOf(lines).map((s) => [s.title, s.paragraphs]), [
    ['二、其他说明', []],
    ['（一）政府采购', ['本部门无政府采购预算。']],
  ]);
});

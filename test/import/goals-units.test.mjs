/** The goal and narrative recognisers on small hand-written inputs, through the built dist/. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../dist/import/readers/text.js';
import { recognisePerformance } from '../../dist/import/recognise/goals.js';
import { recogniseNarrative } from '../../dist/import/recognise/narrative.js';
import { splitValue, indicatorColumns } from '../../dist/import/recognise/goals/indicators.js';

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

/**
 * Performance goals: the project goal tables (one combined table, or one form per project) and the department
 * goal table, found by their titles (…绩效目标表, …绩效目标申报表). Their entries in `tables` carry kind, number,
 * title and status; their content goes to `performance`. A title listed in the contents but never printed is
 * recorded as `unavailable`.
 */
import type { DepartmentGoal, Performance, ProjectGoal, Table, Unit } from '../../data/schema.js';
import type { FoundTable, ReportNote } from '../report.js';
import type { PartResult, RecogniseContext } from './part.js';
import { cellsAfterNote, goalAfterNote, namesAfterNote } from './goals/after-note.js';
import { cellStream } from './goals/cells.js';
import { readCombined } from './goals/combined.js';
import { placeFooterFigures, readForm } from './goals/form.js';
import { findHeader } from './goals/header.js';
import { knownTargets, partKnownTarget } from './goals/known-targets.js';
import { hasTarget, readIndicators } from './goals/indicators.js';
import { readTasks } from './goals/tasks.js';
import { findGoalTables, type GoalTitle } from './goals/titles.js';
import { squash } from './tables/text.js';

export function recognisePerformance(context: RecogniseContext): PartResult<{ performance?: Performance; tables: Table[] }> {
  const { blocks } = context.source;
  const titles = findGoalTables(blocks);
  const tables: Table[] = [];
  const found: FoundTable[] = [];
  const notes: ReportNote[] = [];
  const used: number[] = [];
  const projects: ProjectGoal[] = [];
  const units: NonNullable<Performance['units']> = [];
  let department: DepartmentGoal | undefined;
  const knownUnits = context.tables.flatMap((table) => table.rows.filter((row) => row.role === 'unit').map((row) => row.name.trim()));
  const projectTitles = titles.filter((title) => title.kind === 'project-goals');
  let unit: Unit = context.unit;
  // A title the tables recogniser found printed (a blank form with its title at its foot) is not an absent goal table.
  const printedTables = new Set(context.tables.filter((table) => table.status !== 'unavailable').map((table) => squash(table.title)));
  for (const title of titles) {
    if (title.regions.length === 0 && printedTables.has(squash(title.title))) continue;
    const id = title.kind === 'department-goals' ? 'department-goals' : projectTitles.length > 1 ? `project-goals-${projectTitles.indexOf(title) + 1}` : 'project-goals';
    tables.push({
      id,
      kind: title.kind,
      ...(title.number ? { number: title.number } : {}),
      title: title.title,
      status: title.regions.length > 0 ? 'published' : 'unavailable',
      ...(title.note ? { note: title.note } : {}),
      columns: [],
      rows: [],
    });
    found.push({ id, kind: title.kind, ...(title.number ? { number: title.number } : {}), title: title.title, status: title.regions.length > 0 ? 'published' : 'unavailable', rows: 0, ...(title.at ? { at: title.at } : {}), confidence: title.regions.length > 0 ? 0.9 : 0.6 });
    if (title.regions.length === 0) continue;
    // A table continued on the next page repeats its header there: keep the rows after it.
    const cells = title.regions.flatMap(([from, to], page) => {
      for (let i = from; i < to; i += 1) used.push(i);
      const pageCells = cellStream(blocks, from, to);
      const repeated = page > 0 ? findHeader(pageCells) : undefined;
      return repeated ? pageCells.slice(repeated.end + 1) : pageCells;
    });
    unit = tableUnit(cells.map((cell) => cell.text).join('\n')) ?? unit;
    const header = findHeader(cells);
    if (!header) {
      notes.push({ kind: 'ambiguity', table: id, message: { 'zh-CN': '绩效目标表未找到指标表头（一级指标），指标未读取', en: 'No indicator header (一级指标) found in the goal table; indicators not read' } });
      continue;
    }
    if (title.kind === 'project-goals' && header.combined) {
      const goalKey = cells.slice(0, header.start + 1).some((cell) => /实施期/.test(cell.text)) ? 'periodGoal' : 'goal';
      const combined = readCombined(cells.slice(header.end + 1), header.columns, unit, id, knownUnits, goalKey);
      projects.push(...combined.projects);
      units.push(...combined.units);
      continue;
    }
    const { tasks, taken } = title.kind === 'department-goals' ? readTasks(cells.slice(0, header.start), unit) : { tasks: [], taken: new Set() };
    const form = readForm(cells.slice(0, header.start).filter((cell) => !taken.has(cell)), unit);
    const footer = placeFooterFigures(form, cells.slice(header.end + 1), unit);
    if (footer.placed) {
      notes.push({ kind: 'assumption', table: id, message: { 'zh-CN': `${title.number ?? ''}${title.title}：金额印在表尾，按标签顺序读取（总额等于各项之和）`, en: `${title.number ?? ''}${title.title}: amounts printed at the table's foot, read in label order (the total equals its parts)` } });
    }
    let indicators = readIndicators(header.columns, footer.grid);
    const after = title.afterNote ? cellsAfterNote(blocks, title.afterNote) : [];
    if (after.length > 0) {
      const goal = form.goal ? undefined : goalAfterNote(after);
      const named = namesAfterNote(indicators, after);
      if (goal) form.goal = goal;
      if (named) indicators = named;
      if (goal || named) {
        for (const cell of after) used.push(cell.block);
        notes.push({ kind: 'assumption', table: id, message: { 'zh-CN': `${title.number ?? ''}${title.title}：${named ? '指标名称' : '目标'}印在表注之后，按顺序读取`, en: `${title.number ?? ''}${title.title}: its ${named ? 'indicator names' : 'goal'} printed after the table's note, read in order` } });
      }
      if (!named && after.some((cell) => !/^[\d,.]+$/.test(cell.text)) && !indicators.some(hasTarget)) {
        notes.push({ kind: 'ambiguity', table: id, message: { 'zh-CN': `${title.number ?? ''}${title.title}：表注之后的文字与指标行数不符，指标名称与指标值未拆分`, en: `${title.number ?? ''}${title.title}: the text after the table's note does not match its indicator rows; names and targets not told apart` } });
      }
    }
    if (title.kind === 'project-goals' && !form.name) {
      // A form that names no project is not a project. Blank throughout, it is the template a department without
      // such projects publishes ("应公开空表"), which the tables recogniser keeps as an empty table with its note.
      // With figures in it, the report says what was not read; an amount label printed with no figure (null) is blank.
      const filled = indicators.some((indicator) => indicator.valueText) || typeof form.amount === 'number';
      if (!filled) {
        tables.pop();
        found.pop();
      }
      const where = `${title.number ?? ''}${title.title}`;
      notes.push(
        filled
          ? { kind: 'ambiguity', table: id, message: { 'zh-CN': `${where}：未写项目名称，其指标未读取`, en: `${where}: names no project; its indicators were not read` } }
          : { kind: 'assumption', message: { 'zh-CN': `${where}：空白表格，不是项目绩效目标`, en: `${where}: a blank form, not a project's goals` } },
      );
      continue;
    }
    if (title.kind === 'project-goals') {
      const { funding, ...rest } = form;
      projects.push({ table: id, ...(title.number ? { number: title.number } : {}), ...rest, ...(funding.length > 0 ? { funding } : {}), indicators });
    } else {
      department = { table: id, ...(form.name ? { name: form.name } : {}), tasks, ...(form.funding.length > 0 ? { funding: form.funding } : {}), ...(form.goal ? { goal: form.goal } : {}), ...(form.fields ? { fields: form.fields } : {}), indicators };
    }
  }
  notes.push(...partKnownTargets([...projects, ...(department ? [department] : [])]));
  const performance: Performance | undefined =
    projects.length > 0 || department ? { ...(units.length > 0 ? { units } : {}), projects, ...(department ? { department } : {}) } : undefined;
  return { value: { ...(performance ? { performance } : {}), tables }, used, notes, found };
}


/**
 * Worded targets glued to a name, parted where another row of the document prints the same target as a cell of its
 * own (an assumption the report states), and the rows still without a target (the report lists them as uncertain).
 */
function partKnownTargets(goals: readonly (ProjectGoal | DepartmentGoal)[]): ReportNote[] {
  const known = knownTargets(goals.flatMap((goal) => goal.indicators));
  const notes: ReportNote[] = [];
  for (const goal of goals) {
    const parted: string[] = [];
    goal.indicators = goal.indicators.map((indicator) => {
      const part = partKnownTarget(indicator, known);
      if (part) parted.push(part.name);
      return part ?? indicator;
    });
    const where = goal.name ?? goal.table;
    if (parted.length > 0) {
      const list = parted.join('；');
      notes.push({ kind: 'assumption', table: goal.table, message: { 'zh-CN': `${where}：指标值与指标名称粘连，按本文件其他行印出的同一指标值拆分（${list}）`, en: `${where}: a worded target glued to the indicator's name, parted where another row of the document prints the same target (${list})` } });
    }
    const untargeted = goal.indicators.filter((indicator) => !hasTarget(indicator)).map((indicator) => indicator.name);
    if (untargeted.length > 0) {
      const list = untargeted.join('；');
      notes.push({ kind: 'ambiguity', table: goal.table, message: { 'zh-CN': `${where}：以下指标未读出指标值，名称中可能含有指标值，请核对（${list}）`, en: `${where}: no target read for these indicators; their names may hold it, please check (${list})` } });
    }
  }
  return notes;
}

/** The unit a goal table prints (单位：万元, 金额单位：元, 资金支出计划（万元）). */
function tableUnit(text: string): Unit | undefined {
  const printed = /单位[:：]\s*(万元|亿元|元)|[（(](万元|亿元|元)[）)]/.exec(text);
  return (printed?.[1] ?? printed?.[2]) as Unit | undefined;
}

export type { GoalTitle };

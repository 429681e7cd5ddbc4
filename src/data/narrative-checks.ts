/**
 * Checks of what a disclosure says about itself outside its tables: narrative figures on the
 * split of expenditure (基本 / 项目 / 人员 / 公用, 机关运行经费) and the coverage of its goal tables.
 */
import type { BudgetDocument, Statement, StatementSubject, Table } from './schema.js';
import { halfUnit, type Checker } from './checker.js';
import { amount, rowByKey, sum, tableOf, totalRow, generalBudgetCoversYear } from './figures.js';

type Where = [table: Table | undefined, column: string];

const TERMS: Partial<Record<StatementSubject, { zh: string; en: string }>> = {
  basic: { zh: '基本支出', en: 'basic expenditure' },
  project: { zh: '项目支出', en: 'project expenditure' },
  personnel: { zh: '人员经费', en: 'personnel costs' },
  operating: { zh: '公用经费', en: 'operating costs' },
  'operating-costs': { zh: '机关运行经费', en: 'administrative operating costs' },
};

/**
 * Where the tables print the figure a statement restates, most direct first. Over all funds:
 * 支出总表's 合计, else the 收支总表's own line. For the general public budget: its
 * 基本支出表 and 支出表. 机关运行经费 is, by its definition in every glossary, the 公用经费 of
 * fiscal appropriations: the 一般公共预算基本支出表's 公用经费.
 */
function placesOf(doc: BudgetDocument, { subject, fund }: Statement): Where[] {
  const expenditure = tableOf(doc, 'expenditure');
  const basic = tableOf(doc, 'general-budget-basic');
  const general = tableOf(doc, 'general-budget-expenditure');
  if (subject === 'operating-costs') return [[basic, 'operating']];
  if (fund === 'general-budget') {
    if (subject === 'basic') return [[basic, 'total'], [general, 'basic']];
    if (subject === 'project') return [[general, 'project']];
    return [[basic, subject]];
  }
  if (fund !== undefined) return [];
  if (subject === 'basic' || subject === 'project') return [[expenditure, subject], [tableOf(doc, 'overview'), subject]];
  // 人员 / 公用 over all funds: the general budget's figures only when it is the whole year.
  return [[expenditure, subject], ...(generalBudgetCoversYear(doc) ? [[basic, subject] as Where] : [])];
}

/** The figure at a place: the 合计 row's cell, or for a 收支总表 the line with that key. */
function figureAt([table, column]: Where): number | undefined {
  if (table?.kind === 'overview') return amount(rowByKey(table, column), 'amount');
  return amount(totalRow(table), column);
}

export function checkSplitStatements(c: Checker): void {
  const overview = tableOf(c.doc, 'overview');
  c.doc.statements?.forEach((statement, i) => {
    const term = TERMS[statement.subject];
    if (!term || statement.amount === undefined) return;
    const place = placesOf(c.doc, statement).find((where) => figureAt(where) !== undefined);
    if (!place) return;
    const [table, key] = place;
    const label = table!.kind === 'overview' ? rowByKey(table, key)!.name.trim() : table!.columns.find((col) => col.key === key)?.label ?? key;
    const fund = statement.fund === 'general-budget' ? { zh: '一般公共预算', en: 'general public budget ' } : { zh: '', en: '' };
    c.compare(
      ['statements', i, 'amount'],
      {
        zh: `说明中的${fund.zh}${term.zh}与「${table!.title}」${label}不符`,
        en: `${fund.en}${term.en} in the narrative differs from ${label} in "${table!.title}"`,
      },
      statement.amount,
      figureAt(place)!,
      1,
      { unit: statement.unit ?? overview?.unit },
    );
  });
}

/**
 * Goal tables whose units add up to more than 项目支出 also cover basic expenditure (人员类 and
 * 运转类 projects, as Sichuan budgets every line as a project): their total is the year's budget.
 * Tables that cover projects only are checked against their projects alone.
 */
export function checkGoalCoverage(c: Checker): void {
  const units = c.doc.performance?.units?.map((u) => u.amount).filter((n): n is number => n != null) ?? [];
  const overview = tableOf(c.doc, 'overview');
  const thisYear = amount(rowByKey(overview, 'expenditure-this-year'), 'amount');
  const project = amount(totalRow(tableOf(c.doc, 'expenditure')), 'project') ?? amount(rowByKey(overview, 'project'), 'amount');
  if (!units.length || thisYear === undefined || project === undefined) return;
  const total = sum(units);
  if (total <= project + halfUnit(c.doc, undefined)) return;
  c.compare(
    ['performance', 'units'],
    { zh: '绩效目标表单位合计与本年支出合计不符', en: 'unit total in the goal tables differs from expenditure this year' },
    total,
    thisYear,
    c.doc.performance!.projects.length,
  );
}

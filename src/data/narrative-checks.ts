/**
 * Checks of what a disclosure says about itself outside its tables: the figures its narrative
 * states (totals, funds, 基本 / 项目 / 人员 / 公用, 机关运行经费, 三公) and the coverage of its goal tables.
 */
import type { BudgetDocument, Statement, Table } from './schema.js';
import { halfUnit, type Checker } from './checker.js';
import { amount, rowByKey, sum, tableOf, totalRow } from './figures.js';
import { catalogue, subjectLabel, type Lang } from '../i18n/index.js';

type Where = [table: Table | undefined, column: string];

/** Statement subjects that restate a line of the 收支总表. */
const OVERVIEW_LINES = ['income-total', 'expenditure-total', 'income-this-year', 'expenditure-this-year'];
const FUNDS = ['general-budget', 'gov-fund', 'state-capital', 'special-account'];

/** 一般公共预算基本支出 / Basic expenditure (general public budget): the catalogue's terms. */
function term(lang: Lang, { subject, fund }: Statement): string {
  const t = catalogue(lang);
  const fundName = fund === 'general-budget' && subject !== fund ? t.fundNames[fund] : '';
  const name = subjectLabel(t, subject);
  return lang === 'en' ? `${name}${fundName && ` (${fundName.toLowerCase()})`}` : fundName + name;
}

/**
 * Where the tables print the figure a statement restates, most direct first. The totals, and a
 * fund's appropriation (一般公共预算拨款 …): their 收支总表 lines. 三公: the 三公 table. 基本 / 项目 over
 * all funds: 支出总表's 合计, else the 收支总表's own line. For the general public budget: its
 * 基本支出表, else its 支出表. 机关运行经费 is, by its definition in every glossary, the 公用经费 of
 * fiscal appropriations: the 一般公共预算基本支出表's 公用经费.
 */
function placesOf(doc: BudgetDocument, { subject, fund }: Statement): Where[] {
  const overview = tableOf(doc, 'overview');
  const basic = tableOf(doc, 'general-budget-basic');
  if (FUNDS.includes(subject)) return fund === subject ? [[overview, subject]] : [];
  if (subject === 'operating-costs') return [[basic, 'operating']];
  if (fund === 'general-budget') return [[basic, subject === 'basic' ? 'total' : subject], [tableOf(doc, 'general-budget-expenditure'), subject]];
  if (fund || OVERVIEW_LINES.includes(subject)) return fund ? [] : [[overview, subject]];
  if (subject === 'sangong') return [[tableOf(doc, 'sangong'), 'total']];
  return [[tableOf(doc, 'expenditure'), subject], [overview, subject]];
}

/** The figure at a place and its label: the 合计 row's cell, or in a 收支总表 the line with that key. */
function figureAt([table, key]: Where): { value: number; label: string } | undefined {
  const overview = table?.kind === 'overview';
  const row = overview ? rowByKey(table, key) : totalRow(table);
  const value = amount(row, overview ? 'amount' : key);
  if (value === undefined) return undefined;
  return { value, label: overview ? row!.name.trim() : table!.columns.find((col) => col.key === key)!.label };
}

export function checkSplitStatements(c: Checker): void {
  const overview = tableOf(c.doc, 'overview');
  c.doc.statements?.forEach((statement, i) => {
    if (statement.amount === undefined) return;
    for (const place of placesOf(c.doc, statement)) {
      const figure = figureAt(place);
      if (!figure) continue;
      const title = place[0]!.title;
      c.compare(
        ['statements', i, 'amount'],
        { zh: `说明中的${term('zh-CN', statement)}与「${title}」${figure.label}不符`, en: `${term('en', statement)} in the narrative differs from ${figure.label} in "${title}"` },
        statement.amount,
        [figure.value],
        { unit: statement.unit ?? overview?.unit },
      );
      return;
    }
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
    [thisYear],
    undefined,
    c.doc.performance!.projects.length,
  );
}

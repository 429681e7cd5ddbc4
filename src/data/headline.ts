/**
 * The headline of a disclosure, as <budget-summary> shows it: totals, income by source,
 * expenditure by function class with the 基本 / 项目 split, carry-overs and the published
 * year-over-year changes. Pure: document in, figures out.
 */
import type { BudgetDocument, Row, Statement, Table } from './schema.js';
import { amount, classRows, explainedStatements, functionSectionKey, generalBudgetCoversYear, rowByKey, sum, tableOf, totalRow } from './figures.js';
import { BUSINESS_FUND, INCOME_SOURCES } from './vocabulary.js';

export interface Line {
  key: string;
  /** Label as published. */
  name: string;
  amount: number;
}

export interface FunctionLine extends Line {
  code: string;
  basic?: number;
  project?: number;
  /** True when a figure was computed (items added up, or 人员 + 公用) rather than printed for the class. */
  basicDerived?: boolean;
  projectDerived?: boolean;
}

export interface Headline {
  incomeTotal?: number;
  expenditureTotal?: number;
  incomeThisYear?: number;
  expenditureThisYear?: number;
  carryOver?: number;
  carryForward?: number;
  /** Income lines with a non-zero published amount, in published order. */
  income: Line[];
  /** Function classes (类) with a non-zero published amount. */
  functions: FunctionLine[];
  basic?: number;
  personnel?: number;
  operating?: number;
  project?: number;
  /** Narrative statements on the totals that publish a change or an explanation. */
  changes: Statement[];
}

const INCOME_KEYS = [...INCOME_SOURCES, BUSINESS_FUND];

/** 基本支出 of a row: its own column, else 人员经费 + 公用经费 (then derived). */
function basicOf(row: Row): { value?: number; derived: boolean } {
  const own = amount(row, 'basic');
  if (own !== undefined) return { value: own, derived: false };
  const parts = [amount(row, 'personnel'), amount(row, 'operating')].filter((n): n is number => n !== undefined);
  return parts.length ? { value: sum(parts), derived: true } : { derived: false };
}

/**
 * The table that splits expenditure into 基本 / 项目 by function: 支出总表, else (when it is
 * split by fund instead) 一般公共预算支出表 if that covers the whole year's expenditure.
 */
function splitTable(doc: BudgetDocument): Table | undefined {
  const splits = (t: Table | undefined) => t?.columns.some((c) => c.key === 'basic' || c.key === 'project' || c.key === 'personnel');
  const expenditure = tableOf(doc, 'expenditure');
  if (splits(expenditure)) return expenditure;
  const general = generalBudgetCoversYear(doc);
  return splits(general) ? general : undefined;
}

/** Basic / project of one class: its own row, else the sum of its printed items (derived). */
function classSplit(table: Table | undefined, code: string): Pick<FunctionLine, 'basic' | 'project' | 'basicDerived' | 'projectDerived'> {
  const rows = classRows(table, code);
  if (!rows.length) return {};
  const fromItems = rows[0]!.code.length > code.length;
  const basics = rows.map(basicOf);
  const basicValues = basics.map((b) => b.value).filter((n): n is number => n !== undefined);
  const projects = rows.map((r) => amount(r, 'project')).filter((n): n is number => n !== undefined);
  return {
    basic: basicValues.length ? sum(basicValues) : undefined,
    project: projects.length ? sum(projects) : undefined,
    basicDerived: fromItems || basics.some((b) => b.derived),
    projectDerived: fromItems,
  };
}

export function headline(doc: BudgetDocument): Headline {
  const overview = tableOf(doc, 'overview');
  const figure = (key: string) => amount(rowByKey(overview, key), 'amount');
  const split = splitTable(doc);
  const functionSection = functionSectionKey(overview);

  const income = (overview?.rows ?? [])
    .filter((r) => INCOME_KEYS.includes(r.key ?? '') && amount(r, 'amount'))
    .map((r) => ({ key: r.key!, name: r.name, amount: amount(r, 'amount')! }));

  const functions = (overview?.rows ?? [])
    .filter((r) => r.section === functionSection && r.code?.length === 3 && amount(r, 'amount'))
    .map((r) => ({ key: r.code!, code: r.code!, name: r.name, amount: amount(r, 'amount')!, ...classSplit(split, r.code!) }));

  // 基本 / 项目 over all fund types: 支出总表's total, else the statement's own 基本支出 / 项目支出 lines.
  const total = totalRow(tableOf(doc, 'expenditure'));
  const basicTable = tableOf(doc, 'general-budget-basic') ?? tableOf(doc, 'basic-by-dept-economic');
  const basicTotal = totalRow(basicTable);
  return {
    incomeTotal: figure('income-total'),
    expenditureTotal: figure('expenditure-total'),
    incomeThisYear: figure('income-this-year'),
    expenditureThisYear: figure('expenditure-this-year'),
    carryOver: figure('carry-over'),
    carryForward: figure('carry-forward'),
    income,
    functions,
    basic: amount(total, 'basic') ?? figure('basic'),
    project: amount(total, 'project') ?? figure('project'),
    personnel: amount(basicTotal, 'personnel'),
    operating: amount(basicTotal, 'operating'),
    changes: explainedStatements(doc).filter((s) => ['income-total', 'expenditure-total', 'income-this-year', 'expenditure-this-year', 'basic', 'project'].includes(s.subject)),
  };
}

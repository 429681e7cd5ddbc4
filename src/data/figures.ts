/** Small accessors over the normalised document, shared by the CLI and the elements. */
import type { BudgetDocument, Row, Statement, Table, TableKind } from './schema.js';

export const tablesOf = (doc: BudgetDocument, kind: TableKind): Table[] => doc.tables.filter((t) => t.kind === kind);

/** The first published table of a kind. */
export const tableOf = (doc: BudgetDocument, kind: TableKind): Table | undefined =>
  tablesOf(doc, kind).find((t) => t.status === 'published');

/** A numeric cell, or undefined when blank or text. */
export function amount(row: Row | undefined, column: string): number | undefined {
  const value = row?.values[column];
  return typeof value === 'number' ? value : undefined;
}

export const rowByKey = (table: Table | undefined, key: string): Row | undefined => table?.rows.find((r) => r.key === key);

/** The first 合计 row of a table. */
export const totalRow = (table: Table | undefined): Row | undefined => table?.rows.find((r) => r.role === 'total');

/** Level of a classification code, from its length: 3 → 1 (类), 5 → 2 (款), 7 → 3 (项). */
export const codeLevel = (code: string): number => Math.ceil((code.length - 1) / 2);

/** Depth of a row: explicit, or from the code length. */
export function levelOf(row: Row): number {
  if (row.level !== undefined) return row.level;
  if (row.code === undefined) return row.role === 'total' ? 0 : 1;
  return Math.max(1, codeLevel(row.code));
}

/** Adds amounts in 元 without binary drift (amounts have at most two decimals); a blank one counts as 0. */
export const sum = (values: readonly (number | undefined)[]): number => Math.round(values.reduce<number>((a, b) => a + Math.round((b ?? 0) * 100), 0)) / 100;

/**
 * The rows that carry one function class (类) in a table: the class row itself, else its
 * 款 rows, else its 项 rows (tables such as 支出总表 often print only the 项).
 */
export function classRows(table: Table | undefined, code: string): (Row & { code: string })[] {
  const coded = (table?.rows ?? []).filter((r): r is Row & { code: string } => r.code !== undefined && r.code.startsWith(code));
  for (const length of [code.length, code.length + 2, code.length + 4]) {
    const rows = coded.filter((r) => r.code.length === length);
    if (rows.length) return rows;
  }
  return [];
}

/** Strips the list numbering printed before a label: 一、 （二） 3、 (4) */
export const withoutListNumber = (label: string): string =>
  label.replace(/^\s*(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*/u, '').trim();

/** Key of a statement's section that lists expenditure by function class. */
export const functionSectionKey = (table: Table | undefined): string | undefined =>
  table?.sections?.find((s) => s.side === 'expenditure' && (s.classification ?? 'function') === 'function')?.key;

/** 一般公共预算支出表, when its total is the whole year's expenditure (the department spends nothing else). */
export function generalBudgetCoversYear(doc: BudgetDocument): Table | undefined {
  const general = tableOf(doc, 'general-budget-expenditure');
  const thisYear = amount(rowByKey(tableOf(doc, 'overview'), 'expenditure-this-year'), 'amount');
  return thisYear !== undefined && amount(totalRow(general), 'total') === thisYear ? general : undefined;
}

/** Statements that explain a change: their wording or their reason is published. */
export const explainedStatements = (doc: BudgetDocument): Statement[] => (doc.statements ?? []).filter((s) => s.changeText || s.explanation);

/**
 * Arithmetic consistency: warnings, never rejections. Real disclosures contain
 * differences (often 尾数误差, rounding in the last printed digit); the library keeps
 * the published figures and reports each difference with both figures.
 *
 * Figures are compared at the published precision: a difference that would show when
 * printed is reported. It is marked `rounding` when rounding each summed figure to the
 * published unit could explain it.
 */
import type { BudgetDocument, Row, Table } from './schema.js';
import { Checker, type ConsistencyWarning } from './checker.js';
import { amount, classRows, functionSectionKey, rowByKey, sum, tableOf, totalRow } from './figures.js';
import { childrenOf, parents } from './outline.js';
import { columnsFor } from './references.js';
import { BUSINESS_FUND, INCOME_SOURCES } from './vocabulary.js';
import { checkGoalCoverage, checkSplitStatements } from './narrative-checks.js';

export type { ConsistencyWarning } from './checker.js';

const EXPENDITURE_PARTS = ['basic', 'project', 'remit-to-higher', 'business-expenditure', 'subordinate-subsidy'];
const BASIC_PARTS = ['personnel', 'operating'];
/** Columns that add up to 合计 in a table split by source of funds. */
const FUND_PARTS = ['current-year', 'carry-over', ...INCOME_SOURCES, BUSINESS_FUND];
const SANGONG_PARTS = ['outbound', 'vehicles', 'reception'];
const VEHICLE_PARTS = ['vehicle-purchase', 'vehicle-operation'];

const amountColumns = (table: Table, row: Row) => columnsFor(table, row.section).filter((column) => (column.type ?? 'amount') === 'amount');
/** A row as a reader finds it: its code (or unit code) and name. */
const rowLabel = (row: Row) => [row.code ?? row.unit, row.name.trim()].filter(Boolean).join(' ');
const cellPath = (t: number, row: number, column: string) => ['tables', t, 'rows', row, 'values', column];

/** Compares the figure in one cell of a table with the sum of its parts; the message opens with the table's title. */
type CellCheck = (row: number, column: string, what: { zh: string; en: string }, stated: number | undefined, parts: (number | undefined)[]) => void;

const cellCheck =
  (c: Checker, table: Table, t: number): CellCheck =>
  (row, column, { zh, en }, stated, parts) =>
    c.compare(cellPath(t, row, column), { zh: `「${table.title}」${zh}`, en: `"${table.title}" ${en}` }, stated, parts, table);

function checkSum(check: CellCheck, table: Table, parent: number, kids: number[]) {
  const rows = table.rows;
  const row = rows[parent]!;
  for (const column of amountColumns(table, row)) {
    const values = kids.map((k) => amount(rows[k], column.key));
    const stated = amount(row, column.key);
    // A breakdown printed blank (其中 lines left empty) publishes no figures to compare.
    if (values.every((v) => v === undefined)) continue;
    const name = row.name.trim();
    check(parent, column.key, { zh: `“${name}”${column.label}与下级合计不符`, en: `"${name}" ${column.label} differs from the sum of its items` }, stated, values);
  }
}

/**
 * The top of a line of only children (合计 → a unit → its one sub-unit → its one item): every
 * row of such a line prints the same figures, and the top one, the nearest to the 合计 that
 * other tables confirm, is the reference.
 */
function chainHead(parent: readonly number[], children: readonly number[][], row: number): number {
  let head = row;
  while (parent[head]! >= 0 && children[parent[head]!]!.length === 1) head = parent[head]!;
  return head;
}

/**
 * An only child is its parent's whole breakdown: it must print the figures of the top of its
 * line in every column. Checked cell by cell, a blank cell as 0, so that a figure printed one
 * column off is reported where it is and where it is missing, on the row that moved it.
 * A row that prints no figure at all is a breakdown left blank, as above.
 */
function checkOnlyChild(check: CellCheck, table: Table, child: number, head: number) {
  const row = table.rows[child]!;
  const top = table.rows[head]!;
  const columns = amountColumns(table, row);
  if (columns.every((column) => amount(row, column.key) === undefined)) return;
  for (const column of columns) {
    const stated = amount(row, column.key);
    const expected = amount(top, column.key);
    check(
      child,
      column.key,
      { zh: `“${rowLabel(row)}”${column.label}与“${rowLabel(top)}”不符`, en: `"${rowLabel(row)}" ${column.label} differs from "${rowLabel(top)}"` },
      stated,
      [expected],
    );
  }
}

function checkTable(c: Checker, table: Table, t: number) {
  const check = cellCheck(c, table, t);
  const rows = table.rows;
  const parent = parents(rows);
  const children = childrenOf(parent);
  // Children add up to their parent, column by column.
  children.forEach((kids, p) => {
    if (kids.length > 1) checkSum(check, table, p, kids);
    else if (kids.length === 1) checkOnlyChild(check, table, kids[0]!, chainHead(parent, children, p));
  });
  // Columns add up across each row: 合计 = 基本 + 项目, 基本 = 人员 + 公用, 合计 = Σ fund sources, 三公 parts.
  rows.forEach((row, r) => {
    const keys = new Set(columnsFor(table, row.section).map((col) => col.key));
    const rule = (whole: string, parts: string[]) => {
      const present = parts.filter((k) => keys.has(k));
      if (!keys.has(whole) || present.length === 0) return;
      const name = row.name.trim();
      check(r, whole, { zh: `“${name}”合计与分项之和不符`, en: `"${name}" total differs from the sum of its columns` }, amount(row, whole), present.map((k) => amount(row, k)));
    };
    // Without a 基本支出 column, 人员 and 公用 stand in for it.
    rule('total', keys.has('basic') ? EXPENDITURE_PARTS : [...EXPENDITURE_PARTS, ...BASIC_PARTS]);
    rule('total', FUND_PARTS);
    rule('basic', BASIC_PARTS);
    rule('total', SANGONG_PARTS);
    rule('vehicles', VEHICLE_PARTS);
  });
  if (table.kind === 'overview' || table.kind === 'fiscal-overview') checkStatement(check, table);
}

/** Two-sided statements: lines add up to 本年收入合计, carry-overs to 总计, and both sides balance. */
function checkStatement(check: CellCheck, table: Table) {
  const index = (key: string, section?: string) =>
    table.rows.findIndex((r) => r.key === key && (section === undefined || r.section === section));
  // A statement's figure column is 预算数 (amount), or 合计 (total) when a side is split by fund.
  const figure = (r: Row | undefined) => amount(r, 'amount') ?? amount(r, 'total');
  const value = (i: number) => (i >= 0 ? figure(table.rows[i]) : undefined);
  const lines = (predicate: (r: Row) => boolean) => table.rows.filter(predicate).map((r) => figure(r) ?? 0);
  const line = (i: number, what: { zh: string; en: string }, parts: (number | undefined)[]) => check(i, 'amount', what, value(i), parts);

  const incomeThisYear = index('income-this-year');
  if (incomeThisYear >= 0) {
    const section = table.rows[incomeThisYear]!.section;
    line(incomeThisYear, { zh: '本年收入合计与各项收入之和不符', en: 'income this year differs from the sum of its sources' }, lines((r) => r.section === section && INCOME_SOURCES.includes(r.key ?? '')));
  }
  const incomeTotal = index('income-total');
  if (incomeTotal >= 0 && incomeThisYear >= 0) {
    const extra = lines((r) => r.key === 'carry-over' || r.key === BUSINESS_FUND);
    line(incomeTotal, { zh: '收入总计与本年收入加上年结转不符', en: 'total income differs from income this year plus carry-over' }, [value(incomeThisYear), ...extra]);
  }
  for (const section of table.sections?.filter((s) => s.side === 'expenditure') ?? [{ key: undefined, classification: 'function' }]) {
    const thisYear = index('expenditure-this-year', section.key);
    if (thisYear >= 0 && section.classification === 'function') {
      line(thisYear, { zh: '本年支出合计与各功能分类之和不符', en: 'expenditure this year differs from the sum of the function classes' }, lines((r) => r.section === section.key && r.code?.length === 3));
    }
    const total = index('expenditure-total', section.key);
    if (total >= 0 && thisYear >= 0) {
      line(total, { zh: '支出总计与本年支出加年终结转不符', en: 'total expenditure differs from expenditure this year plus carry-forward' }, [value(thisYear), value(index('carry-forward', section.key))]);
    }
    if (total >= 0 && incomeTotal >= 0) {
      line(total, { zh: '收支总计不平衡', en: 'total income and total expenditure differ' }, [value(incomeTotal)]);
    }
  }
}

/** Figures that several tables (and the narrative) publish must agree. */
function checkAcrossTables(c: Checker) {
  const doc = c.doc;
  const overview = tableOf(doc, 'overview');
  const stated = (key: string) => amount(rowByKey(overview, key), 'amount');
  const agree = (table: Table | undefined, column: string, reference: number | undefined, what: { zh: string; en: string }) => {
    const row = totalRow(table);
    const figure = amount(row, column);
    if (!table || !row || figure === undefined || reference === undefined) return;
    c.compare(cellPath(doc.tables.indexOf(table), table.rows.indexOf(row), column), what, figure, [reference], table);
  };
  agree(tableOf(doc, 'income'), 'total', stated('income-total'), { zh: '收入总表合计与收支总表收入总计不符', en: 'income table total differs from total income in the overview' });
  agree(tableOf(doc, 'expenditure'), 'total', stated('expenditure-this-year'), { zh: '支出总表合计与收支总表本年支出合计不符', en: 'expenditure table total differs from expenditure this year in the overview' });

  // Each function class of the statement against 支出总表 (its class row, or its items added up).
  const expenditure = tableOf(doc, 'expenditure');
  const functionSection = functionSectionKey(overview);
  overview?.rows.forEach((row, r) => {
    const published = amount(row, 'amount');
    if (row.section !== functionSection || row.code?.length !== 3 || published === undefined) return;
    const items = classRows(expenditure, row.code).map((item) => amount(item, 'total')).filter((n) => n !== undefined);
    if (!items.length) return;
    const name = row.name.trim();
    c.compare(cellPath(doc.tables.indexOf(overview), r, 'amount'), { zh: `收支总表“${name}”与支出总表不符`, en: `"${name}" in the overview differs from the expenditure table` }, published, items, overview);
  });

  const sangong = doc.sangong;
  if (sangong) {
    const s = sangong.current;
    const parts = { zh: '“三公”经费合计与各项之和不符', en: '"three public expenses" total differs from the sum of its parts' };
    c.compare(['sangong', 'current', 'total'], parts, s.total, [s.outbound, s.vehicles, s.reception]);
    c.compare(['sangong', 'current', 'vehicles'], { zh: '公务用车购置及运行费与购置费、运行费之和不符', en: 'official vehicles differ from purchase plus operation' }, s.vehicles, [s.vehiclePurchase, s.vehicleOperation]);
    const tables = doc.tables.filter((t) => t.kind === 'sangong' && t.status === 'published');
    const tableTotals = tables.map((t) => amount(totalRow(t), 'total')).filter((n) => n !== undefined);
    if (tableTotals.length) {
      c.compare(['sangong', 'current', 'total'], { zh: '“三公”经费与“三公”经费表合计不符', en: '"three public expenses" differ from the total of their table' }, s.total, tableTotals);
    }
  }

  const performance = doc.performance;
  if (performance?.projects.length) {
    const units = performance.units?.map((u) => u.amount).filter((n) => n != null) ?? [];
    if (units.length) {
      c.compare(['performance', 'units'], { zh: '绩效目标表单位合计与各项目金额之和不符', en: 'unit total in the goal tables differs from the sum of its projects' }, sum(units), performance.projects.map((p) => p.amount ?? 0));
    }
  }
}

export function consistencyWarnings(doc: BudgetDocument): ConsistencyWarning[] {
  const checker = new Checker(doc);
  doc.tables.forEach((table, t) => {
    if (table.status === 'published') checkTable(checker, table, t);
  });
  checkAcrossTables(checker);
  checkSplitStatements(checker);
  checkGoalCoverage(checker);
  return checker.warnings;
}

/**
 * A statement's side with several columns (合计 / 一般公共预算 / 政府性基金 / 国有资本经营) whose lines lost their
 * blank cells ("城乡社区支出 312.62 312.62"): the arithmetic (arithmetic.ts) puts their figures back, as in a table.
 * The side's 合计 column is the sum of its fund columns, its 本年支出 line the sum of its classes, and each fund
 * column of that line equals the side's income from that fund (the income side's lines of that fund, this year's
 * and carried over), which chooses among the placements of that line that add up. A line it cannot decide keeps
 * its 合计 only (nothing, when the side's first column is not its 合计), and the report says so.
 */
import type { Column, Row, Unit } from '../../../data/schema.js';
import type { ReportNote } from '../../report.js';
import { hundredths, hundredthsOfYuan, placeFigures, sumsOf, undecidedNote, type ArithmeticRow, type StatedFigure } from './arithmetic.js';
import { buildRow } from './rows.js';

/** A line of a side whose figures are fewer than the side's columns: its row in `rows` and its printed figures. */
export interface OpenLine {
  row: number;
  figures: string[];
}

/** A row's amount under `key` (text cells are no amount). */
const amountOf = (row: Row, key: string): number | undefined => {
  const value = row.values[key];
  return typeof value === 'number' ? value : undefined;
};

const THIS_YEAR = /^(expenditure|income)-this-year$/;

/** Each fund column's figure as the income side states it, in hundredths of the printed unit. */
function incomeByFund(income: Row[], keys: string[], unit: Unit): StatedFigure[] {
  return keys.flatMap((key, c) => {
    const amounts = income.filter((r) => r.key === key).flatMap((r) => amountOf(r, 'amount') ?? []);
    if (c === 0 || amounts.length === 0) return [];
    const yuan = amounts.reduce((sum, a) => sum + a, 0);
    return [{ columns: [c], figure: hundredthsOfYuan(yuan, unit) }];
  });
}

/**
 * Places the figures of a side's open lines (`rows` is the statement's rows; a side's rows carry its section key).
 * Rows it decides get their values; the others keep the 合计 they already hold, with a note each.
 */
export function placeOpenLines(rows: Row[], section: string, columns: Column[], open: OpenLine[], unit: Unit, income: Row[]): ReportNote[] {
  const keys = columns.map((c) => c.key);
  const figuresOf = new Map(open.map((line) => [line.row, line.figures]));
  const stated = incomeByFund(income, keys, unit);
  const listed = rows.flatMap((row, i) => {
    if (row.section !== section) return [];
    const figures = figuresOf.get(i);
    const printed = keys.flatMap((key, c) => (amountOf(row, key) === undefined ? [] : [c]));
    if (!figures && printed.length === 0) return [];
    const line: ArithmeticRow = figures
      ? { figures: figures.map(hundredths) }
      : { figures: printed.map((c) => hundredthsOfYuan(amountOf(row, keys[c]!)!, unit)), places: printed };
    const total = THIS_YEAR.test(row.key ?? '');
    return [{ i, line: { ...line, ...(row.code ? { code: row.code } : {}), ...(total ? { total: true, stated } : {}) } }];
  });
  const placed = placeFigures(
    listed.map(({ line }) => line),
    keys.length,
    sumsOf(columns),
  );
  const notes: ReportNote[] = [];
  listed.forEach(({ i }, k) => {
    const figures = figuresOf.get(i);
    if (!figures) return;
    const places = placed.places[k];
    if (places) {
      const cells = Array<string>(keys.length).fill('');
      places.forEach((c, f) => (cells[c] = figures[f]!));
      rows[i] = { ...rows[i]!, values: buildRow({ lead: [], name: '', values: cells }, keys, unit).values };
      return;
    }
    notes.push(undecidedNote(rows[i]!.name, figures.length, keys.length, keys[0] === 'total'));
  });
  return notes;
}

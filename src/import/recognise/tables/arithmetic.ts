/**
 * Figures whose columns the extraction lost, put back by arithmetic. Single-space extraction drops blank cells
 * ("合 计 6,430.65 784.34 5,646.31" under five columns), so a row's figures keep their order but not their columns.
 * Two kinds of constraint decide where they stand:
 * - across a row: a total column is the sum of its parts, as the header says (合计 = the columns beside it; a 小计
 *   under a spanning header = the other columns under it);
 * - down the columns: the 合计 line is the sum of the top rows of the classification, and a code's row is the sum
 *   of its children's rows (208 = 20805 + 20899; 20805 = 2080505 + …).
 * Every order-keeping placement of each row is tried (depth first, a partial column sum above its parent's figure
 * cuts the branch when figures are not negative). A row is decided when all solutions place it alike, whichever
 * columns the 合计 line takes: when its parts fit several columns equally, the rows those choices move stay open
 * with the 合计 line, and the caller says so. What stays open is reported.
 */

import type { Unit } from '../../../data/schema.js';
import { parseFigure, toYuan } from '../../amount.js';
import type { ReportNote } from '../../report.js';

/** A printed figure in hundredths of the printed unit (a blank cell is 0). */
export const hundredths = (cell: string): number => Math.round((parseFigure(cell) ?? 0) * 100);

/** An amount in yuan in hundredths of the printed unit. */
export const hundredthsOfYuan = (yuan: number, unit: Unit): number => Math.round((yuan * 100) / toYuan(1, unit));

export interface ArithmeticRow {
  /** Figures in printed order, in hundredths of the printed unit (integers, so sums are exact). */
  figures: number[];
  /** Their columns when the layout kept blank cells; absent when blank cells were lost. */
  places?: number[];
  /** Classification code, which ties the row to its parent row. */
  code?: string;
  /** The table's 合计 line. */
  total?: boolean;
  /** Figures the document states elsewhere for some of the row's columns, or for the sum of a few of them. */
  stated?: StatedFigure[];
}

/** A figure (hundredths) stated for one column, or for the sum of several (基本支出 over every fund's 基本支出). */
export interface StatedFigure {
  columns: number[];
  figure: number;
}

/** Column `whole` holds the sum of columns `parts` in every row. */
export interface ColumnSum {
  whole: number;
  parts: number[];
}

export interface Placement {
  /** Each row's columns, or undefined when the arithmetic could not decide them. */
  places: (number[] | undefined)[];
  /** The 合计 line's figures add up in more than one choice of columns, so rows those choices move stay open. */
  undecidedTotal: boolean;
}

/** Rows with more placements than this are not searched (C(20, 10) is 184,756). */
const MAX_CANDIDATES = 4000;
/** Search effort before giving up, whatever the machine: a count of placements tried, never a time. */
const MAX_STEPS = 200_000;
/**
 * Effort over every choice of the 合计 line's columns together. A wide header (34 columns) lets the 合计 line fit
 * a hundred choices, each filled by the rows below in a few hundred steps.
 */
const MAX_TOTAL_STEPS = 2_000_000;

/** Every way to put k figures in `width` columns keeping their order, leftmost first. */
export function orderedPlacements(k: number, width: number): number[][] {
  const out: number[][] = [];
  const walk = (from: number, chosen: number[]) => {
    if (out.length > MAX_CANDIDATES) return;
    if (chosen.length === k) {
      out.push([...chosen]);
      return;
    }
    for (let c = from; c <= width - (k - chosen.length); c += 1) walk(c + 1, [...chosen, c]);
  };
  walk(0, []);
  return out;
}

const vectorOf = (figures: number[], places: number[], width: number): number[] => {
  const v = Array<number>(width).fill(0);
  places.forEach((c, i) => (v[c] = figures[i]!));
  return v;
};

/** Rounding of printed figures: each term may be half a unit of the last digit off. */
const tolerance = (terms: number): number => Math.max(1, Math.ceil(terms / 2));

const keepsSums = (v: number[], sums: ColumnSum[]): boolean =>
  sums.every(({ whole, parts }) => Math.abs(v[whole]! - parts.reduce((s, p) => s + v[p]!, 0)) <= tolerance(parts.length));

/**
 * The order-keeping placements of `figures` that keep the row's sums, found column by column: once a figure is put
 * in a column, every column left of it is settled (blank or placed), so each sum lying wholly there is checked
 * then. Wide headers (34 columns under three levels) have too many placements to list, but few that add up.
 * Undefined when there are more than MAX_CANDIDATES or the search passes MAX_STEPS.
 */
export function summingPlacements(figures: number[], width: number, sums: ColumnSum[]): number[][] | undefined {
  const reach = (sum: ColumnSum) => Math.max(sum.whole, ...sum.parts);
  const settledBy = Array.from({ length: width }, (_, c) => sums.filter((sum) => reach(sum) === c));
  const v = Array<number>(width).fill(0);
  const out: number[][] = [];
  let steps = 0;
  let overflow = false;
  const settled = (from: number, to: number) => settledBy.slice(from, to + 1).every((group) => keepsSums(v, group));
  const walk = (k: number, from: number, chosen: number[]) => {
    if (overflow) return;
    if (k === figures.length) {
      if (settled(from, width - 1)) out.push([...chosen]);
      overflow = out.length > MAX_CANDIDATES;
      return;
    }
    for (let c = from; c <= width - (figures.length - k); c += 1) {
      steps += 1;
      if (steps > MAX_STEPS) {
        overflow = true;
        return;
      }
      v[c] = figures[k]!;
      if (settled(from, c)) walk(k + 1, c + 1, [...chosen, c]);
      v[c] = 0;
      // Column c left blank: the sums it settles must hold with a blank there.
      if (!settled(c, c)) return;
    }
  };
  walk(0, 0, []);
  return overflow ? undefined : out;
}

/** A row's candidate placements: those that keep the row's sums (all of them, if none does and they are few). */
function candidatesOf(row: ArithmeticRow, width: number, sums: ColumnSum[]): number[][] | undefined {
  if (row.places) return [row.places];
  if (row.figures.length > width) return undefined;
  const all = orderedPlacements(row.figures.length, width);
  if (all.length > MAX_CANDIDATES) {
    const kept = summingPlacements(row.figures, width, sums);
    return kept?.length ? agreeing(kept, row, width) : undefined;
  }
  const kept = all.filter((p) => keepsSums(vectorOf(row.figures, p, width), sums));
  return agreeing(kept.length ? kept : all, row, width);
}

/** The placements that put the figures the document states for the row where it states them (all, if none does). */
function agreeing(placements: number[][], row: ArithmeticRow, width: number): number[][] {
  if (!row.stated?.length) return placements;
  const kept = placements.filter((p) => {
    const v = vectorOf(row.figures, p, width);
    // One column's figure is printed as stated; a sum of printed figures may be off by their rounding.
    const slack = (columns: number[]) => (columns.length > 1 ? tolerance(columns.length) : 0);
    return row.stated!.every(({ columns, figure }) => Math.abs(columns.reduce((sum, c) => sum + v[c]!, 0) - figure) <= slack(columns));
  });
  return kept.length ? kept : placements;
}

/** Parent of each row: the 合计 line for the top codes, else the row of the longest code that begins the row's code. */
function parentsOf(rows: ArithmeticRow[]): (number | undefined)[] {
  const total = rows.findIndex((r) => r.total);
  return rows.map((row, i) => {
    if (!row.code || row.total) return undefined;
    let best: number | undefined;
    rows.forEach((other, j) => {
      if (j !== i && other.code && other.code.length < row.code!.length && row.code!.startsWith(other.code) && (best === undefined || other.code.length > rows[best]!.code!.length)) best = j;
    });
    return best ?? (total >= 0 ? total : undefined);
  });
}

export function placeFigures(rows: ArithmeticRow[], width: number, sums: ColumnSum[]): Placement {
  const parents = parentsOf(rows);
  const inTree = rows.map((r, i) => parents[i] !== undefined || (r.total === true && parents.some((p) => p === i)));
  const candidates = rows.map((r) => candidatesOf(r, width, sums));
  // A row the search cannot enumerate leaves its parent's sum unknown: then only the row sums and twins decide.
  const searchable = rows.every((_, i) => !inTree[i] || candidates[i] !== undefined);
  const biggest = (i: number) => Math.max(0, ...rows[i]!.figures);
  // Parents before children (the 合计 line, then by code length), large figures first so that sums fill early.
  const order = rows
    .map((_, i) => i)
    .filter((i) => searchable && inTree[i])
    .sort((a, b) => (rows[a]!.total ? -1 : rows[b]!.total ? 1 : (rows[a]!.code?.length ?? 0) - (rows[b]!.code?.length ?? 0) || biggest(b) - biggest(a)));
  const search = treeSearch(rows, parents, order, candidates, width);
  const places: (number[] | undefined)[] = rows.map((r, i) => (candidates[i]?.length === 1 ? candidates[i]![0] : r.places));
  const total = order[0] !== undefined && rows[order[0]]!.total ? order[0] : undefined;
  // Every placement of the 合计 line that the rows below fill is searched: a row is placed only when all of them
  // place it alike. A figure the choice of 合计 columns moves is not placed (a wrong column is worse than none).
  const totalChoices = total === undefined ? [undefined] : candidates[total]!.map((_, c) => c);
  // Each row's placements over every solution: one placement means every solution places it alike.
  const picks = new Map(order.map((i) => [i, new Set<number>()]));
  const budget = { steps: MAX_TOTAL_STEPS };
  let complete = true;
  let fitting = 0;
  for (const choice of totalChoices) {
    const found = search(choice === undefined ? undefined : { row: total!, choice }, budget, (solution) => solution.forEach((c, i) => picks.get(i)!.add(c)));
    if (found === undefined) {
      complete = false; // the search gave up: solutions it did not reach could place any row otherwise
      break;
    }
    if (found > 0) fitting += 1;
  }
  for (const [i, chosen] of complete ? picks : []) {
    if (chosen.size === 1) places[i] = candidates[i]![[...chosen][0]!];
  }
  const undecidedTotal = complete && fitting > 1;
  // Rows outside the code tree (a unit's line, an unlabelled repeat of the 合计 line) that print the same figures as
  // a placed row stand in the same columns.
  rows.forEach((row, i) => {
    if (places[i]) return;
    const twin = rows.findIndex((other, j) => places[j] && other.figures.length === row.figures.length && other.figures.every((f, k) => f === row.figures[k]));
    if (twin >= 0) places[i] = places[twin];
  });
  return { places, undecidedTotal };
}

/**
 * Depth-first search over the rows' placements in `order`, with every parent's columns equal to the sum of its
 * children's. Hands each solution (row → candidate index) to `found` and returns their count, or undefined when it
 * gave up (more than MAX_STEPS, or the shared budget spent).
 */
function treeSearch(rows: ArithmeticRow[], parents: (number | undefined)[], order: number[], candidates: (number[][] | undefined)[], width: number) {
  const children = new Map<number, number[]>();
  order.forEach((i) => {
    const p = parents[i];
    if (p !== undefined && order.includes(p)) children.set(p, [...(children.get(p) ?? []), i]);
  });
  const nonNegative = rows.every((r) => r.figures.every((f) => f >= 0));
  return (fixed: { row: number; choice: number } | undefined, budget: { steps: number }, found: (solution: Map<number, number>) => void): number | undefined => {
    const vectors = new Map<number, number[]>();
    const chosen = new Map<number, number>();
    let solutions = 0;
    let steps = 0;
    const spent = () => steps > MAX_STEPS || steps > budget.steps;
    const consistent = (parent: number): boolean => {
      const pv = vectors.get(parent);
      if (!pv) return true;
      const kids = children.get(parent) ?? [];
      if (kids.length === 0) return true;
      const placed = kids.filter((k) => vectors.has(k));
      const complete = placed.length === kids.length;
      if (!complete && !nonNegative) return true;
      const tol = tolerance(kids.length);
      // What the children still to place can add to any one column: their largest figures.
      const room = kids.filter((k) => !vectors.has(k)).reduce((sum, k) => sum + Math.max(0, ...rows[k]!.figures), 0);
      for (let c = 0; c < width; c += 1) {
        const sum = placed.reduce((s, k) => s + vectors.get(k)![c]!, 0);
        if (complete ? Math.abs(sum - pv[c]!) > tol : sum > pv[c]! + tol || sum + room < pv[c]! - tol) return false;
      }
      return true;
    };
    const walk = (depth: number): void => {
      if (spent()) return;
      if (depth === order.length) {
        solutions += 1;
        found(chosen);
        return;
      }
      const i = order[depth]!;
      candidates[i]!.forEach((places, c) => {
        if (fixed && fixed.row === i && fixed.choice !== c) return;
        steps += 1;
        vectors.set(i, vectorOf(rows[i]!.figures, places, width));
        chosen.set(i, c);
        const p = parents[i];
        if ((p === undefined || consistent(p)) && consistent(i)) walk(depth + 1);
        vectors.delete(i);
        chosen.delete(i);
      });
    };
    walk(0);
    const gaveUp = spent();
    budget.steps -= steps;
    return gaveUp ? undefined : solutions;
  };
}

/**
 * The sums a header states, from column keys and labels: a 小计/合计 inside a spanning group is the sum of the
 * group's other columns (a group nested in it standing by its own 小计/合计, or by its columns when it has none); a
 * first column 合计/总计 outside any group is the sum of the top-level columns. "其中" columns are part of another
 * column, not of the sum.
 */
export function sumsOf(columns: { key: string; label: string; groups?: string[] }[]): ColumnSum[] {
  const sums: ColumnSum[] = [];
  const isSubtotal = (label: string) => /^(小计|合计|总计)$/.test(label.replace(/\s+/g, ''));
  const counted = columns.map((c, i) => ({ ...c, path: c.groups ?? [], i })).filter((c) => !/^其中/.test(c.label.trim()) && c.key !== 'remarks');
  const within = (path: string[], depth: number) => counted.filter((c) => c.path.length >= depth && path.every((g, k) => c.path[k] === g));
  /** The columns that stand for the group at `path` in its parent's sum, pushing the group's own sum on the way. */
  const standFor = (path: string[]): number[] => {
    const members = within(path, path.length);
    const own = members.filter((c) => c.path.length === path.length);
    const subgroups = [...new Set(members.filter((c) => c.path.length > path.length).map((c) => c.path[path.length]!))];
    const parts = [...own.map((c) => c.i), ...subgroups.flatMap((g) => standFor([...path, g]))].sort((a, b) => a - b);
    if (path.length === 0) return parts;
    const subtotal = own.find((c) => isSubtotal(c.label));
    if (!subtotal) return parts;
    const rest = parts.filter((i) => i !== subtotal.i);
    if (rest.length) sums.push({ whole: subtotal.i, parts: rest });
    return [subtotal.i];
  };
  const top = standFor([]);
  const first = columns[0];
  if (first && !first.groups?.length && (first.key === 'total' || isSubtotal(first.label)) && top.length > 1) sums.push({ whole: 0, parts: top.filter((i) => i !== 0) });
  return sums;
}

/** The report's note for a row whose figures the arithmetic cannot place: `kept` when its total column is taken. */
export const undecidedNote = (name: string, figures: number, width: number, kept: boolean): ReportNote => ({
  kind: 'ambiguity',
  message: {
    'zh-CN': `“${name.trim()}”：空白单元格在提取中丢失，${figures} 个数值对应 ${width} 列，加总关系无法确定其列，${kept ? '只取合计列' : '表头无合计列，数值均未取'}`,
    en: `"${name.trim()}": blank cells lost in extraction; the sums cannot decide the columns of its ${figures} figures among ${width}, so ${kept ? 'only the total column is taken' : 'with no total column none is taken'}`,
  },
});

/**
 * A statement's total lines printed apart from their figures: lines of labels only, one a side ("本年收入合计 本年支出合计
 * …", "收入总计 支出总计 …", "上年结转 结转下年 …"), and lines of figures only, one a side, in an order that does not
 * say which figure line is whose. Per side, the arithmetic decides: 总计 = 本年合计 + 上年结转 (a line without a figure
 * being blank), and 本年合计 always prints its figure. The figure lines go to the label lines, in order, in the one
 * way that adds up; a side where none or several do keeps its labels without figures (a figure cut across a page,
 * "4," / "567,178.00", adds up in no way).
 */
import type { CellRow } from './cells.js';
import { parseFigure } from '../../amount.js';
import { isFigure, squash } from './text.js';

type Part = 'this-year' | 'total' | 'carry';

const PART_OF: [RegExp, Part][] = [
  [/^本年(收入|支出)合计$/, 'this-year'],
  [/^(收入|支出)总计$/, 'total'],
  [/^(上年结转|结转下年)$/, 'carry'],
];
const partOf = (label: string): Part | undefined => PART_OF.find(([p]) => p.test(label))?.[1];

/** Total lines printed one after another with single spaces ("本年收入合计本年支出合计…"), each a line every statement prints. */
export function totalLines(text: string): string[] | undefined {
  const words = text.split(/(?=本年收入合计|本年支出合计|收入总计|支出总计|上年结转|结转下年)/);
  return words.length > 1 && words.every((w) => partOf(w) !== undefined) ? words : undefined;
}

/** One statement line of total labels, one a side, with the figure each side is given (undefined: none). */
export interface TotalLine {
  labels: string[];
  figures: (string | undefined)[];
}

/** Every order-keeping choice of `m` of `k` places. */
function choices(m: number, k: number, from = 0): number[][] {
  if (m === 0) return [[]];
  const out: number[][] = [];
  for (let i = from; i <= k - m; i += 1) for (const rest of choices(m - 1, k, i + 1)) out.push([i, ...rest]);
  return out;
}

/** A row's total labels and its figures, when it prints nothing else. */
function split(row: CellRow): { labels: string[]; figures: string[] } | undefined {
  const cells = row.cells.flatMap((c) => c.trim().split(/\s+/)).filter((c) => c !== '');
  const figures = cells.filter(isFigure);
  const labels = cells.filter((c) => !isFigure(c)).flatMap((c) => totalLines(squash(c)) ?? [squash(c)]);
  return labels.every((l) => partOf(l) !== undefined) && labels.length + figures.length > 0 ? { labels, figures } : undefined;
}

/** A row that prints one figure a side and nothing else. */
const isFigureLine = (row: CellRow, sides: number): boolean => {
  const parts = split(row);
  return parts !== undefined && parts.labels.length === 0 && parts.figures.length === sides;
};

/** Per side, the label line each figure line goes to: the one order-keeping way that adds up, or none. */
function decide(parts: Part[], figures: string[]): (string | undefined)[] {
  const out: (string | undefined)[] = parts.map(() => undefined);
  const fits = choices(figures.length, parts.length).filter((chosen) => {
    const value = (part: Part) => {
      const at = parts.indexOf(part);
      const k = chosen.indexOf(at);
      return at < 0 ? undefined : k < 0 ? 0 : Math.round((parseFigure(figures[k]!) ?? NaN) * 100);
    };
    const printed = chosen.includes(parts.indexOf('this-year'));
    const [thisYear, total] = [value('this-year'), value('total')];
    return printed && thisYear !== undefined && total !== undefined && total === thisYear + (value('carry') ?? 0);
  });
  if (fits.length === 1) fits[0]!.forEach((line, k) => (out[line] = figures[k]));
  return out;
}

/**
 * The total lines of a run of rows that print only total labels (glued or not) and figures, one of each a side,
 * keyed by the row that prints them; `incomeSide[s]` says whether side s is the income side, so that the labels
 * stand where they belong. Empty when there is no such run or its labels do not stand in side order. `undecided`:
 * the first label of each side whose figures could not be matched.
 */
export function totalFigures(rows: CellRow[], incomeSide: boolean[]): { byRow: Map<CellRow, TotalLine[]>; undecided: string[] } {
  const sides = incomeSide.length;
  const out = new Map<CellRow, TotalLine[]>();
  const none = { byRow: out, undecided: [] };
  const start = rows.findIndex((row) => (split(row)?.labels.length ?? 0) > 0);
  if (start < 0) return none;
  const run: { row: CellRow; labels: string[][]; figures: string[][] }[] = [];
  for (const row of rows.slice(start)) {
    const parts = split(row);
    if (!parts || parts.labels.length % sides !== 0 || parts.figures.length % sides !== 0) break;
    const chunk = (list: string[]) => Array.from({ length: list.length / sides }, (_, i) => list.slice(i * sides, (i + 1) * sides));
    run.push({ row, labels: chunk(parts.labels), figures: chunk(parts.figures) });
  }
  const labelLines = run.flatMap((r) => r.labels);
  // Label lines with no figure line after them: the figure lines printed apart among the rows below (one figure a
  // side and nothing else), when they are no more than the label lines; the arithmetic still decides.
  const apart = run.every((r) => r.figures.length === 0) ? rows.slice(start + run.length).filter((row) => isFigureLine(row, sides)) : [];
  const figureLines = apart.length ? apart.map((row) => split(row)!.figures) : run.flatMap((r) => r.figures);
  const inOrder = labelLines.every((line) => line.every((label, s) => /收入|上年结转/.test(label) === incomeSide[s]));
  if (!inOrder || figureLines.length === 0 || figureLines.length > labelLines.length || (!apart.length && figureLines.length === labelLines.length)) return none;
  const bySide = incomeSide.map((_, s) => decide(labelLines.map((line) => partOf(line[s]!)!), figureLines.map((line) => line[s]!)));
  let next = 0;
  for (const { row, labels } of run) {
    out.set(
      row,
      labels.map((line) => {
        const at = next++;
        return { labels: line, figures: line.map((_, s) => bySide[s]![at]) };
      }),
    );
  }
  // The figure lines printed apart are read here, not as rows.
  for (const row of apart) out.set(row, []);
  // The sides none of whose total lines took a figure: the report lists their first label.
  const undecided = incomeSide.flatMap((_, s) => (bySide[s]!.every((f) => f === undefined) ? [labelLines[0]![s]!] : []));
  return { byRow: out, undecided };
}

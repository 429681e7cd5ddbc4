/**
 * Tables whose labels and figures the extraction printed as two blocks: first every row's name, one a line, from the
 * 合计 line down ("合计" / "社会保障和就业支出" / "　　 行政事业单位养老支出" …), then every row's codes and figures,
 * one row a line, in the same order ("4,567,178.00 …" / "208 448,679.00 …"). A PDF extraction that reads a table
 * column block by column block does this. The two blocks are zipped back into rows: the name lines start at the
 * 合计 label, the figure rows at the 合计 line (the one figure row without a code), and the n-th name is the n-th
 * figure row's.
 *
 * A name too long for its cell wraps onto a second line, so there can be more name lines than figure rows. Which
 * lines to join is decided by the indentation the names print (deeper for a deeper code: 类 / 款 / 项) and by how
 * wrapping looks (the continuation is not indented and is shorter than the line it continues). When two choices
 * fit equally, nothing is zipped and the caller reports it.
 */
import type { CellRow } from './cells.js';
import { roleOf, splitRow } from './rows.js';
import { isCode, isFigure } from './text.js';

/** A name line as printed: its cells (split at runs of spaces) and how far it is indented. */
interface NameLine {
  cells: string[];
  indent: number;
}

export interface Zipped {
  rows: CellRow[];
  /** How many of the lines printed after the table (`after`) gave names back. */
  usedAfter?: number;
  /** Name lines and figure rows were found, but their pairing could not be decided. */
  undecided?: { names: number; figureRows: number };
}

const filled = (row: CellRow): string[] => row.cells.filter((c) => c.trim() !== '');
const hasFigure = (row: CellRow): boolean => row.cells.some(isFigure);
/** A row of codes and figures only, with no name: a figure row of the second block. */
const isNameless = (row: CellRow): boolean => filled(row).length > 0 && splitRow(row.cells).name === '' && filled(row).every((c) => isFigure(c) || isCode(c));
/** A line of words only: a name line of the first block. */
const isNameLine = (row: CellRow): boolean => filled(row).length > 0 && !filled(row).some((c) => isFigure(c) || isCode(c));

const nameLine = (text: string): NameLine => ({
  cells: text.trim().split(/[ \u3000]+/),
  indent: (/^[\s\u3000]*/.exec(text)?.[0] ?? '').replace(/\t/g, '').length,
});

/** The classification depth a code stands for, counted by its length: 301 < 30101 < 3010101. */
const codeLength = (row: CellRow): number | undefined => {
  const code = filled(row).find((c) => isCode(c) && !isFigure(c));
  return code?.length;
};

/** Rank of each value among the distinct values: indents 0, 3, 5 → 0, 1, 2. */
function ranks(values: number[]): Map<number, number> {
  return new Map([...new Set(values)].sort((a, b) => a - b).map((v, i) => [v, i]));
}

/**
 * Groups `lines` into `count` runs of consecutive lines, the least costly way: a run's first line should be indented
 * at its row's depth; a line joined to the one above should be unindented and shorter. Returns the runs' first
 * lines, or undefined when the least cost is reached in more than one way.
 */
export function groupNames(lines: NameLine[], depths: (number | undefined)[]): number[] | undefined {
  const count = depths.length;
  const indentRank = ranks(lines.map((l) => l.indent));
  const start = (line: NameLine, depth: number | undefined) => (depth === undefined || indentRank.get(line.indent) === depth ? 0 : 1);
  const join = (line: NameLine, above: NameLine) => (line.indent > 0 ? 2 : 0) + (line.cells.join('').length >= above.cells.join('').length ? 0.5 : 0);
  // best[k][i]: least cost of the first i lines as the first k runs, and in how many ways it is reached.
  const best = Array.from({ length: count + 1 }, () => Array.from({ length: lines.length + 1 }, () => ({ cost: Infinity, ways: 0, from: -1 })));
  best[0]![0] = { cost: 0, ways: 1, from: -1 };
  for (let k = 1; k <= count; k += 1) {
    for (let i = k; i <= lines.length; i += 1) {
      const here = best[k]![i]!;
      for (let s = k - 1; s < i; s += 1) {
        const before = best[k - 1]![s]!;
        if (before.ways === 0) continue;
        let cost = before.cost + start(lines[s]!, depths[k - 1]);
        for (let j = s + 1; j < i; j += 1) cost += join(lines[j]!, lines[j - 1]!);
        if (cost < here.cost - 1e-9) Object.assign(here, { cost, ways: before.ways, from: s });
        else if (Math.abs(cost - here.cost) <= 1e-9) here.ways += before.ways;
      }
    }
  }
  if (best[count]![lines.length]!.ways !== 1) return undefined;
  const starts: number[] = [];
  for (let k = count, i = lines.length; k > 0; k -= 1) {
    const s = best[k]![i]!.from;
    starts.unshift(s);
    i = s;
  }
  return starts;
}

/** A year, as a name or a text that begins "2025年…" prints it when the extraction splits the digits off. */
const YEAR = /^(19|20)\d{2}$/;
/** Bare numbers after a row's first figure: digits of its name or text, split off by the extraction. */
const strayNumbers = (row: CellRow): boolean => {
  const values = filled(row);
  const first = values.findIndex(isFigure);
  return first >= 0 && values.slice(first + 1).some((c) => /^\d+$/.test(c.trim()));
};

/**
 * Names whose digits the extraction printed among the figures: "2025 450,000.00 2025" in the figure block and, after
 * it, "年国有关闭…保险费 代缴 年国有关闭…。" (the name's and the text's words without their digits). The lines after the
 * block (`after`: words only, so not read as rows) are the rows that printed stray numbers, one a line, in order:
 * each pairs with its row, and a row that begins with a year whose line begins with 年 gets its name back (year + the line's first
 * words). Such a row takes no name line from the block. Returns each figure row's recovered name (or undefined),
 * the figure rows without the stray numbers, and how many lines after the block were used.
 */
function yearSplitNames(figureRows: CellRow[], after: string[]): { names: (string | undefined)[]; rows: CellRow[]; used: number } {
  const none = { names: figureRows.map(() => undefined), rows: figureRows, used: 0 };
  const stray = figureRows.flatMap((row, k) => (strayNumbers(row) ? [k] : []));
  const used = stray.length;
  if (stray.length === 0 || after.length < used) return none;
  const tails = after.slice(0, used).map((line) => line.trim());
  const names = figureRows.map(() => undefined as string | undefined);
  const rows = figureRows.map((row, k) => {
    const at = stray.indexOf(k);
    if (at < 0) return row;
    const values = filled(row);
    const year = values.length > 1 && YEAR.test(values[0]!) && isFigure(values[1]!) && tails[at]!.startsWith('年');
    if (year) names[k] = `${values[0]}${tails[at]!.split(/[ \u3000]+/)[0]}`;
    const kept = (year ? values.slice(1) : values).filter((c, i, all) => !(/^\d+$/.test(c.trim()) && i > all.findIndex(isFigure)));
    return { ...row, cells: kept };
  });
  return names.some((n) => n !== undefined) ? { names, rows, used } : none;
}

/**
 * The row a name run and a figure row make: the figure row's codes, the name, then its figures. A second
 * classification printed beside the first (政府经济科目 code and name beside the 部门经济科目's) has no column in
 * the vocabulary; its code stays with the lead cells, its name is not kept.
 */
function zipRow(names: NameLine[], figures: CellRow): CellRow {
  const [first, ...rest] = names;
  const cells = [...first!.cells];
  // A wrapped name continues the line's last cell. What overflows a cell is shorter than the line it overflowed: a
  // line as long is the row's text (项目简介), not its name, and neither is what follows it.
  let above = first!;
  for (const line of rest) {
    if (line.cells.join('').length >= above.cells.join('').length) break;
    cells[cells.length - 1] = `${cells[cells.length - 1]}${line.cells.join('')}`;
    above = line;
  }
  const values = filled(figures);
  const firstFigure = values.findIndex(isFigure);
  const lead = firstFigure < 0 ? values : values.slice(0, firstFigure);
  return { ...figures, cells: [...lead, cells[0]!, ...values.slice(lead.length)] };
}

/**
 * The grid with a block of name lines and the block of figure rows after it zipped into rows; unchanged when the
 * table is not printed that way. `textOf` gives a row's line as printed (its indentation), when it was one line.
 */
export function zipLabelBlock(grid: CellRow[], textOf: (row: CellRow) => string | undefined, after: string[] = []): Zipped {
  const first = grid.findIndex(hasFigure);
  if (first < 1 || !isNameless(grid[first]!) || codeLength(grid[first]!) !== undefined) return { rows: grid };
  let top = first;
  while (top > 0 && isNameLine(grid[top - 1]!) && roleOf(filled(grid[top - 1]!).join('')) !== 'total') top -= 1;
  const label = top - 1;
  if (label < 0 || roleOf(filled(grid[label]!).join('')) !== 'total' || textOf(grid[label]!) === undefined) return { rows: grid };
  let end = first;
  while (end < grid.length && isNameless(grid[end]!)) end += 1;
  const nameRows = grid.slice(label, first);
  const recovered = yearSplitNames(grid.slice(first, end), end === grid.length ? after : []);
  const figureRows = recovered.rows;
  const lines = nameRows.map((r) => textOf(r));
  if (lines.some((l) => l === undefined) || figureRows.length < 2) return { rows: grid };
  const names = lines.map((l) => nameLine(l!));
  const undecided = { undecided: { names: names.length, figureRows: figureRows.length } };
  const blockRows = figureRows.filter((_, k) => recovered.names[k] === undefined);
  // A row that still begins with a year lost its name's first words to the figures: the block lacks its name.
  const yearLed = blockRows.some((r) => YEAR.test(filled(r)[0] ?? '') && isFigure(filled(r)[1] ?? ''));
  if (names.length < blockRows.length || yearLed) return { rows: grid, ...undecided };
  const lengths = ranks(blockRows.flatMap((r) => codeLength(r) ?? []));
  const depths = blockRows.map((r, k) => (k === 0 ? undefined : lengths.get(codeLength(r) ?? -1)));
  const starts = groupNames(names, depths);
  if (!starts) return { rows: grid, ...undecided };
  let next = 0;
  const zipped = figureRows.map((row, k) => {
    const name = recovered.names[k];
    if (name !== undefined) return zipRow([nameLine(name)], row);
    next += 1;
    return zipRow(names.slice(starts[next - 1], starts[next] ?? names.length), row);
  });
  return { rows: [...grid.slice(0, label), ...zipped, ...grid.slice(end)], ...(recovered.used ? { usedAfter: recovered.used } : {}) };
}

/**
 * Text that wraps inside a table cell. A PDF prints a cell too narrow for its text on two or more lines
 * ("附属单位上缴收" over "入", a department's name over its last character, a figure broken after its
 * decimal point), and each line comes as a line of its own. Such a line is the same cell's text, not a row:
 * it stands one text line below (closer than rows stand, which add the cell's padding) and prints only under
 * cells of the line above. The row pitch is measured on the page from lines that are certainly separate rows
 * (the lower one prints in a place the upper one leaves blank); a page with none, or whose lines all stand at
 * that pitch, joins nothing.
 */

import type { Extent } from './pdf-column-slots.js';

interface Box {
  text: string;
  x0: number;
  x1: number;
}

export interface Cell extends Box {
  /** Baseline of its last text line (the lowest of its runs'), in points. */
  y: number;
  /** Font size of its first run, in points. */
  size: number;
  /**
   * A cell of single Han characters printed apart, as they came: letter-spaced words ("合    计"), or the first
   * characters of narrow header cells side by side ("小 基 项": 小计, 基本支出, 项目支出 printed a character a line).
   */
  letters?: Box[];
}

export interface Line {
  /** Baseline of its first text line, in points (y grows upwards). */
  y: number;
  /** Baseline of its last text line: below `y` when wrapped text was joined to it. */
  bottom: number;
  cells: Cell[];
}

/** Two extents that share more than half a point: one stands over the other. */
export const overlap = (a: Extent, b: Extent) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5;

/** A cell that prints a figure: digits with separators, a sign, parentheses or a percent sign. */
export const FIGURE = /^[(（]?[-−+]?[\d,，.]+[)）%]?$/;

/** The one cell of `above` that each cell of `below` stands under, or undefined when one stands under none or two. */
function cellsAbove(above: Line, below: Line): Cell[] | undefined {
  const found: Cell[] = [];
  for (const cell of below.cells) {
    const under = onlyOverlapping(above.cells, cell);
    if (!under) return undefined;
    found.push(under);
  }
  return found;
}

/**
 * The one extent of `extents` that overlaps `box`, or undefined when none or several do. Found without building a
 * list: the layout asks it for every cell of every pair of lines on a page.
 */
export function onlyOverlapping<T extends Extent>(extents: readonly T[], box: Extent): T | undefined {
  let only: T | undefined;
  for (const extent of extents) {
    if (!overlap(extent, box)) continue;
    if (only) return undefined;
    only = extent;
  }
  return only;
}

/**
 * The smallest distance between two lines that are certainly two rows of a table: the lower one prints a figure,
 * and prints where the upper one leaves blank. Wrapped lines stand closer than that.
 */
export function rowPitch(lines: Line[]): number | undefined {
  let pitch: number | undefined;
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1]!, lines[i]!];
    if (below.cells.some((cell) => FIGURE.test(cell.text)) && !cellsAbove(above, below)) pitch = Math.min(pitch ?? Infinity, above.y - below.y);
  }
  return pitch;
}

/** Joined without a space where the break falls inside a word of Han characters or inside a figure. */
export function joined(first: string, rest: string): string {
  return /[\p{Script=Han}\d.,，（(]$/u.test(first) || /^[\p{Script=Han}\d.,，)）]/u.test(rest) ? first + rest : `${first} ${rest}`;
}

function widen(box: Box, by: Box, text: string): void {
  box.text = text;
  box.x0 = Math.min(box.x0, by.x0);
  box.x1 = Math.max(box.x1, by.x1);
}

/**
 * A wrapped line's cell added to the cell above it. Characters printed apart under characters printed apart are
 * each added to the one above them: narrow header cells side by side, each printing its label a character a line,
 * read "小 基 项" / "计 本 目" / "支 支" / "出 出" and are 小计, 基本支出, 项目支出.
 */
function wrapInto(owner: Cell, cell: Cell): void {
  const above = owner.letters;
  const letterAbove = (letter: Box) => above?.filter((box) => overlap(box, letter));
  if (above && cell.letters?.every((letter) => letterAbove(letter)!.length === 1)) {
    for (const letter of cell.letters) {
      const box = letterAbove(letter)![0]!;
      widen(box, letter, box.text + letter.text);
    }
    widen(owner, cell, above.map((box) => box.text).join(' '));
  } else {
    widen(owner, cell, joined(owner.text, cell.text));
    delete owner.letters;
  }
  owner.y = cell.y;
}

/**
 * `lower` is a further text line of `upper`'s cell: closer below it than rows stand (`pitch`). Cells of one line stand
 * at slightly different heights (centred in rows of different heights): each is measured from its own.
 */
export const wrapsUnder = (upper: Cell, lower: Cell, pitch: number) => upper.y - lower.y < pitch - Math.max(0.2, lower.size * 0.03);

/** The page's lines with each wrapped line's text added to the cells above it. */
export function joinWrapped(lines: Line[], pitch = rowPitch(lines)): Line[] {
  if (pitch === undefined) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const above = out.at(-1);
    const owners = above && cellsAbove(above, line);
    const wrapped = owners && line.cells.every((cell, i) => wrapsUnder(owners[i]!, cell, pitch));
    if (above && owners && wrapped) {
      line.cells.forEach((cell, i) => wrapInto(owners[i]!, cell));
      above.bottom = line.y;
    } else {
      out.push({ ...line, cells: line.cells.map(copyCell) });
    }
  }
  // The lines of `out` are copies already: each takes its cells apart in place.
  for (const line of out) line.cells = line.cells.flatMap(apart);
  return out;
}

/** A cell and its letters copied, so that joining wrapped text into it leaves the line it was read from as it was. */
function copyCell(cell: Cell): Cell {
  const copy = { ...cell };
  if (cell.letters) copy.letters = cell.letters.map((box) => ({ ...box }));
  return copy;
}

/** Characters printed apart that each gained the characters wrapped under them are the labels of as many cells. */
const apart = (cell: Cell): Cell[] =>
  cell.letters?.some((box) => box.text.length > 1) ? cell.letters.map(({ text, x0, x1 }) => ({ text, x0, x1, y: cell.y, size: cell.size })) : [cell];

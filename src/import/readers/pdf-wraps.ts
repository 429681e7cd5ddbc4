/**
 * Text that wraps inside a table cell. A PDF prints a cell too narrow for its text on two or more lines
 * ("附属单位上缴收" over "入", a department's name over its last character, a figure broken after its
 * decimal point), and each line comes as a line of its own. Such a line is the same cell's text, not a row:
 * it stands one text line below (closer than rows stand, which add the cell's padding) and prints only under
 * cells of the line above. The row pitch is measured on the page from lines that are certainly separate rows
 * (the lower one prints in a place the upper one leaves blank); a page with none, or whose lines all stand at
 * that pitch, joins nothing.
 */

export interface Cell {
  text: string;
  x0: number;
  x1: number;
  /** Font size of its first run, in points. */
  size: number;
}

export interface Line {
  /** Baseline of its first text line, in points (y grows upwards). */
  y: number;
  /** Baseline of its last text line: below `y` when wrapped text was joined to it. */
  bottom: number;
  cells: Cell[];
}

const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5;

/** A cell that prints a figure: digits with separators, a sign, parentheses or a percent sign. */
export const FIGURE = /^[(（]?[-−+]?[\d,，.]+[)）%]?$/;

/** The one cell of `above` that each cell of `below` stands under, or undefined when one stands under none or two. */
function cellsAbove(above: Line, below: Line): Cell[] | undefined {
  const found: Cell[] = [];
  for (const cell of below.cells) {
    const under = above.cells.filter((upper) => overlap(upper, cell));
    if (under.length !== 1) return undefined;
    found.push(under[0]!);
  }
  return found;
}

/**
 * The smallest distance between two lines that are certainly two rows of a table: the lower one prints a figure,
 * and prints where the upper one leaves blank. Wrapped lines stand closer than that.
 */
function rowPitch(lines: Line[]): number | undefined {
  let pitch: number | undefined;
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1]!, lines[i]!];
    if (below.cells.some((cell) => FIGURE.test(cell.text)) && !cellsAbove(above, below)) pitch = Math.min(pitch ?? Infinity, above.y - below.y);
  }
  return pitch;
}

/** Joined without a space where the break falls inside a word of Han characters or inside a figure. */
function joined(first: string, rest: string): string {
  return /[\p{Script=Han}\d.,，（(]$/u.test(first) || /^[\p{Script=Han}\d.,，)）]/u.test(rest) ? first + rest : `${first} ${rest}`;
}

/** The page's lines with each wrapped line's text added to the cells above it. */
export function joinWrapped(lines: Line[]): Line[] {
  const pitch = rowPitch(lines);
  if (pitch === undefined) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const above = out.at(-1);
    const size = Math.min(...line.cells.map((cell) => cell.size));
    const owners = above && above.bottom - line.y < pitch - Math.max(0.2, size * 0.03) ? cellsAbove(above, line) : undefined;
    if (above && owners) {
      line.cells.forEach((cell, i) => {
        const owner = owners[i]!;
        owner.text = joined(owner.text, cell.text);
        owner.x0 = Math.min(owner.x0, cell.x0);
        owner.x1 = Math.max(owner.x1, cell.x1);
      });
      above.bottom = line.y;
    } else {
      out.push({ ...line, cells: line.cells.map((cell) => ({ ...cell })) });
    }
  }
  return out;
}

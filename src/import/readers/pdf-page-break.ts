/**
 * A table row that a page break cuts in two. A word processor that breaks a table across pages lets a row break
 * too: the text lines of each cell that fit stay at the foot of the page, and the rest of each cell is printed at
 * the top of the next page, in the same column ("37." at the foot, "08" at the top; a code "30" and "107"). The two
 * parts are one row: each cell of the continuation is joined to the cell of the cut row it stands under.
 *
 * A row is known to be cut when one of its figures ends in its decimal point. Between the two parts the pages may
 * print what they print on every page (a footer, a page number, the next page's running head) or the table's header
 * again: lines that repeat a line of an earlier page, page numbers aside. When the continuation does not match the
 * cut row column by column, nothing is joined, and the cut row reads no figure (./pdf-layout.ts) rather than a
 * wrong one.
 */
import type { SourceBlock } from '../source.js';
import { CUT_FIGURE, pageBlocks, pageLines, type Band, type TextRun } from './pdf-layout.js';
import { FIGURE, joined, overlap, type Cell, type Line } from './pdf-wraps.js';

/** A figure as a table prints it: digits with separators, and a decimal part after one point. */
const NUMBER = /^[-−]?\d[\d,]*(?:\.\d+)?$/;

/** A line as the pages repeat it: a running head, a page number ("第 5 页" as "第 4 页"), a repeated header. */
const repeatable = (line: Line) => line.cells.map((cell) => cell.text.replace(/\d+/g, '#')).join('\t');

/**
 * The row that a figure ending in its decimal point shows cut at the foot of the page: the page's last line of two or
 * more cells (below it, lines of one cell only: a footer, a page number).
 */
function cutRow(lines: Line[]): Line | undefined {
  const row = lines.findLast((line) => line.cells.length > 1);
  return row?.cells.some((cell) => CUT_FIGURE.test(cell.text)) ? row : undefined;
}

/**
 * Each cell of `next` with the cell of the cut row it stands under, or undefined when they do not match column by
 * column: a cell under none or under two, two under one, a figure whose parts do not make one figure, or a figure
 * cut after its decimal point that nothing continues.
 */
function continuation(row: Line, next: Line): [Cell, Cell][] | undefined {
  const pairs: [Cell, Cell][] = [];
  for (const cell of next.cells) {
    const above = row.cells.filter((upper) => overlap(upper, cell));
    const upper = above[0];
    if (!upper || above.length > 1 || pairs.some(([taken]) => taken === upper)) return undefined;
    const figure = FIGURE.test(upper.text) || FIGURE.test(cell.text);
    if (figure && !NUMBER.test(joined(upper.text, cell.text))) return undefined;
    pairs.push([upper, cell]);
  }
  const continued = new Set(pairs.map(([upper]) => upper));
  return row.cells.every((cell) => !CUT_FIGURE.test(cell.text) || continued.has(cell)) ? pairs : undefined;
}

/**
 * Joins the row cut at the foot of `page` with its continuation among the first lines of `next`, which loses that
 * line. `printed` holds the lines of the pages before `next` (as `repeatable` gives them).
 */
export function joinAcrossBreak(page: Line[], next: Line[], printed: Set<string>): void {
  const row = cutRow(page);
  if (!row) return;
  for (const [i, line] of next.entries()) {
    const pairs = continuation(row, line);
    if (pairs) {
      for (const [upper, cell] of pairs) {
        upper.text = joined(upper.text, cell.text);
        upper.x0 = Math.min(upper.x0, cell.x0);
        upper.x1 = Math.max(upper.x1, cell.x1);
        delete upper.letters;
      }
      next.splice(i, 1);
      return;
    }
    if (!printed.has(repeatable(line))) return;
  }
}

/** The blocks of a document's pages (each page's text runs), a row cut by a page break read whole. */
export function documentBlocks(pages: TextRun[][]): SourceBlock[] {
  const read = pages.map(pageLines);
  const printed = new Set<string>();
  read.forEach(({ lines }, i) => {
    for (const line of lines) printed.add(repeatable(line));
    if (i + 1 < read.length) joinAcrossBreak(lines, read[i + 1]!.lines, printed);
  });
  const blocks: SourceBlock[] = [];
  let carried: Band[] | undefined;
  pages.forEach((runs, i) => {
    const layout = pageBlocks(runs, i + 1, carried, read[i]);
    blocks.push(...layout.blocks);
    carried = layout.footColumns;
  });
  return blocks;
}

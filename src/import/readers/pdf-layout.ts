/**
 * Positioned text runs of PDF pages → lines → cells → paragraphs and grids. Pure, so it is tested
 * without pdf.js. A PDF has no tables, only runs of text at positions: runs on one baseline are a line,
 * runs far apart on a line are separate cells, and consecutive lines of several cells are a grid whose
 * columns are found from where the fullest lines put their cells. A blank published cell is an empty
 * cell in its column, so figures stay under their headers.
 */
import type { SourceBlock, SourceCell } from '../source.js';
import { normaliseText } from './text.js';
import { FIGURE, joinWrapped, onlyOverlapping, overlap, rowPitch, type Cell, type Line } from './pdf-wraps.js';
import { readHeader } from './pdf-header.js';
import { inColumn } from './pdf-grid-ends.js';
import { canName, centre, slotsOf } from './pdf-column-slots.js';
import { baselines, joinLetters, phrasesOf, type TextRun } from './pdf-runs.js';

export type { TextRun } from './pdf-runs.js';

export interface Band {
  x0: number;
  x1: number;
}

/** A page's lines, with the text wrapped inside a cell joined to the line it continues, and the pitch of its rows as printed. */
export interface PageLines {
  lines: Line[];
  pitch: number | undefined;
}

export function pageLines(runs: TextRun[]): PageLines {
  const printed = linesOf(runs);
  const pitch = rowPitch(printed);
  return { lines: joinWrapped(printed, pitch), pitch };
}

function linesOf(runs: TextRun[]): Line[] {
  return baselines(runs).map((line) => {
    const y = Math.max(...line.map((run) => run.y));
    const cells = joinLetters(phrasesOf(line));
    for (const cell of cells) cell.text = normaliseText(cell.text).trim();
    return { y, bottom: y, cells };
  });
}

/**
 * Columns of a grid's lines. Lines that print a figure are the table's body; the union of their cells'
 * extents gives the columns (a column's cells overlap, left- or right-aligned; gutters between columns stay
 * empty). The header adds the columns left blank in every body line. Other header cells go to the column(s) they overlap,
 * or else reach into (a group header centred over several). Cells of one line in one column are one cell
 * (a letter-spaced "收    入" printed as two runs). `header`: the lines above the first line of figures as read
 * again by position (./pdf-header.ts: a line a level of names), in place of the printed ones.
 */
function gridOf(printed: Line[], carried?: Band[], header?: Line[]): { rows: SourceCell[][]; bands: Band[] } {
  const start = printed.findIndex(printsFigure);
  const lines = start > 0 ? [...joinUpright(header ?? printed.slice(0, start)), ...printed.slice(start)] : printed;
  const body = lines.filter(printsFigure);
  const bands: Band[] = carried ? [...carried] : [];
  for (const cell of carried ? [] : (body.length ? body : lines).flatMap((line) => line.cells)) {
    const hit = bands.filter((band) => overlap(band, cell));
    const merged = { x0: Math.min(cell.x0, ...hit.map((b) => b.x0)), x1: Math.max(cell.x1, ...hit.map((b) => b.x1)) };
    for (const band of hit) bands.splice(bands.indexOf(band), 1);
    bands.push(merged);
  }
  // The header (the lines above the first body line) names the columns. Each body column claims the
  // nearest name. A name left over that overlaps no column heads a column left blank in every body line,
  // unless it is a group header: on the header's first line with fewer cells than there are columns
  // ("收入" over 项目 and 预算数), or over other left-over names (on the lines below it).
  const headerLines = body.length ? lines.slice(0, lines.indexOf(body[0]!)) : [];
  const names = headerLines.flatMap((line) => line.cells);
  const lineOf = new Map(headerLines.flatMap((line, i) => line.cells.map((cell) => [cell, i] as const)));
  const nextLine = (cell: Cell) => headerLines[(lineOf.get(cell) ?? Infinity) + 1]?.cells ?? [];
  const spans = new Map<Cell, Band>();
  // Only a name centred in a body column's slot may name that column (./pdf-column-slots.ts).
  const bodyColumns = [...bands].sort((a, b) => a.x0 - b.x0);
  const bodySlots = new Map(slotsOf(bodyColumns).map((slot, i) => [bodyColumns[i]!, slot]));
  /** A header cell's extent: its group's span, from the lines below it up. */
  const spanOf = (cell: Cell): Band => {
    const line = headerLines[lineOf.get(cell) ?? -1]?.cells;
    if (!line) return cell;
    if (!spans.has(cell)) {
      // Groups side by side share no column: a group's names start after the span of the group on its left.
      const at = line.indexOf(cell);
      const left = at > 0 ? spanOf(line[at - 1]!).x1 : -Infinity;
      spans.set(cell, groupSpan(cell, { x0: left, x1: line[at + 1]?.x0 ?? Infinity }, nextLine(cell).map(spanOf)) ?? cell);
    }
    return spans.get(cell)!;
  };
  // A header cell whose span takes in two or more names of the next line heads a group of columns, never a column of
  // its own (even when its text stands over one of them only).
  const heads = (cell: Cell) => nextLine(cell).filter((other) => overlap(other, spanOf(cell))).length >= 2;
  const candidates = names.filter((cell) => !heads(cell));
  const pairs: { band: Band; cell: Cell; distance: number }[] = [];
  for (const band of bands) {
    for (const cell of candidates) if (canName(bodySlots.get(band)!, cell)) pairs.push({ band, cell, distance: Math.abs(centre(band) - centre(cell)) });
  }
  const claimed = new Set<Band>();
  const named = new Set<Cell>();
  const nameOf = new Map<Cell, Band>();
  for (const { band, cell } of pairs.sort((a, b) => a.distance - b.distance)) {
    if (claimed.has(band) || named.has(cell)) continue;
    claimed.add(band);
    named.add(cell);
    nameOf.set(cell, band);
  }
  const columns = bands.length;
  // A first-line name beyond every name printed under it (上年结转 right of 本年收入's columns) spans nothing: it is
  // merged down over a column of its own, blank in every body line.
  const below = headerLines.slice(1).flatMap((line) => line.cells);
  const beyondBelow = (cell: Cell) => below.length > 0 && (below.every((other) => other.x1 < cell.x0) || below.every((other) => other.x0 > cell.x1));
  const leftOver = headerLines
    .flatMap((line, i) => (i > 0 || line.cells.length > columns ? line.cells : line.cells.filter(beyondBelow)))
    .filter((cell) => !named.has(cell) && !bands.some((band) => overlap(band, cell)));
  for (const cell of leftOver) {
    if (!leftOver.some((other) => overlap(other, cell) && lineOf.get(other)! > lineOf.get(cell)!)) bands.push({ x0: cell.x0, x1: cell.x1 });
  }
  bands.sort((a, b) => a.x0 - b.x0);
  const slots = slotsOf(bands);
  /**
   * A column name is in its column; a body cell in the column it overlaps; a group header in the columns of the names
   * it spans (a name's text may reach past its figures, into the slot of the column beside); any other cell in the
   * columns whose slots it reaches well into.
   */
  const bodyCells = new Set(body.flatMap((line) => line.cells));
  const columnsOf = (cell: Cell): number[] => {
    const own = nameOf.get(cell) ?? (bodyCells.has(cell) ? bands.find((band) => overlap(band, cell)) : undefined);
    if (own) return [bands.indexOf(own)];
    const span = spanOf(cell);
    const inSpan = (name: Cell) => spanOf(name).x0 >= span.x0 && spanOf(name).x1 <= span.x1;
    const spanned = span === cell ? [] : nextLine(cell).filter(inSpan).flatMap(columnsOf);
    if (spanned.length) return range(Math.min(...spanned), Math.max(...spanned));
    const depth = Math.min(cell.size, (span.x1 - span.x0) / 2);
    const reached: number[] = [];
    for (let i = 0; i < slots.length; i++) if (Math.min(slots[i]!.x1, span.x1) - Math.max(slots[i]!.x0, span.x0) > depth) reached.push(i);
    return reached.length ? reached : [Math.max(0, slots.findIndex((slot) => centre(cell) < slot.x1))];
  };
  const rows = lines.map((line) => {
    const row: (SourceCell | null)[] = bands.map(() => null);
    const spanned = new Set<number>();
    // A figure that ends in its decimal point ("37.") was cut where the row broke across pages: the row's other
    // figures may be cut too ("37" of 37.08), so none of them is read rather than a wrong one.
    const cut = line.cells.some((cell) => CUT_FIGURE.test(cell.text));
    for (const cell of line.cells) {
      if (cut && FIGURE.test(cell.text)) continue;
      const hit = columnsOf(cell);
      const first = hit[0]!;
      const colSpan = hit.at(-1)! - first + 1;
      const existing = row[first];
      if (existing) {
        existing.text = `${existing.text} ${cell.text}`;
        existing.x1 = round(Math.max(existing.x1 ?? cell.x1, cell.x1));
      } else {
        const placed: SourceCell = { text: cell.text };
        if (colSpan > 1) placed.colSpan = colSpan;
        placed.x0 = round(cell.x0);
        placed.x1 = round(cell.x1);
        row[first] = placed;
      }
      for (let i = first + 1; i < first + colSpan; i++) spanned.add(i);
    }
    const cells: SourceCell[] = [];
    for (let i = 0; i < row.length; i++) if (!spanned.has(i)) cells.push(row[i] ?? { text: '' });
    return cells;
  });
  return { rows, bands };
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

const printsFigure = (line: Line) => line.cells.some((cell) => FIGURE.test(cell.text));

/** A figure that ends in its decimal point: the rest of it was printed on the next page (./pdf-page-break.ts). */
export const CUT_FIGURE = /^[-−]?\d[\d,]*\.$/;

/** A cell one character wide, of Han characters only: a piece of a name printed upright. */
const upright = (cell: Cell) => cell.x1 - cell.x0 <= cell.size * 1.2 && /^\p{Script=Han}+$/u.test(cell.text);

/**
 * A column name printed upright in a column one character wide, a character a line (科 / 目 / 编 / 码, 总 / 计),
 * stands in pieces on the header's lines, each under the one before: the pieces are read top to bottom as one name
 * on the first of them. (Rows of a table hold the characters of their own names side by side.)
 */
function joinUpright(header: Line[]): Line[] {
  const out = header.map((line) => ({ ...line, cells: line.cells.map((cell) => ({ ...cell })) }));
  for (let i = out.length - 1; i > 0; i--) {
    out[i]!.cells = out[i]!.cells.filter((cell) => {
      const above = out[i - 1]!.cells.filter((other) => overlap(other, cell));
      if (!upright(cell) || above.length !== 1 || !upright(above[0]!)) return true;
      above[0]!.text += cell.text;
      return false;
    });
  }
  return out.filter((line) => line.cells.length > 0);
}

/**
 * A group header is printed centred over its columns, which often reach well beyond its text ("省级当年财政拨款安排"
 * over ten columns, its text over four). Its span is the run of names on the next header line (each as wide as its
 * own span, when it heads a group too) that takes in every name it overlaps, stays `between` its neighbours on its
 * own line (the span of the one on its left, the text of the one on its right), and is centred on it within a font
 * size; the best centred such run. Undefined when there is none (nothing printed under it, or no run centred on it).
 * Linear: as the run's left end moves left, its best right end only moves right.
 */
function groupSpan(cell: Cell, between: Band, next: Band[]): Band | undefined {
  const names = next.filter((name) => name.x0 > between.x0 && name.x1 < between.x1);
  const first = names.findIndex((name) => overlap(name, cell));
  if (first < 0) return undefined;
  const last = names.findLastIndex((name) => overlap(name, cell));
  const off = (a: number, b: number) => Math.abs((names[a]!.x0 + names[b]!.x1) / 2 - centre(cell));
  let best: Band | undefined;
  let bestOff = cell.size;
  let b = last;
  for (let a = first; a >= 0; a--) {
    while (b + 1 < names.length && off(a, b + 1) <= off(a, b)) b++;
    if (off(a, b) < bestOff) {
      bestOff = off(a, b);
      best = { x0: names[a]!.x0, x1: names[b]!.x1 };
    }
  }
  return best;
}

/**
 * A table that runs onto the next page without its header: the page's first lines print figures at once, and each
 * of their cells stands in one column of the grid that ended the page before. They are laid out in those columns,
 * so that each figure keeps the column its header named; their own, fewer columns would shift it left.
 */
const continues = (lines: Line[], carried: Band[] | undefined): carried is Band[] =>
  carried !== undefined &&
  printsFigure(lines[0]!) &&
  lines.every((line) => line.cells.every((cell) => onlyOverlapping(carried, cell) !== undefined));

const round = (n: number) => Math.round(n * 10) / 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A line of one cell that stands in one column of a grid, at its row pitch below the line before: a row of that grid. */
const labelRow = (above: Line, line: Line, columns: Band[], pitch: number) =>
  above.bottom - line.y <= pitch * 1.6 && onlyOverlapping(columns, line.cells[0]!) !== undefined;

/** A page's blocks, and the columns of the grid that ends it (none when the page ends with a paragraph). */
export interface PageLayout {
  blocks: SourceBlock[];
  footColumns?: Band[];
}

/**
 * One page's blocks. A grid is a run of lines at the table's row pitch (the usual distance between two
 * lines of several cells) that starts and ends with a line of several cells; a row whose only printed
 * cell is its label stays in the grid, with its blank cells. Every other line is a paragraph. `carried` is the
 * previous page's `footColumns`: a grid that opens the page may continue that table. The last argument is the page's
 * lines (and their row pitch) when they were read already (and joined with the next page's where a row breaks across: ./pdf-page-break.ts).
 */
export function pageBlocks(runs: TextRun[], page: number, carried?: Band[], { lines, pitch: rowsApart }: PageLines = pageLines(runs)): PageLayout {
  /**
   * A grid's header (its lines above its first line of figures) read again from its runs, by position: the runs
   * from its first line's baseline down to its last line's lowest (not a row's continuation lifted out of the page
   * below the header, ./pdf-page-break.ts).
   */
  const headerOf = (grid: Line[]) => {
    const body = grid.findIndex(printsFigure);
    if (body < 1) return undefined;
    const last = grid[body - 1]!;
    const lowest = last.bottom - Math.min(...last.cells.map((cell) => cell.size)) / 2;
    return readHeader(runs.filter((run) => run.y >= lowest && run.y <= grid[0]!.y), rowsApart);
  };
  const multi = (i: number) => (lines[i]?.cells.length ?? 0) >= 2;
  const pitches = lines.slice(1).flatMap((line, i) => (multi(i) && multi(i + 1) ? [lines[i]!.bottom - line.y] : []));
  const pitch = median(pitches) ?? (median(runs.map((run) => run.size)) ?? 10) * 1.5;
  const blocks: SourceBlock[] = [];
  let footColumns: Band[] | undefined;
  let i = 0;
  while (i < lines.length) {
    if (!multi(i)) {
      // A table's rows that print only their label (交通运输支出 … down to the page's foot) keep its columns for the next page.
      if (!(footColumns && labelRow(lines[i - 1]!, lines[i]!, footColumns, pitch))) footColumns = undefined;
      blocks.push({ kind: 'paragraph', text: lines[i]!.cells[0]!.text, at: { page, line: i + 1 } });
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && lines[end - 1]!.bottom - lines[end]!.y <= pitch * 1.6) end++;
    while (end > i + 1 && !multi(end - 1)) end--;
    // A side of the table that runs on after the other has ended prints its last rows a cell each (./pdf-grid-ends.ts).
    while (end < lines.length && !multi(end) && lines[end - 1]!.bottom - lines[end]!.y <= pitch * 1.6 && inColumn(lines[end]!.cells[0]!, lines.slice(i, end))) end++;
    const grid = lines.slice(i, end);
    // Before the page's first grid, only the figures cut from the previous page's last row may stand (the "0" of a
    // 12.80 printed "12.8" there, in one of its columns): the grid still continues that page's table.
    const cut = (line: Line) => line.cells.every((cell) => FIGURE.test(cell.text)) && continues([line], carried);
    const continued = lines.slice(0, i).every(cut) && continues(grid, carried);
    const { rows, bands } = gridOf(grid, continued ? carried : undefined, headerOf(grid));
    blocks.push({ kind: 'grid', rows, at: { page, line: i + 1 } });
    footColumns = bands;
    i = end;
  }
  return { blocks, ...(footColumns ? { footColumns } : {}) };
}

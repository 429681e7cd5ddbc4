/**
 * A table's lines → rows of cells. Extracted text prints tables three ways, and the reader keeps each line as a
 * paragraph with its line number:
 * - several cells a line, tab-separated (blank cells kept as empty fields between tabs);
 * - several cells a line, separated by runs of spaces, or by single spaces (blank cells lost);
 * - one cell a line, rows apart by a blank line, blank cells as blank lines. Blank lines are not blocks, so the
 *   rows are rebuilt from the line numbers: every row takes the same number of lines (its cells and the blank
 *   line after it), so the period under which each column holds one kind of cell is the row length.
 * Grid blocks (DOCX, XLSX, HTML, PDF readers) are already rows; merged cells keep their place by repeating blanks.
 */
import type { SourceBlock } from '../../source.js';
import { isCode, isFigure, squash } from './text.js';

export interface CellRow {
  cells: string[];
  /** Index of the block the row starts in. */
  block: number;
  /** Split at single spaces: blank cells were lost, so a figure's place is not its column. */
  lossy?: boolean;
  /** Split at tabs: every blank cell is kept but the trailing ones, which extraction does not print. */
  tabbed?: boolean;
}

type Line = { text: string; line: number; block: number };

/** Tab-separated: every field is a cell, a leading tab being a blank first cell. */
const splitTabs = (text: string): string[] => text.split('\t').map((c) => c.trim());

/** A label's first word: "一、…", "（十）…", "3、…" begin a new label. */
export const startsLabel = (token: string): boolean => /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+、)/.test(token);

/**
 * Single-space separated, blank cells lost: figures and code digits are cells of their own; words between them are
 * one cell, letter-spaced characters ("合 计") joined, and an ordinal ("三、…") starts the next label.
 */
function splitSpaces(text: string): string[] {
  const parts = text.trim().split(/[ \u3000]{2,}/);
  if (parts.length > 1) return parts.map((p) => p.trim());
  const cells: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length) cells.push(words.reduce((a, w) => (/^[\u4e00-\u9fa5]$/.test(w) || /[\u4e00-\u9fa5]$/.test(a) ? a + w : `${a} ${w}`)));
    words = [];
  };
  for (const token of text.trim().split(/\s+/)) {
    if (isFigure(token) || (/^\d+$/.test(token) && words.length === 0)) {
      flush();
      cells.push(token);
    } else {
      if (startsLabel(token)) flush();
      words.push(token);
    }
  }
  flush();
  return cells;
}

const kindOf = (text: string): 'figure' | 'code' | 'text' | 'blank' => (text.trim() === '' ? 'blank' : isFigure(text) ? 'figure' : isCode(text) ? 'code' : 'text');

/** "收    入", "合  计", "收\t入": one word printed letter-spaced, one cell. */
const isSpacedWord = (text: string): boolean => /^([\u4e00-\u9fa5][ \u3000\t]+)+[\u4e00-\u9fa5]$/.test(text.trim());

/** A line that prints a figure among its cells. */
export const printsFigure = (text: string): boolean => splitSpaces(text).some(isFigure);

/** One cell per line: is this the layout? Most lines hold a single cell. */
function isCellPerLine(lines: Line[]): boolean {
  const single = lines.filter((l) => isSpacedWord(l.text) || (!/\S[\t]\S|\S {2,}\S/.test(l.text.trim()) && splitSpaces(l.text).length === 1));
  return single.length >= lines.length * 0.9 && lines.length >= 4;
}

/**
 * The row period of a cell-per-line table: the length p (cells plus the blank line) and phase under which the
 * lines at each offset are most alike in kind (figure / code / text), with nothing at the blank line's offset.
 */
function period(lines: Line[]): { p: number; phase: number } | undefined {
  const body = lines.slice(Math.max(0, lines.findIndex((l) => isFigure(l.text)) - 1));
  if (body.length < 4) return undefined;
  let best: { p: number; phase: number; score: number } | undefined;
  for (let p = 2; p <= 48; p += 1) {
    for (let phase = 0; phase < p; phase += 1) {
      const kinds = new Map<number, Map<string, number>>();
      let onGap = 0;
      for (const l of body) {
        const offset = (((l.line - phase) % p) + p) % p;
        if (offset === p - 1) onGap += 1;
        const m = kinds.get(offset) ?? new Map<string, number>();
        m.set(kindOf(l.text), (m.get(kindOf(l.text)) ?? 0) + 1);
        kinds.set(offset, m);
      }
      // A column seen in one row only says nothing of how alike its lines are: a long period that puts nearly every
      // line at an offset of its own would otherwise fit any short table.
      const alike = [...kinds.values()].reduce((sum, m) => {
        const most = Math.max(...m.values());
        return sum + ([...m.values()].reduce((a, b) => a + b, 0) > 1 ? most : 0);
      }, 0);
      // A row prints its name or code: when nearly half the windows hold figures alone, the period cut rows in
      // two (a half period fits as well when blank columns line up). An unlabelled repeat of the 合计 line is one.
      // Windows with no line at all count: a half period leaves the blank half of every row empty.
      const named = new Set(body.filter((l) => kindOf(l.text) !== 'figure').map((l) => Math.floor((l.line - phase) / p)));
      const windowOf = (l: Line) => Math.floor((l.line - phase) / p);
      const span = windowOf(body[body.length - 1]!) - windowOf(body[0]!) + 1;
      const headless = 1 - named.size / Math.max(1, span);
      // A row starts with a printed cell, not a blank one (when the last column is blank too, either would fit).
      // Each line at the blank line's offset costs more than a mixed column: rows never print there.
      const score = (alike - 3 * onGap) / body.length - p * 0.002 - (headless >= 0.4 ? 0.5 : 0) - (kinds.has(0) ? 0 : 0.01);
      if (!best || score > best.score) best = { p, phase, score };
    }
  }
  return best && best.score > 0.8 ? best : undefined;
}

/**
 * Cells that break after their tab. In a layout whose cells each begin with a tab ("\t一、本年收入"), some cells
 * print the tab on one line and their text on the next ("\t" / "一般公共服务支出"), or wrap their text without one
 * ("\t社会保障和就业支" / "出"): a line without its tab is the cell opened on the line before, so it takes that
 * line (its text joined to the text printed there), and every later line moves up one, keeping the rows' period.
 * Only lines from the first figure on: a header's lines print no tabs of their own.
 */
function joinTabBreaks(lines: Line[]): Line[] {
  const first = lines.findIndex((l) => isFigure(l.text));
  if (first < 0) return lines;
  const body = lines.slice(first);
  if (body.filter((l) => l.text.startsWith('\t')).length < body.length * 0.8) return lines;
  const out: Line[] = lines.slice(0, first);
  let shift = 0;
  for (const l of body) {
    const previous = out[out.length - 1];
    if (!l.text.startsWith('\t') && kindOf(l.text) === 'text' && previous) {
      shift += 1;
      if (previous.line === l.line - shift && kindOf(previous.text) === 'text') {
        out[out.length - 1] = { ...previous, text: `${previous.text}${l.text.trim()}` };
        continue;
      }
    }
    out.push({ ...l, line: l.line - shift });
  }
  return out;
}

/**
 * A table split across pages prints its header lines again on the next page, and the next page's rows start at
 * another phase of the row period. The repeat (the header's lines again, in order, after the first figure: at least
 * three and half of them) is dropped, and the lines after it are renumbered so that their rows continue the first
 * page's: its first row starts as far below the repeated header as the first page's first row below the header.
 * Such a header is printed in a layout of its own, not the rows' period (its cells wider apart): its rows are
 * returned apart (`headerRows`), the lines after it to be read by the period. Undefined when no header is repeated
 * or the first page has no row period.
 */
function withoutRepeatedHeader(lines: Line[]): { header: CellRow[]; body: Line[] } | undefined {
  const first = lines.findIndex((l) => isFigure(l.text));
  if (first < 1) return undefined;
  const same = (a: Line, b: Line) => squash(a.text) === squash(b.text);
  const matched = (at: number) => {
    let m = 0;
    while (m < first && at + m < lines.length && same(lines[at + m]!, lines[m]!)) m += 1;
    return m;
  };
  const at = lines.findIndex((l, i) => i > first && same(l, lines[0]!) && matched(i) >= Math.max(3, first / 2));
  if (at < 0) return undefined;
  const m = matched(at);
  const page = joinTabBreaks(lines.slice(0, at));
  const found = period(page);
  if (!found) return undefined;
  const { p, phase } = found;
  const rowStartAfter = (line: number) => line + 1 + ((((phase - line - 1) % p) + p) % p);
  const firstRow = rowStartAfter(lines[m - 1]!.line);
  const shift = lines[at + m - 1]!.line + (firstRow - lines[m - 1]!.line) - rowStartAfter(page[page.length - 1]!.line);
  const body = [...page.filter((l) => l.line >= firstRow), ...joinTabBreaks(lines.slice(at + m).map((l) => ({ ...l, line: l.line - shift })))];
  return { header: headerRows(page.filter((l) => l.line < firstRow)), body };
}

/**
 * Header lines in their own layout: lines one after another, or one blank line apart (a blank cell), are one row;
 * a longer break (a blank cell and the blank line after a row) begins the next row.
 */
function headerRows(lines: Line[]): CellRow[] {
  const rows: CellRow[] = [];
  lines.forEach((l, i) => {
    const gap = i === 0 ? Infinity : l.line - lines[i - 1]!.line;
    if (gap > 2) rows.push({ cells: [], block: l.block });
    const row = rows[rows.length - 1]!;
    if (gap === 2) row.cells.push('');
    row.cells.push(l.text.trim());
  });
  return rows;
}

/** Rows of a cell-per-line table rebuilt from line numbers; a label broken over two lines is joined again. */
function cellPerLineRows(printed: Line[]): CellRow[] {
  const split = withoutRepeatedHeader(printed);
  return [...(split?.header ?? []), ...periodRows(split?.body ?? joinTabBreaks(printed))];
}

/** Lines → rows by the row period (cells.ts's header comment). */
function periodRows(lines: Line[]): CellRow[] {
  const found = period(lines);
  if (!found) return lines.map((l) => ({ cells: [l.text.trim()], block: l.block }));
  const { p } = found;
  let phase = found.phase;
  const rows = new Map<number, CellRow>();
  lines.forEach((l, i) => {
    let offset = (((l.line - phase) % p) + p) % p;
    const previous = lines[i - 1];
    if (offset === p - 1 && previous && previous.line === l.line - 1 && kindOf(l.text) === 'text' && kindOf(previous.text) === 'text') {
      // A label wrapped onto the next line: join it, and the rows after it start one line later.
      const row = rows.get(Math.floor((previous.line - phase) / p));
      const cells = row?.cells;
      if (cells) cells[cells.length - 1] = `${cells[cells.length - 1]}${l.text.trim()}`;
      phase += 1;
      return;
    }
    offset = (((l.line - phase) % p) + p) % p;
    const index = Math.floor((l.line - phase) / p);
    const row = rows.get(index) ?? { cells: Array<string>(p - 1).fill(''), block: l.block };
    if (offset < p - 1) row.cells[offset] = l.text.trim();
    rows.set(index, row);
  });
  return [...rows.values()];
}

/**
 * A row of a single-space layout broken over lines by a narrow cell: its codes ("301 08 402001"), its name wrapped
 * ("机关事业单位基" / "本养老保险缴费"), then its figures on a line of their own. Up to three short lines without
 * figures just before a line of figures alone are that row's codes and name.
 */
function joinBrokenRows(rows: CellRow[]): CellRow[] {
  const out: CellRow[] = [];
  let pending: CellRow[] = [];
  const short = (rs: CellRow[]) => rs.length <= 3 && rs.reduce((n, r) => n + r.cells.join('').length, 0) <= 40;
  for (const row of rows) {
    const filled = row.cells.filter((c) => c.trim() !== '');
    if (row.lossy && filled.length && !filled.some(isFigure)) {
      pending.push(row);
      continue;
    }
    if (row.lossy && pending.length && short(pending) && filled.length && filled.every(isFigure)) {
      const before = pending.flatMap((r) => r.cells.filter((c) => c.trim() !== ''));
      const codes = before.filter(isCode);
      const name = before.filter((c) => !isCode(c)).join('');
      out.push({ cells: [...codes, ...(name ? [name] : []), ...filled], block: pending[0]!.block, lossy: true });
    } else out.push(...pending, row);
    pending = [];
  }
  return [...out, ...pending];
}

/** A line split at tabs: a tab between its words, or before its first (its leading cells blank, their places kept). */
const isTabbed = (text: string): boolean => /\t/.test(text.trim()) || /^\t/.test(text);

/** Lines that hold several cells each: tab-separated, or split at spaces. */
const lineRows = (run: Line[]): CellRow[] =>
  joinBrokenRows(
    run.map((l) =>
      isTabbed(l.text)
        ? { cells: splitTabs(l.text), block: l.block, tabbed: true }
        : { cells: splitSpaces(l.text), block: l.block, lossy: !/\S {2,}\S/.test(l.text.trim()) },
    ),
  );

export function cellRows(blocks: SourceBlock[], from: number, to: number, figures = true): CellRow[] {
  const rows: CellRow[] = [];
  let lines: Line[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    // A header wrapped letter by letter is one cell a line; the rows under it may still print several figures a
    // line. From the first such line on, the lines are rows of their own; the header's lines stay one cell each
    // (words side by side in them are split by the header reader, which knows the labels).
    const several = lines.findIndex((l) => splitSpaces(l.text).filter(isFigure).length > 1);
    const head = several < 0 ? lines : lines.slice(0, several);
    const tail = several < 0 ? [] : lineRows(lines.slice(several));
    // A table without figures has no row period to find (an empty table's header and its 合计 / unit lines), and
    // words side by side are split by the header reader, which knows the labels: each line is one cell.
    // A line that begins with tabs keeps its places, so that a label under a later side's header stays there.
    if (!figures) rows.push(...lines.map((l) => (isTabbed(l.text) ? lineRows([l]) : [{ cells: [l.text.trim()], block: l.block }])).flat());
    else if (isCellPerLine(lines)) rows.push(...cellPerLineRows(head), ...tail);
    else if (several >= 4 && isCellPerLine(head)) rows.push(...head.map((l) => ({ cells: [l.text.trim()], block: l.block })), ...tail);
    else rows.push(...lineRows(lines));
    lines = [];
  };
  for (let i = from; i < to; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'grid') {
      flush();
      for (const row of block.rows) rows.push({ cells: row.flatMap((c) => [c.text.trim(), ...Array<string>((c.colSpan ?? 1) - 1).fill('')]), block: i });
    } else lines.push({ text: block.text, line: block.at.line ?? i, block: i });
  }
  flush();
  return rows;
}

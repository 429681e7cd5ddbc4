/**
 * A workbook (XLSX, or the older binary XLS): one sheet is usually one table, with a title row, a unit row,
 * merged spanning headers and the rows. Each sheet gives its leading one-cell rows (title, unit) as
 * paragraphs, the rest up to its trailing notes as a grid with merged cells as spans, and those notes as
 * paragraphs. A trailing note is a one-cell row merged across columns or worded as a note; a lone label
 * ("三、公务接待费" with blank figures, an expenditure line where the income side has ended) is a row of the
 * table. Cells give the text the workbook displays (its number format applied).
 *
 * SheetJS Community Edition 0.20.3 reads both formats in Node and the browser; it is taken from the
 * @e965/xlsx republication of SheetJS's own release because the `xlsx` package on npm stopped at 0.18.5,
 * which has known advisories (prototype pollution CVE-2023-30533, ReDoS CVE-2024-22363), fixed in 0.20.x.
 */
import { read, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import type { SourceBlock, SourceCell, SourceDocument } from '../source.js';
import { ReadError } from './errors.js';
import { normaliseText } from './text.js';

const display = (cell: CellObject | undefined): string => {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  const text = cell.w ?? String(cell.v);
  return normaliseText(text).replace(/\s+$/, '');
};

/** A one-cell row below a table that is a note: merged across the table, or worded as one ("注：…", a sentence). */
const isNote = (row: { cells: SourceCell[]; filled: number }) => {
  if (row.filled !== 1) return false;
  const cell = row.cells.find((candidate) => candidate.text.trim() !== '')!;
  return (cell.colSpan ?? 1) > 1 || /^\s*(注|备注|说明)\s*\d*\s*[:：]|[。；]$/.test(cell.text.trim());
};

function sheetBlocks(sheet: WorkSheet, name: string): SourceBlock[] {
  if (!sheet['!ref']) return [];
  const range = utils.decode_range(sheet['!ref']);
  const merges = sheet['!merges'] ?? [];
  /** Top-left of each merge → its spans; every other cell of a merge is covered. */
  const spans = new Map<string, { colSpan: number; rowSpan: number }>();
  const covered = new Set<string>();
  for (const merge of merges) {
    spans.set(utils.encode_cell(merge.s), { colSpan: merge.e.c - merge.s.c + 1, rowSpan: merge.e.r - merge.s.r + 1 });
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      for (let c = merge.s.c; c <= merge.e.c; c++) if (r !== merge.s.r || c !== merge.s.c) covered.add(utils.encode_cell({ r, c }));
    }
  }
  /** `starts`: the sheet column (from the range's first) of each cell; `reach`: the column after the last one printed or merged. */
  const rows: { r: number; cells: SourceCell[]; starts: number[]; reach: number; filled: number; first?: string }[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: SourceCell[] = [];
    const starts: number[] = [];
    let reach = 0;
    let filled = 0;
    let first: string | undefined;
    for (let c = range.s.c; c <= range.e.c; c++) {
      const address = utils.encode_cell({ r, c });
      if (covered.has(address)) continue;
      const text = display(sheet[address] as CellObject | undefined);
      const span = spans.get(address);
      if (text.trim() !== '') {
        filled += 1;
        first ??= address;
      }
      if (text !== '' || span) reach = c - range.s.c + (span?.colSpan ?? 1);
      starts.push(c - range.s.c);
      cells.push({ text, ...(span && span.colSpan > 1 ? { colSpan: span.colSpan } : {}), ...(span && span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {}) });
    }
    if (filled > 0) rows.push({ r, cells, starts, reach, filled, ...(first ? { first } : {}) });
  }
  const paragraph = (row: (typeof rows)[number]): SourceBlock => ({
    kind: 'paragraph',
    text: row.cells.find((cell) => cell.text.trim() !== '')!.text.trim(),
    at: { sheet: name, cell: row.first! },
  });
  let start = 0;
  while (start < rows.length && rows[start]!.filled === 1) start++;
  let end = rows.length;
  while (end > start && isNote(rows[end - 1]!)) end--;
  const blocks: SourceBlock[] = rows.slice(0, start).map(paragraph);
  if (end > start) {
    const grid = rows.slice(start, end);
    // Trailing empty cells are the sheet's width, not the table's. Counted in sheet columns, not cells: a merged cell
    // is one cell over several columns, and the cells a merge from a row above covers are not in a row's list.
    const width = Math.max(1, ...grid.map((row) => row.reach));
    blocks.push({
      kind: 'grid',
      rows: grid.map((row) => row.cells.filter((_, i) => row.starts[i]! < width)),
      at: { sheet: name, cell: utils.encode_cell({ r: grid[0]!.r, c: range.s.c }) },
    });
  }
  blocks.push(...rows.slice(end).map(paragraph));
  return blocks;
}

export function readWorkbook(bytes: Uint8Array, format: 'xlsx' | 'xls', name?: string): SourceDocument {
  let workbook;
  try {
    workbook = read(bytes, { type: 'array', cellText: true, cellDates: false, cellFormula: false, cellHTML: false });
  } catch (error) {
    if (/password|encrypt/i.test(String(error))) throw new ReadError('encrypted', { what: format });
    throw new ReadError('corrupt', { what: format });
  }
  const blocks = workbook.SheetNames.flatMap((sheetName) => {
    const sheet = workbook.Sheets[sheetName];
    return sheet ? sheetBlocks(sheet, sheetName) : [];
  });
  return { format, ...(name ? { name } : {}), blocks, pages: workbook.SheetNames.length };
}

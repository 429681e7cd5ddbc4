/**
 * A table's body: its notes, whether it is empty on purpose, its columns and rows. Header rows come before the
 * first row with a figure (or a 合计); their labels name the figure columns (columns.ts). Statements with an
 * income and an expenditure side are read by statement.ts.
 */
import type { Column, Row, TableSection, Unit } from '../../../data/schema.js';
import type { ReportNote } from '../../report.js';
import type { SourceBlock } from '../../source.js';
import { cellRows, printsFigure, startsLabel, type CellRow } from './cells.js';
import { columnsFromRows } from './columns.js';
import { isNumberLine } from './identity.js';
import type { TableSpan } from './outline.js';
import { hundredths, hundredthsOfYuan, placeFigures, sumsOf, undecidedNote, type ArithmeticRow, type StatedFigure } from './arithmetic.js';
import { columnsStatedBy } from '../stated.js';
import { alignFigureStarts, buildRow, roleOf, splitRow, textColumnsOf, withoutLabelPlaces, type RowCells } from './rows.js';
import { readStatement } from './statement.js';
import { isFigure, isNote, isProse, squash, unitOf } from './text.js';
import { zipLabelBlock } from './label-block.js';
import { readTextTable, textTableNote } from './text-table.js';
import { classCodesOf } from './economic-classes.js';

export interface Body {
  columns: Column[];
  sections?: TableSection[];
  rows: Row[];
  note?: string;
  empty: boolean;
  used: number[];
  notes: ReportNote[];
  confidence: number;
  /** Lines of a statement printed at this table's foot, before the statement's own title. */
  statementLines?: CellRow[];
  /** Whether the statement read the lines printed before its title. */
  readBefore?: boolean;
}

/** Lines around a table that are not its cells: 部门：…, 预算年度：…, 单位：…, a number line. */
const isFurniture = (text: string): boolean => {
  const t = squash(text);
  return (unitOf(text) !== undefined && t.length < 40 && !isLabelWithUnit(t)) || /^(部门|单位|编制单位|预算年度|部门（单位）名称)[:：]/.test(t) || isNumberLine(text) || isPageFurniture(t);
};

/** A column's label that names its unit in brackets ("价值（金额单位：万元）"): a header cell, not a unit line. */
const isLabelWithUnit = (t: string): boolean => /^[^（(：:]+[（(][^）)]*单位[:：][^）)]*[）)]$/.test(t);

/** Page numbers and running heads a PDF extraction leaves between rows: "第 3 页", "- 12 -", "3/40". */
const isPageFurniture = (t: string): boolean => /^(第\d+页(共\d+页)?|[-—–]\d+[-—–]|\d+\/\d+|共\d+页第\d+页)$/.test(t);

/**
 * A line of prose. A long line of words cut into cells (tabs, runs of spaces between words) and punctuated as no
 * sentence is a row's cells: a statement's sides side by side print long lines with few figures.
 */
const isProseLine = (text: string): boolean => isProse(text) && !(/\t|\S {2,}\S/.test(text) && !/[。；，]/.test(text));

/** Prose between a table's rows; never a row of a grid, whose text cell (项目简介) may well be a sentence. */
const isProseBlock = (block: SourceBlock): boolean => block.kind === 'paragraph' && block.row !== true && isProseLine(block.text);

const hasFigure = (row: CellRow): boolean => row.cells.some((c) => isFigure(c));

/**
 * Where the data rows start: the first row with a figure, taking the 合计 line just before it along (its figures
 * may be blank). An empty table's data is its last 合计 line: headers print 合计 too, above it.
 */
function firstDataRow(grid: CellRow[]): number {
  const figure = grid.findIndex(hasFigure);
  const isTotal = (row: CellRow | undefined) => row !== undefined && row.cells.some((c) => roleOf(c) === 'total');
  if (figure < 0) return grid.findLastIndex(isTotal);
  return figure;
}

/**
 * Figures the document states outside the table for its 合计 line (the narrative's 基本支出 / 项目支出), in yuan by
 * column key. They only choose among placements the arithmetic allows.
 */
export type StatedTotals = Partial<Record<string, number>>;

/** A note's next numbered item on a line of its own ("注：1、…" / "2、…"): it continues the note. */
function nextNoteItem(note: string | undefined, text: string): boolean {
  const last = note && /(?:^|[:：])\s*(\d+)[、.．][^\n]*$/.exec(note.split('\n').at(-1)!);
  const item = /^(\d+)[、.．]/.exec(squash(text));
  return !!last && !!item && Number(item[1]) === Number(last[1]) + 1;
}

export function readBody(blocks: SourceBlock[], span: TableSpan, unit: Unit, stated: StatedTotals = {}, before: CellRow[] = []): Body {
  const notes: string[] = [];
  const used: number[] = [];
  const cells: number[] = [];
  // A title printed at the table's foot stands among its blocks.
  const indices = [span, ...(span.continued ?? [])].flatMap(({ start, end }) => Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k)).filter((i) => i !== span.titleBlock);
  // A bare number as the table's very last line is the page number printed at the foot of its page.
  const isFootNumber = (text: string, i: number) => i === indices[indices.length - 1] && /^\d{1,3}$/.test(squash(text));
  let noteBlock = -1;
  indices.forEach((i, k) => {
    const block = blocks[i]!;
    const text = block.kind === 'paragraph' ? block.text : '';
    if (block.kind === 'paragraph' && isNote(text)) {
      notes.push(text.trim());
      used.push((noteBlock = i));
    } else if (block.kind === 'paragraph' && indices[k - 1] === noteBlock && nextNoteItem(notes.at(-1), text)) {
      notes[notes.length - 1] += `\n${text.trim()}`;
      used.push((noteBlock = i));
    } else if (block.kind === 'paragraph' && (isFurniture(text) || isFootNumber(text, i) || isProseBlock(block))) {
      if (isFurniture(text) || isFootNumber(text, i)) used.push(i);
    } else cells.push(i);
  });
  // Lines of words after the last row (names' and texts' words whose digits were printed among the figures).
  const last = cells[cells.length - 1] ?? Infinity;
  const afterRows = indices.filter((i) => i > last && blocks[i]!.kind === 'paragraph' && !used.includes(i) && !notes.includes((blocks[i] as { text: string }).text.trim()));
  const zipped = zipLabelBlock(cells.length ? cellRowsOf(blocks, cells) : [], lineOf(blocks), afterRows.map((i) => (blocks[i] as { text: string }).text));
  const grid = zipped.rows;
  const note = notes.length ? notes.join('\n') : undefined;
  const isStatement = span.identity.kind === 'overview' || span.identity.kind === 'fiscal-overview' || /收支/.test(span.title);
  const words = isStatement || grid.some((r) => r.cells.some(isFigure)) ? undefined : readTextTable(blocks, cells);
  if (words) return { ...(note ? { note } : {}), empty: false, columns: words.columns, rows: words.rows, used: [...used, ...words.used], notes: [textTableNote(words)], confidence: 0.6 };
  used.push(...cells, ...afterRows.slice(0, zipped.usedAfter ?? 0));
  const hasFigures = grid.some((r) => r.cells.some((c) => isFigure(c) && Number(c.replace(/[^\d.]/g, '')) !== 0));
  const base = { ...(note ? { note } : {}), empty: !hasFigures, used, notes: [] as ReportNote[] };

  if (isStatement) {
    const statement = readStatement(grid, unit, before);
    if (statement) return { ...base, ...statement, confidence: 0.8 };
  }
  const first = firstDataRow(grid);
  const header = first < 0 ? grid : grid.slice(0, first);
  // A table continued on the next page repeats its header: those rows are not data. The first data row is data
  // (an empty table's 合计 line, printed as the header's 合计 is).
  const headerTexts = new Set(header.map((r) => squash(r.cells.join(''))));
  const data = (first < 0 ? [] : grid.slice(first)).filter((r, i) => i === 0 || !headerTexts.has(squash(r.cells.join(''))) || hasFigure(r));
  const read = alignFigureStarts(
    withoutLabelPlaces(
      data.map((r) => ({ ...splitRow(r.cells), lossy: r.lossy === true, tabbed: r.tabbed === true })),
      header,
    ).filter((r) => r.name !== '' || r.values.some((v) => v.trim() !== '')),
  );
  // A line that prints another numbered label after its name ("一、财政拨款 4,567,178.00 一、财政拨款 …") holds rows
  // of a statement side by side, printed before that statement's title: not a row of this table. The lines after
  // it are that statement's too, with fewer sides as they run out ("20、住房保障支出 215,577.00"), so from there on
  // no figure is put in this table's columns.
  const statementFrom = read.findIndex((r) => r.values.some((v) => startsLabel(v.trim())));
  const sideBySide = statementFrom < 0 ? [] : read.slice(statementFrom);
  const statementLines = statementFrom < 0 ? [] : data.slice(data.findIndex((r) => splitRow(r.cells).values.some((v) => startsLabel(v.trim()))));
  const split = read.map((r, i) => (statementFrom >= 0 && i >= statementFrom ? { ...r, values: [] } : r));
  // Rows that lost their blank cells say nothing of the table's width.
  const width = Math.max(0, ...split.filter((r) => !r.lossy).map((r) => r.values.length));
  const columns = columnsFromRows(header.map((r) => r.cells), width);
  const notesOut: ReportNote[] = [];
  if (zipped.undecided) {
    const { names, figureRows } = zipped.undecided;
    notesOut.push({
      kind: 'ambiguity',
      message: {
        'zh-CN': `名称（${names} 行）与数值（${figureRows} 行）分块印出，无法确定其对应，名称未并入数值行`,
        en: `names (${names} lines) and figures (${figureRows} rows) are printed as separate blocks and cannot be paired; the names are not joined to the figure rows`,
      },
    });
  }
  if (sideBySide.length) {
    notesOut.push({
      kind: 'ambiguity',
      message: {
        'zh-CN': `自“${sideBySide[0]!.name.trim()}”起的 ${sideBySide.length} 行在名称后另有编号的名称（另一张收支表的并排行），其数值未归入本表各列`,
        en: `the ${sideBySide.length} lines from "${sideBySide[0]!.name.trim()}" print numbered labels side by side (a statement's rows); their figures are not put in this table's columns`,
      },
    });
  }
  const placedRows = placeRows(split, columns, unit, notesOut, stated);
  const texts = textColumnsOf(header, split);
  // A statement whose sides were not read has no columns of its own: figures keyed by stray labels would stand in
  // wrong columns, so its rows keep their labels only.
  const rows = isStatement ? placedRows.map((r) => ({ ...r, values: {} })) : placedRows;
  if (isStatement && placedRows.some((r) => Object.keys(r.values).length > 0)) {
    notesOut.push({
      kind: 'ambiguity',
      message: { 'zh-CN': '收支表的收入、支出栏未能识别，数值未归列', en: 'the sides of this statement were not read, so its figures are not assigned to columns' },
    });
  }
  if (width > columns.length && columns.length > 0) {
    notesOut.push({
      kind: 'ambiguity',
      message: { 'zh-CN': `表头识别出 ${columns.length} 列，数据行有 ${width} 个数值位置；多出的数值未归列`, en: `the header names ${columns.length} figure columns but rows hold ${width} figure places; the extra figures are not assigned` },
    });
  }
  return { ...base, columns: [...texts.before, ...columns, ...texts.after], rows, notes: notesOut, confidence: columns.length ? 0.7 : 0.4, ...(statementLines.length ? { statementLines } : {}) };
}

/**
 * Lines of the first statement printed before its title outside any table (on the contents page, ahead of the
 * tables): the run of lines just above the title, up to the prose before it, from the first line that prints
 * numbered labels side by side. Furniture between them and the title (表1, 单位：元) is skipped. The statement
 * decides whether to read them (statement.ts); `blocks` are the lines' blocks, so that they count as used.
 */
export function frontStatementLines(blocks: SourceBlock[], titleBlock: number): { lines: CellRow[]; blocks: number[] } {
  let end = titleBlock;
  while (end > 0 && isPlainLine(blocks[end - 1]) && isFurniture((blocks[end - 1] as { text: string }).text)) end -= 1;
  let start = end;
  while (start > 0 && isPlainLine(blocks[start - 1]) && !isFurniture((blocks[start - 1] as { text: string }).text)) start -= 1;
  const sideBySide = start < end ? cellRows(blocks, start, end).find((r) => splitRow(r.cells).values.some((v) => startsLabel(v.trim()))) : undefined;
  if (!sideBySide) return { lines: [], blocks: [] };
  return { lines: cellRows(blocks, sideBySide.block, end), blocks: Array.from({ length: end - sideBySide.block }, (_, k) => sideBySide.block + k) };
}

/** A line of a table: not a note, not prose. */
const isPlainLine = (block: SourceBlock | undefined): boolean => block?.kind === 'paragraph' && !isNote(block.text) && !isProseBlock(block);

/** A row's line as printed, indentation included, when the row is that one line. */
const lineOf =
  (blocks: SourceBlock[]) =>
  (row: CellRow): string | undefined => {
    const block = blocks[row.block];
    return block?.kind === 'paragraph' && squash(block.text) === squash(row.cells.join('')) ? block.text : undefined;
  };

function cellRowsOf(blocks: SourceBlock[], indices: number[]): CellRow[] {
  // Contiguous runs keep their own layout; furniture and notes between them are skipped. A table without figures
  // has no row period to find (an empty table's header and its 合计 / unit lines): each line is a row as printed.
  const figures = indices.some((i) => {
    const block = blocks[i]!;
    return block.kind === 'grid' || printsFigure(block.text);
  });
  const rows: CellRow[] = [];
  let start = indices[0]!;
  let previous = start;
  for (const i of [...indices.slice(1), Number.POSITIVE_INFINITY]) {
    if (i !== previous + 1) {
      rows.push(...cellRows(blocks, start, previous + 1, figures));
      start = i;
    }
    previous = i;
  }
  return rows;
}

/** The row's whole total: a 合计 under a spanning header (上年's, in a 三公 table) is only its group's. */
const isTotalColumn = (column: Column | undefined): boolean =>
  column !== undefined && (column.key === 'total' || (roleOf(column.label) === 'total' && !column.groups?.length));

/** Stated totals in yuan → the columns each states (stated.ts) and its figure in hundredths of the printed unit. */
function statedFigures(stated: StatedTotals, keys: string[], unit: Unit): StatedFigure[] {
  return Object.entries(stated).flatMap(([key, yuan]) => {
    const columns = columnsStatedBy(key, keys);
    return yuan === undefined || columns.length === 0 ? [] : [{ columns, figure: hundredthsOfYuan(yuan, unit) }];
  });
}

/**
 * Rows → schema rows. A row split at single spaces lost its blank cells: its figures keep their order, and the
 * arithmetic (arithmetic.ts) decides their columns. A row it cannot decide keeps only its total, and the report
 * says so.
 */
function placeRows(split: (RowCells & { lossy: boolean })[], columns: Column[], unit: Unit, notes: ReportNote[], stated: StatedTotals): Row[] {
  const keys = columns.map((c) => c.key);
  const open = (r: RowCells & { lossy: boolean }) => r.lossy && r.values.filter((v) => v.trim() !== '').length < keys.length;
  const provisional = withClassCodes(split.map((r) => buildRow(r, keys, unit)));
  if (!split.some(open) || keys.length === 0) return provisional;
  const coded = (row: Row, i: number): Row => (provisional[i]!.code && !row.code ? { ...row, code: provisional[i]!.code } : row);
  const arithmetic: (ArithmeticRow | undefined)[] = split.map((r, i) => {
    const cells = r.values.map((v, c) => ({ v, c })).filter(({ v }) => v.trim() !== '');
    if (cells.some(({ v }) => !isFigure(v))) return undefined;
    const { code, role } = provisional[i]!;
    return {
      figures: cells.map(({ v }) => hundredths(v)),
      ...(open(r) ? {} : { places: cells.map(({ c }) => c) }),
      ...(code ? { code } : {}),
      ...(role === 'total' ? { total: true, stated: statedFigures(stated, keys, unit) } : {}),
    };
  });
  const listed = arithmetic.flatMap((a, i) => (a ? [{ a, i }] : []));
  const placed = placeFigures(listed.map(({ a }) => a), keys.length, sumsOf(columns));
  const placeOf = new Map(listed.map(({ i }, k) => [i, placed.places[k]]));
  if (placed.undecidedTotal) {
    notes.push({
      kind: 'ambiguity',
      message: {
        'zh-CN': '合计行的数值按加总关系可放入多种列组合，随之改变列的行只取合计列',
        en: 'the figures of the total line add up in more than one choice of columns; rows whose columns depend on that choice keep only their total',
      },
    });
  }
  return split.map((r, i) => {
    if (!open(r)) return provisional[i]!;
    const figures = r.values.filter((v) => v.trim() !== '');
    const places = placeOf.get(i);
    if (places) return coded(buildRow({ ...r, values: figures }, places.map((c) => keys[c]!), unit), i);
    // A row's first figure is its total only under a first column that is the total; without one nothing is certain.
    const kept = isTotalColumn(columns[0]) ? 1 : 0;
    notes.push(undecidedNote(r.name, figures.length, keys.length, kept === 1));
    return coded(buildRow({ ...r, values: figures.slice(0, kept) }, keys.slice(0, kept), unit), i);
  });
}

/** Class lines printed without a code take their class's code (economic-classes.ts). */
function withClassCodes(rows: Row[]): Row[] {
  const classes = classCodesOf(rows);
  return rows.map((row, i) => (classes[i] ? { ...row, code: classes[i] } : row));
}

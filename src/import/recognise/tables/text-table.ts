/**
 * A table of words: a header of column names, then one row per unit with words in its columns and no figure
 * anywhere (部门机构设置情况: 单位名称 | 单位性质 | 单位规格 | 经费保障形式). The figure reader finds no data row in it
 * and would call it empty; it is read here as columns of `"type": "text"`, each row's first cell its name.
 *
 * Kept narrow, since any run of short lines could pass for one: the header's first cell names the rows (项目,
 * 单位名称 …), its other cells are names no figure column has; every body row prints a name and at least one word;
 * no cell is a number, a sentence, a note, a total or a header's label (an empty table's second header line). The
 * table ends at the first line that does not fit, so the prose after it stays the narrative's.
 */
import type { Column, Row } from '../../../data/schema.js';
import type { ReportNote } from '../../report.js';
import type { SourceBlock } from '../../source.js';
import { parseFigure } from '../../amount.js';
import { isKnown, isRowHeader } from './columns.js';
import { halfWidth, isNote, isProse, squash } from './text.js';

export interface TextTable {
  columns: Column[];
  rows: Row[];
  /** The blocks the header and rows were read from. */
  used: number[];
}

interface Line {
  /** The blocks the line was read from: one, or one for each cell of a row printed one cell a line. */
  blocks: number[];
  line: number;
  fields: string[];
}

/** Keys of columns of words that tables of units print; another name gets a key by its place (text-2). */
const TEXT_KEYS: [RegExp, string][] = [
  [/^(单位|机构)?性质$/, 'nature'],
  [/^(单位|机构)?(规格|级别)$/, 'rank'],
  [/^经费(保障|供给|来源)?(形式|方式)$/, 'funding-form'],
  [/^(单位|机构)?(类型|类别)$/, 'type'],
  [/^备注$/, 'remarks'],
];

/** A cell of words: short, no number (a count or a code printed bare is no word), sentence, note or header label. */
const isWordCell = (text: string): boolean =>
  text.length <= 40 && parseFigure(halfWidth(text)) === null && !/^\d+$/.test(text) && !isProse(text) && !isNote(text) && !isKnown(text);

/** The header's first cell names the rows: 项目, 单位名称, 机构名称 …. */
const namesRows = (text: string): boolean => isRowHeader(text) || /名称$/.test(squash(text));

const textKeyOf = (label: string): string | undefined => TEXT_KEYS.find(([pattern]) => pattern.test(halfWidth(squash(label))))?.[1];

/** A column's name: one the vocabulary of text columns knows (备注 heads figures' tables too), or no figure column's. */
const isTextLabel = (text: string): boolean => textKeyOf(text) !== undefined || (text.length > 0 && text.length <= 20 && isWordCell(text));

const nonEmpty = (fields: string[]): string[] => fields.filter((f) => f !== '');

/** Lines of the run of blocks `indices` begins with: blocks one after another, each a line of tab-separated fields. */
function linesOf(blocks: readonly SourceBlock[], indices: readonly number[]): Line[] {
  const lines: Line[] = [];
  for (const [k, i] of indices.entries()) {
    const block = blocks[i];
    if (block?.kind !== 'paragraph' || (k > 0 && i !== indices[k - 1]! + 1)) break;
    lines.push({ blocks: [i], line: block.at.line ?? i, fields: block.text.split('\t').map((f) => f.trim()) });
  }
  return lines;
}

/** Lines of several cells each (a grid's rows, tab-separated text): each line is a row, its blank cells in place. */
function rowsOfLines(lines: readonly Line[]): Line[] {
  const end = lines.findIndex((l) => nonEmpty(l.fields).length < 2);
  return lines.slice(0, end < 0 ? lines.length : end);
}

/**
 * One cell a line, rows a blank line apart (extracted from a word processor's table): lines one after another are
 * one row. The table ends at a longer gap, or at a row of another width than the header's.
 */
function rowsOfCells(lines: readonly Line[]): Line[] {
  const rows: Line[] = [];
  for (const [k, l] of lines.entries()) {
    const cells = nonEmpty(l.fields);
    const gap = k === 0 ? 2 : l.line - lines[k - 1]!.line;
    if (cells.length !== 1 || gap < 1 || gap > 2) break;
    const row = gap === 1 ? rows.at(-1)! : { blocks: [], line: l.line, fields: [] };
    if (gap === 2) rows.push(row);
    row.blocks.push(...l.blocks);
    row.fields.push(cells[0]!);
  }
  const width = rows[0]?.fields.length ?? 0;
  const end = rows.findIndex((r) => r.fields.length !== width);
  return end < 0 ? rows : rows.slice(0, end);
}

/**
 * A column named in the header with no word below it, beside a column of words with no name above it, is one column
 * that the reader cut in two (a PDF prints the name centred, the words from the column's left edge): joined.
 */
function joinSplitColumns(header: string[], body: string[][]): { header: string[]; body: string[][] } {
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const named = (c: number) => (header[c] ?? '') !== '';
  const filled = (c: number) => body.some((r) => (r[c] ?? '') !== '');
  const halves = (a: number, b: number) => named(a) !== named(b) && filled(a) !== filled(b) && named(a) !== filled(a);
  const columns: number[][] = [];
  for (let c = 0; c < width; c += 1) {
    // A column with neither name nor word is the grid's, not the table's.
    if (!named(c) && !filled(c)) continue;
    if (c > 0 && c + 1 < width && halves(c, c + 1)) {
      columns.push([c, c + 1]);
      c += 1;
    } else columns.push([c]);
  }
  const cell = (row: string[], cs: number[]) => cs.map((c) => row[c] ?? '').find((t) => t !== '') ?? '';
  return { header: columns.map((cs) => cell(header, cs)), body: body.map((r) => columns.map((cs) => cell(r, cs))) };
}

/** Keys for the value columns: the vocabulary's, else the column's place; never one key twice. */
function columnKeys(labels: readonly string[]): string[] {
  const keys: string[] = [];
  labels.forEach((label, i) => {
    const known = textKeyOf(label);
    keys.push(known && !keys.includes(known) ? known : `text-${i + 2}`);
  });
  return keys;
}

/** The table of words the blocks `indices` begin with, or undefined when they are not one. */
export function readTextTable(blocks: readonly SourceBlock[], indices: readonly number[]): TextTable | undefined {
  const lines = linesOf(blocks, indices);
  if (lines.length < 2) return undefined;
  const several = nonEmpty(lines[0]!.fields).length > 1;
  const read = several ? rowsOfLines(lines) : rowsOfCells(lines);
  if (read.length < 2) return undefined;
  // A leading blank field is the extraction's, not a column: rows start at their first cell.
  const lead = Math.min(...read.map((r) => r.fields.findIndex((f) => f !== '')));
  const { header, body } = joinSplitColumns(read[0]!.fields.slice(lead), read.slice(1).map((r) => r.fields.slice(lead)));
  const labels = header.slice(1);
  if (!namesRows(header[0] ?? '') || labels.length === 0 || !labels.every(isTextLabel) || new Set(labels).size !== labels.length) return undefined;
  const fits = (r: string[]) => r[0] !== '' && r.slice(1).some((v) => v !== '') && r.filter((v) => v !== '').every(isWordCell);
  if (!body.every(fits)) return undefined;
  const keys = columnKeys(labels);
  return {
    columns: labels.map((label, i) => ({ key: keys[i]!, label, type: 'text' })),
    rows: body.map((r) => ({ name: r[0]!, values: Object.fromEntries(keys.flatMap((key, i) => (r[i + 1] ? [[key, r[i + 1]!]] : []))) })),
    used: read.flatMap((r) => r.blocks),
  };
}

/** The report says a table was read as words, so that a reviewer checks its columns. */
export const textTableNote = (table: TextTable): ReportNote => ({
  kind: 'assumption',
  message: {
    'zh-CN': `本表无数值，按文字表读取：${table.columns.length} 列文字（${table.columns.map((c) => c.label).join('、')}），${table.rows.length} 行，请核对`,
    en: `a table of words without figures, read as ${table.columns.length} text columns (${table.columns.map((c) => c.label).join(', ')}) and ${table.rows.length} rows; please review`,
  },
});

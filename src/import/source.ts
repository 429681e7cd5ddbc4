/**
 * The format-neutral stream every reader produces and every recogniser reads.
 *
 * Readers (PDF, DOCX, XLSX/XLS, HTML, plain text) know nothing about budgets: they turn a file into
 * paragraphs and grids of cells, each with the place it came from. Recognisers know nothing about file
 * formats: they decide which grid is which table, which header is which column key, which row is which
 * code, what the unit is. The same recognisers run in Node and in the browser.
 */

/** Where a block or cell came from, for the import report ("page 3, line 12", "sheet 表3, cell B7"). */
export interface SourcePlace {
  /** 1-based page of a PDF, or of a text file's form feeds. */
  page?: number;
  /** 1-based line of a text file, or the line on a PDF page. */
  line?: number;
  /** Sheet name of a workbook. */
  sheet?: string;
  /** A1-style address of a workbook cell, or of a grid's first cell. */
  cell?: string;
  /** 1-based index of the table among the file's tables (DOCX, HTML). */
  table?: number;
}

/** One cell as the reader found it. Merged cells are kept once, with their spans. */
export interface SourceCell {
  /** Text with its own line breaks joined by "\n"; not trimmed of meaning (full-width spaces kept). */
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** PDF: left and right edges in points, so recognisers can align columns across pages. */
  x0?: number;
  x1?: number;
}

export type SourceBlock =
  /**
   * Running text: a heading, a sentence, a note, a title line, a line of one cell. `row` marks a line that is a row
   * of a grid the file laid out (./linearise.ts): a row of a table is never a heading or a sentence.
   */
  | { kind: 'paragraph'; text: string; at: SourcePlace; row?: true }
  /** Rows of cells that the format itself lays out as a table (or, for text and PDF, that the reader aligned). */
  | { kind: 'grid'; rows: SourceCell[][]; at: SourcePlace };

export type SourceFormat = 'pdf' | 'docx' | 'xlsx' | 'xls' | 'html' | 'text';

export interface SourceDocument {
  format: SourceFormat;
  /** The file's name, for messages and `meta.source.file`. */
  name?: string;
  /** In reading order. */
  blocks: SourceBlock[];
  /** Pages of a PDF; sheets of a workbook. */
  pages?: number;
}

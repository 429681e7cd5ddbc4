/** CSV as spreadsheets read it: RFC 4180 quoting, CRLF lines, and a UTF-8 byte-order mark so that Excel opens Chinese text correctly. */
import type { CellValue, Column } from '../data/schema.js';
import { displayLabel, type TableBlock } from '../data/table-view.js';

export type CsvValue = string | number | null | undefined;

const field = (value: CsvValue): string => {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (rows: readonly (readonly CsvValue[])[]): string => '\uFEFF' + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';

/** A block of a table with the rows to write, in the order shown (sorted, collapsed rows left out). */
export interface CsvBlock {
  block: TableBlock;
  rows: readonly number[];
}

/** How the lines are worded: the code and item headings, the unit label of amounts, and an amount as a plain figure. */
export interface CsvWording {
  code: string;
  item: string;
  unit: string;
  amount: (value: number) => CsvValue;
}

/** A column's heading: its group labels and its own, with the unit it is given in. */
const columnTitle = (column: Column, unit: string): string => {
  const label = [...(column.groups ?? []), column.label].map(displayLabel).join(' / ');
  const type = column.type ?? 'amount';
  return type === 'amount' ? `${label}（${unit}）` : column.unit ? `${label}（${column.unit}）` : label;
};

/**
 * A table as CSV: one heading line (code, item, each column), then each row, led by its block's
 * label when the table has sections. `<budget-table>`'s CSV of the current view and a static
 * site's CSV of each whole table are both written here.
 */
export function tableCsv(blocks: readonly CsvBlock[], wording: CsvWording): string {
  const sectioned = blocks.length > 1 || blocks[0]?.block.key !== undefined;
  const cell = (column: Column, value: CellValue | undefined): CsvValue =>
    typeof value === 'number' && (column.type ?? 'amount') === 'amount' ? wording.amount(value) : value;
  const lines: CsvValue[][] = [];
  blocks.forEach(({ block, rows }, index) => {
    const heading = [wording.code, wording.item, ...block.columns.map((c) => columnTitle(c, wording.unit))];
    if (index === 0) lines.push(sectioned ? ['', ...heading] : heading);
    for (const r of rows) {
      const row = block.rows[r]!;
      const cells = [row.code ?? '', displayLabel(row.name), ...block.columns.map((c) => cell(c, row.values[c.key]))];
      lines.push(sectioned ? [displayLabel(block.label ?? ''), ...cells] : cells);
    }
  });
  return toCsv(lines);
}

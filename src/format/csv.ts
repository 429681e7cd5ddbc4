/** CSV as spreadsheets read it: RFC 4180 quoting, CRLF lines, and a UTF-8 byte-order mark so that Excel opens Chinese text correctly. */

export type CsvValue = string | number | null | undefined;

const field = (value: CsvValue): string => {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (rows: readonly (readonly CsvValue[])[]): string => '\uFEFF' + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';

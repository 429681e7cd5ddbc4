/**
 * One data row of cells → a schema row: code (in its own cells, split 类/款/项, or glued to the name), the budget
 * unit's code, the name as printed, its role (合计 / 小计 / a unit's line / an unlabelled repeat), and the figures.
 */
import type { Column, Row, Unit } from '../../../data/schema.js';
import { parseAmount, parseFigure } from '../../amount.js';
import { isCountKey, isRowHeader, keyOf, textColumnKeyOf } from './columns.js';
import { joinCodeParts, splitCodeName } from './codes.js';
import { isCode, isFigure, squash } from './text.js';

export interface RowCells {
  /** Cells before the name: code parts, unit code, 序号. */
  lead: string[];
  name: string;
  /** Cells after the name, blank ones kept where the layout keeps them. */
  values: string[];
  /** Where the value cells start among the row's cells as printed. */
  at?: number;
  /** Words the row prints under text columns (withoutLabelPlaces), by column key. */
  texts?: Record<string, string>;
}

/** Splits a row's cells into lead, name and figure cells. The name is the first cell that is neither code nor figure. */
export function splitRow(cells: string[]): RowCells {
  // A cell of digits only (a 序号, a code) is never the name.
  const at = cells.findIndex((c) => c.trim() !== '' && !isCode(c) && !isFigure(c) && !/^\d+$/.test(c.trim()));
  if (at < 0) {
    const first = cells.findIndex((c) => isFigure(c));
    const lead = first < 0 ? cells : cells.slice(0, first);
    // No name printed: blank name cells sit between the lead and the figures.
    return { lead: lead.filter((c) => c.trim() !== ''), name: '', values: first < 0 ? [] : cells.slice(first), at: first < 0 ? cells.length : first };
  }
  // A unit's code printed before its name in one cell ("402001 某县医疗保障局", a line read as one cell).
  const unit = /^(\d{6,})\s+(?=[^\d\s])/.exec(cells[at]!.trim());
  if (unit && !/^\d+\s+年/.test(cells[at]!.trim())) return splitRow([...cells.slice(0, at), unit[1]!, cells[at]!.trim().slice(unit[0].length), ...cells.slice(at + 1)]);
  // A name that begins with its year ("2024 年城乡居民医保"), split at the space after the year: the year is the name's.
  const year = /^年/.test(cells[at]!.trim()) ? cells.slice(0, at).findLastIndex((c) => c.trim() !== '') : -1;
  const from = year >= 0 && /^(19|20)\d{2}$/.test(cells[year]!.trim()) ? year : at;
  const name = from < at ? `${cells[from]!.trim()} ${cells[at]!.trim()}` : cells[at]!;
  return { lead: cells.slice(0, from).filter((c) => c.trim() !== ''), name, values: cells.slice(at + 1), at: at + 1 };
}

/** The value most often seen; undefined when two are seen equally often (nothing to go by). */
function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : undefined;
}

/**
 * In a table laid out by position the figures start at the same cell in every row. A label printed left of the
 * other rows' names (合计 in the code column, its name cell left blank) is followed by those blank cells: they are
 * the name's, not the first figure columns'. Only blank cells are stepped over, so a printed figure never moves.
 */
export function alignFigureStarts<T extends RowCells & { lossy?: boolean }>(rows: T[]): T[] {
  // Rows that lost their blank cells say nothing of positions.
  const positional = (r: T) => r.name !== '' && r.at !== undefined && r.lossy !== true;
  const start = mostCommon(rows.filter(positional).map((r) => r.at!));
  if (start === undefined) return rows;
  return rows.map((r) => {
    const gap = positional(r) ? start - r.at! : 0;
    const blank = gap > 0 && gap < r.values.length && r.values.slice(0, gap).every((c) => c.trim() === '');
    return blank ? { ...r, values: r.values.slice(gap), at: start } : r;
  });
}

export const roleOf = (name: string): Row['role'] | undefined => {
  const t = squash(name);
  if (/^(合计|总计)$/.test(t)) return 'total';
  if (/^(小计)$/.test(t)) return 'subtotal';
  return undefined;
};

/**
 * A unit's code printed after the 类 款 项 parts ("208 05 05 402"): the one cell after two or more parts, when it
 * does not continue their class (as "301 01 30101" prints the whole code after its parts).
 */
function unitAfterParts(lead: string[]): string | undefined {
  let parts = 0;
  while (parts < lead.length && joinCodeParts(lead.slice(0, parts + 1)) !== undefined) parts += 1;
  const rest = lead.slice(parts);
  return parts >= 2 && rest.length === 1 && /^\d{3,}$/.test(rest[0]!) && !rest[0]!.startsWith(lead[0]!) ? rest[0] : undefined;
}

/** Builds the row; `keys` are the column keys the value cells stand under, in order. */
export function buildRow(parts: RowCells, keys: string[], unit: Unit): Row {
  const { code: glued, name } = splitCodeName(parts.name);
  const lead = parts.lead.filter((c) => !/^\d{1,2}$/.test(c) || parts.lead.length > 1);
  // A budget unit's code is six digits or more ("309001"); classification parts are 3 + 2 + 2.
  const unitCode = lead.find((c) => /^\d{6,}$/.test(c) && !/^(\d{3}|\d{5}|\d{7})$/.test(c)) ?? unitAfterParts(lead);
  // Of the code forms a row prints (parts, a whole code, both), the most precise one.
  const candidates = [joinCodeParts(lead.filter((c) => c !== unitCode)), ...lead.filter((c) => /^(\d{3}|\d{5}|\d{7})$/.test(c) && c !== unitCode)];
  const code = glued ?? candidates.filter((c): c is string => c !== undefined).sort((a, b) => b.length - a.length)[0];
  const values: Row['values'] = {};
  parts.values.forEach((cell, i) => {
    const key = keys[i];
    const amount = key && isCountKey(key) ? parseFigure(cell) : parseAmount(cell, unit);
    if (key && amount !== null && cell.trim() !== '') values[key] = amount;
  });
  const role = roleOf(name) ?? (!code && unitCode ? 'unit' : name.trim() === '' && Object.keys(values).length > 0 ? 'heading' : undefined);
  Object.assign(values, parts.texts);
  return {
    ...(code ? { code } : {}),
    ...(unitCode ? { unit: unitCode } : {}),
    name: name.trim(),
    ...(role ? { role } : {}),
    values,
  };
}

/**
 * Header cells in grid positions that name row-label columns after the rows' names (科目名称 beside 科目编码, or the
 * government class's 政府经济科目编码 / 政府经济科目名称 beside the department's): the rows' cells under them are labels,
 * not figures, and are left out of the values so that every figure keeps the column its header names. Those under a
 * text column (textColumnKeyOf) are the row's texts, kept by key: a code printed there (50101) is the government
 * class's, neither the row's code nor an amount. Only rows and header rows that keep their blank cells (tabbed) say
 * where a cell stands.
 */
export function withoutLabelPlaces<T extends RowCells & { tabbed?: boolean }>(rows: T[], header: { cells: string[]; tabbed?: boolean }[]): T[] {
  const places = new Map(header.filter((r) => r.tabbed).flatMap((r) => r.cells.flatMap((cell, i) => (cell.trim() !== '' && isRowHeader(cell) ? [[i, textColumnKeyOf(cell)] as const] : []))));
  if (places.size === 0) return rows;
  return rows.map((r) => {
    const from = r.at;
    if (!r.tabbed || from === undefined || ![...places.keys()].some((p) => p >= from)) return r;
    const texts: Record<string, string> = {};
    r.values.forEach((cell, i) => {
      const key = places.get(from + i);
      if (key && cell.trim() !== '') texts[key] = cell.trim();
    });
    return { ...r, values: r.values.filter((_, i) => !places.has(from + i)), ...(Object.keys(texts).length ? { texts } : {}) };
  });
}

/**
 * The text columns (type `text`) of the header's labels that some row prints words under (withoutLabelPlaces), in
 * the header's order, each placed before or after the figure columns as printed (政府经济科目名称 beside the row's
 * name, before them; 项目简介 after them).
 */
export function textColumnsOf(header: { cells: string[] }[], rows: RowCells[]): { before: Column[]; after: Column[] } {
  const printed = new Set(rows.flatMap((r) => Object.keys(r.texts ?? {})));
  const cells = header.flatMap((r) => r.cells.map((text, place) => ({ label: text.trim(), place })));
  const firstFigure = Math.min(...cells.filter((c) => keyOf(c.label) !== undefined).map((c) => c.place));
  const texts = new Map<string, { column: Column; before: boolean }>();
  for (const { label, place } of cells) {
    const key = textColumnKeyOf(label);
    if (key && printed.has(key) && !texts.has(key)) texts.set(key, { column: { key, label, type: 'text' }, before: place < firstFigure });
  }
  const all = [...texts.values()];
  return { before: all.filter((t) => t.before).map((t) => t.column), after: all.filter((t) => !t.before).map((t) => t.column) };
}

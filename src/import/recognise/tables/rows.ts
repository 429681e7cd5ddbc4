/**
 * One data row of cells → a schema row: code (in its own cells, split 类/款/项, or glued to the name), the budget
 * unit's code, the name as printed, its role (合计 / 小计 / a unit's line / an unlabelled repeat), and the figures.
 */
import type { Row, Unit } from '../../../data/schema.js';
import { parseAmount } from '../../amount.js';
import { joinCodeParts, splitCodeName } from './codes.js';
import { isCode, isFigure, squash } from './text.js';

export interface RowCells {
  /** Cells before the name: code parts, unit code, 序号. */
  lead: string[];
  name: string;
  /** Cells after the name, blank ones kept where the layout keeps them. */
  values: string[];
}

/** Splits a row's cells into lead, name and figure cells. The name is the first cell that is neither code nor figure. */
export function splitRow(cells: string[]): RowCells {
  // A cell of digits only (a 序号, a code) is never the name.
  const at = cells.findIndex((c) => c.trim() !== '' && !isCode(c) && !isFigure(c) && !/^\d+$/.test(c.trim()));
  if (at < 0) {
    const first = cells.findIndex((c) => isFigure(c));
    const lead = first < 0 ? cells : cells.slice(0, first);
    // No name printed: blank name cells sit between the lead and the figures.
    return { lead: lead.filter((c) => c.trim() !== ''), name: '', values: first < 0 ? [] : cells.slice(first) };
  }
  return { lead: cells.slice(0, at).filter((c) => c.trim() !== ''), name: cells[at]!, values: cells.slice(at + 1) };
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
    const amount = parseAmount(cell, unit);
    if (key && amount !== null && cell.trim() !== '') values[key] = amount;
  });
  const role = roleOf(name) ?? (!code && unitCode ? 'unit' : name.trim() === '' && Object.keys(values).length > 0 ? 'heading' : undefined);
  return {
    ...(code ? { code } : {}),
    ...(unitCode ? { unit: unitCode } : {}),
    name: name.trim(),
    ...(role ? { role } : {}),
    values,
  };
}

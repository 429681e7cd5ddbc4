/**
 * The 三公 table printed one row per part (合计, “三公”经费小计, 一、因公出国（境）费, 其中：…): each part's row keyed by
 * the part it prints, as the tables that print one column per part key their columns. The keys let a reader of the
 * JSON (and the 三公 figures, recognise/narrative/sangong.ts) find a part without its printed wording.
 */
import type { Row } from '../../../data/schema.js';
import { withoutOrdinal } from './codes.js';
import { halfWidth } from './text.js';

/** The parts by their printed names, the more specific first (公务用车购置费 before 公务用车购置及运行维护费's words). */
const PART_KEYS: [RegExp, string][] = [
  [/三公.*(小计|合计)$/, 'sangong'],
  [/^教学科研人员因公出国\(境\)费$/, 'outbound-research'],
  [/^其他因公出国\(境\)费$/, 'outbound-other'],
  [/^因公出国\(境\)费$/, 'outbound'],
  [/^公务用车购置及运(行维护|维)费$/, 'vehicles'],
  [/^公务用车购置费$/, 'vehicle-purchase'],
  [/^公务用车运行(维护)?费$/, 'vehicle-operation'],
  [/^公务接待费$/, 'reception'],
  [/^会议费$/, 'meetings'],
  [/^培训费$/, 'training'],
];

export function sangongRowKeys(rows: Row[]): Row[] {
  // Only a table of parts by name: a table of units (one row per unit, the parts in columns) keys its columns instead.
  if (rows.some((row) => row.code !== undefined || row.role === 'unit')) return rows;
  const keyed = rows.map((row): Row => {
    if (row.key !== undefined) return row;
    if (row.role === 'total') return { ...row, key: 'sangong-total' };
    const name = halfWidth(withoutOrdinal(row.name)).replace(/^其中[:：]/, '');
    const key = PART_KEYS.find(([pattern]) => pattern.test(name))?.[1];
    return key ? { ...row, key } : row;
  });
  // A key names one row: a part printed twice (a heading and its line) keeps neither, rather than one by guess.
  const counts = new Map<string, number>();
  for (const row of keyed) if (row.key) counts.set(row.key, (counts.get(row.key) ?? 0) + 1);
  return keyed.map((row, i) => (row.key && counts.get(row.key)! > 1 && rows[i]!.key === undefined ? rows[i]! : row));
}

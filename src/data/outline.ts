/**
 * The outline of a table's rows: which row each row sits under. Used by the consistency
 * checks (children add up to their parent) and by the treemap (the leaves of a table).
 */
import type { Row } from './schema.js';
import { levelOf } from './figures.js';

/**
 * The row a row sits under: the nearest preceding row that contains it, within its section.
 * A 合计 row heads what follows only when it opens its section; a 合计 printed after items
 * (本年收入合计 in a statement) closes them and is checked by the statement rules.
 * `known` holds the parents of the rows before this one: a row that does not contain this
 * one is passed over with everything printed inside it (tables list each item's sub-items
 * right after it), which keeps a long flat table linear rather than quadratic.
 */
function parentIndex(rows: readonly Row[], i: number, known: readonly number[]): number {
  const row = rows[i]!;
  for (let j = i - 1; j >= 0; ) {
    const candidate = rows[j]!;
    if (candidate.section !== row.section || candidate.role === 'heading') {
      j--;
      continue;
    }
    if (candidate.role === 'total') return opensSection(rows, j) && contains(candidate, row) ? j : -1;
    if (contains(candidate, row)) return j;
    j = known[j]!;
  }
  return -1;
}

const opensSection = (rows: readonly Row[], index: number): boolean =>
  rows.slice(0, index).every((r) => r.section !== rows[index]!.section || r.role === 'total' || r.role === 'heading');

/** Outline depth: explicit level, else 合计 0, 小计 and unit rows ½, else from the code length. */
const rank = (row: Row): number => row.level ?? (row.role === 'total' ? 0 : row.role === 'subtotal' || row.role === 'unit' ? 0.5 : levelOf(row));

function contains(outer: Row, inner: Row): boolean {
  if (inner.role === 'total' || inner.role === 'heading' || outer.role === 'heading') return false;
  if (outer.role === 'total') return true;
  if (outer.role === 'unit' && inner.role === 'unit') {
    const nested = inner.unit !== undefined && outer.unit !== undefined && inner.unit.length > outer.unit.length && inner.unit.startsWith(outer.unit);
    return nested || (outer.level !== undefined && inner.level !== undefined && outer.level < inner.level);
  }
  if (outer.role === 'unit') return true;
  if (outer.code !== undefined && inner.code !== undefined && inner.role !== 'unit') {
    if (inner.code.length > outer.code.length) return inner.code.startsWith(outer.code);
    // Tables printing only 类/款 give a 款's sub-items the 款's code; an explicit level orders them.
    return inner.code === outer.code && (outer.level ?? 0) < (inner.level ?? 0);
  }
  // Rows without codes nest by their outline depth (项目类别 → 项目, 小计 → its lines).
  return rank(outer) < rank(inner);
}

/** The parent index of every row (-1 for top-level rows). */
export function parents(rows: readonly Row[]): number[] {
  const known: number[] = [];
  for (let i = 0; i < rows.length; i++) known.push(parentIndex(rows, i, known));
  return known;
}

/** The rows under each row, in published order, from the parent of every row (as `parents` gives). */
export function childrenOf(parent: readonly number[]): number[][] {
  const children = parent.map((): number[] => []);
  parent.forEach((p, i) => p >= 0 && children[p]!.push(i));
  return children;
}

/** Rows that carry figures and have no rows under them: the items a table is made of. */
export function leaves(rows: readonly Row[]): Row[] {
  const hasChildren = new Set(parents(rows));
  return rows.filter((row, i) => !hasChildren.has(i) && row.role !== 'total' && row.role !== 'heading' && row.role !== 'unit');
}

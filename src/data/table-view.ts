/**
 * What `<budget-table>` shows of a published table, as plain data: the blocks a table is
 * printed in (one per section of a two-sided statement), the outline of their rows, the
 * spanning column headers, and the visible rows once sorted and collapsed. No DOM here,
 * so it is tested on its own and shared with the CSV export.
 */
import type { BudgetDocument, Column, Row, Table } from './schema.js';
import { childrenOf, parents } from './outline.js';

/** A run of rows with the same columns: a whole table, or one side of a two-sided statement. */
export interface TableBlock {
  /** Section key; absent for a table without sections. */
  key?: string;
  /** Section label as published (收 入, 支 出). */
  label?: string;
  columns: Column[];
  rows: Row[];
  /** Index of each row's parent in `rows`, or -1. */
  parent: number[];
  /** Indices of each row's children, in published order. */
  children: number[][];
  /** Outline depth, 0 for top-level rows. */
  depth: number[];
}

export function tableBlocks(table: Table): TableBlock[] {
  if (!table.sections?.length) return [block(table.rows, table.columns)];
  const keys = new Set(table.sections.map((s) => s.key));
  const blocks = table.sections.map((section) =>
    block(
      table.rows.filter((r) => r.section === section.key),
      section.columns ?? table.columns,
      section,
    ),
  );
  // Rows outside every declared section are still published: they are shown after the sections.
  const loose = table.rows.filter((r) => r.section === undefined || !keys.has(r.section));
  return loose.length ? [...blocks, block(loose, table.columns)] : blocks;
}

function block(rows: Row[], columns: Column[], section?: { key: string; label: string }): TableBlock {
  const parent = parents(rows);
  const children = childrenOf(parent);
  const depth: number[] = [];
  parent.forEach((p, i) => (depth[i] = p >= 0 ? depth[p]! + 1 : 0));
  return { key: section?.key, label: section?.label, columns, rows, parent, children, depth };
}

/** A header cell over one or more columns: a spanning group (`groups`) or a column label. */
export interface HeaderCell {
  label: string;
  /** First column (0-based, among the figure columns) and how many it spans. */
  start: number;
  span: number;
  /** Header rows it spans downwards (a label with fewer groups above it reaches the bottom). */
  rowSpan: number;
  /** The column itself, for a leaf label; absent for a group. */
  column?: Column;
}

/**
 * The header rows of a block: spanning groups from `column.groups` (outermost first), merged
 * where neighbouring columns share them, and each column's own label at the level below its
 * groups, reaching down to the last header row.
 */
export function headerRows(columns: readonly Column[]): HeaderCell[][] {
  const depth = Math.max(1, ...columns.map((c) => (c.groups?.length ?? 0) + 1));
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  const open: (HeaderCell | undefined)[] = [];
  columns.forEach((column, index) => {
    const groups = column.groups ?? [];
    groups.forEach((label, level) => {
      const current = open[level];
      if (current && current.start + current.span === index && sameGroups(columns[current.start]!, column, level)) current.span++;
      else rows[level]!.push((open[level] = { label, start: index, span: 1, rowSpan: 1 }));
    });
    open.length = groups.length;
    rows[groups.length]!.push({ label: column.label, start: index, span: 1, rowSpan: depth - groups.length, column });
  });
  return rows;
}

const sameGroups = (a: Column, b: Column, level: number): boolean =>
  (a.groups ?? []).slice(0, level + 1).join('\u0000') === (b.groups ?? []).slice(0, level + 1).join('\u0000');

export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  column: string;
  direction: SortDirection;
}

/** Columns whose order means something: figures, not text. */
export const isSortable = (column: Column): boolean => (column.type ?? 'amount') !== 'text';

/** Rows that keep their published place when siblings are sorted: totals and headings. */
const pinned = (row: Row): boolean => row.role === 'total' || row.role === 'heading';

/**
 * The rows to show, in order, skipping the rows under a collapsed one. Unsorted, that is
 * the published order. A sort reorders siblings only (depth-first, children after their
 * parent), so the outline holds; totals and headings keep their places among their
 * siblings and blank cells go last in either direction.
 */
export function visibleRows(block: TableBlock, { sort, collapsed }: { sort?: Sort; collapsed?: ReadonlySet<number> } = {}): number[] {
  const hidden = (i: number): boolean => {
    for (let p = block.parent[i]!; p >= 0; p = block.parent[p]!) if (collapsed?.has(p)) return true;
    return false;
  };
  if (!sort) return block.rows.map((_, i) => i).filter((i) => !hidden(i));
  const out: number[] = [];
  const walk = (indices: number[]) => {
    for (const i of sortSiblings(block.rows, indices, sort)) {
      out.push(i);
      if (!collapsed?.has(i)) walk(block.children[i]!);
    }
  };
  walk(block.rows.map((_, i) => i).filter((i) => block.parent[i] === -1));
  return out;
}

function sortSiblings(rows: readonly Row[], indices: number[], { column, direction }: Sort): number[] {
  const key = (i: number): number | string | undefined => {
    const row = rows[i]!;
    if (column === 'code') return row.code;
    const value = row.values[column];
    return value === null ? undefined : value;
  };
  const sign = direction === 'ascending' ? 1 : -1;
  const movable = indices.filter((i) => !pinned(rows[i]!));
  const sorted = [...movable].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === undefined || y === undefined) return x === y ? a - b : x === undefined ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN', { numeric: true });
    return order * sign || a - b;
  });
  let next = 0;
  return indices.map((i) => (pinned(rows[i]!) ? i : sorted[next++]!));
}

/** Finds a table by id, else the first published table of that kind (`sangong`, `overview`); without a key, the first table with rows. */
export function findTable(doc: BudgetDocument, key: string | undefined): Table | undefined {
  if (!key) return doc.tables.find((t) => t.status === 'published' && t.rows.length > 0) ?? doc.tables[0];
  return (
    doc.tables.find((t) => t.id === key) ??
    doc.tables.find((t) => t.kind === key && t.status === 'published') ??
    doc.tables.find((t) => t.kind === key)
  );
}

/** Tables whose content lives in `performance` rather than in rows. */
export const isGoalTable = (table: Table): boolean => table.kind === 'project-goals' || table.kind === 'department-goals';

/**
 * A printed label for display: the padding that spreads short labels across a cell
 * (合    计, 收  入) removed between Chinese characters; numbering and wording kept.
 */
export const displayLabel = (label: string): string => label.replace(/(?<=[\p{Script=Han}）)])\s+(?=[\p{Script=Han}（(])/gu, '').trim();

/**
 * The columns of a PDF table's body, and which header names can name them: a name names a column it is centred over.
 */
import type { Cell } from './pdf-wraps.js';

export interface Extent {
  x0: number;
  x1: number;
}

export const centre = (box: Extent) => (box.x0 + box.x1) / 2;

/** Each column's slot (columns left to right) reaches halfway across the gutters on either side. */
export const slotsOf = (columns: Extent[]): Extent[] =>
  columns.map((column, i) => ({
    x0: i === 0 ? -Infinity : (columns[i - 1]!.x1 + column.x0) / 2,
    x1: i === columns.length - 1 ? Infinity : (column.x1 + columns[i + 1]!.x0) / 2,
  }));

/**
 * A name can name a column of figures only when it is centred within that column's slot. A name further off heads
 * a column the body leaves blank, or stands under a group whose first names were printed on the page before (a
 * header cut in two by a page break): claimed by the nearest column of figures (the row labels'), it would give that
 * column a wrong name.
 */
export const canName = (slot: Extent, name: Cell): boolean => centre(name) >= slot.x0 && centre(name) <= slot.x1;

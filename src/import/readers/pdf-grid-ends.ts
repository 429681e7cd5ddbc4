/**
 * Where a PDF grid ends. A grid is a run of lines of several cells; a line of one cell after it is most often a note,
 * a title or a paragraph, but a table whose one side runs on after the other has ended (an empty statement's last
 * lines of expenditure, printed on its right side only) prints its last rows a cell each.
 */
import { overlap, type Cell, type Line } from './pdf-wraps.js';

/**
 * A line of one cell after a grid is a row of it when that cell stands in one of the grid's columns after the first,
 * aligned with a cell printed there above (text of a column is left-aligned); a note or a title below starts at the
 * margin, or is centred across the columns.
 */
export const inColumn = (cell: Cell, grid: Line[]): boolean => {
  const firstColumn = Math.max(...grid.filter((line) => line.cells.length > 1).map((line) => line.cells[0]!.x1));
  return cell.x0 > firstColumn && grid.some((line) => line.cells.slice(1).some((other) => overlap(other, cell) && Math.abs(other.x0 - cell.x0) < cell.size * 0.2));
};

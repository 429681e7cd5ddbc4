/**
 * A statement's lines read in order: the fund lines printed under 上年结转 are the carry-over's, not this year's
 * income (一般公共预算拨款 under 上年结转 is carry-over-general-budget), and 本年支出 printed first on its side heads
 * the classes after it, as a 合计 does. Without this the carried-over funds count twice in 本年收入, and the
 * consistency check reports a sum the statement does not have.
 */
import type { Row } from '../../../data/schema.js';
import { INCOME_SOURCES } from '../../../data/vocabulary.js';

export function statementOutline(rows: Row[]): Row[] {
  /** The sections whose lines are, for now, under their 上年结转. */
  const carrying = new Set<string | undefined>();
  const seen = new Set<string | undefined>();
  return rows.map((row) => {
    const first = !seen.has(row.section);
    seen.add(row.section);
    if (row.key === 'carry-over') {
      carrying.add(row.section);
      return row;
    }
    if (carrying.has(row.section)) {
      if (row.key !== undefined && INCOME_SOURCES.includes(row.key)) return { ...row, key: `carry-over-${row.key}` };
      // Any other line the statement names (a total, 事业收入 …) ends the carry-over's lines.
      if (row.key !== undefined || row.role !== undefined) carrying.delete(row.section);
    }
    return first && row.key === 'expenditure-this-year' && row.role === undefined ? { ...row, role: 'total' } : row;
  });
}

/**
 * Figures the narrative states for a table's 合计 line, which can choose the columns of a 合计 line whose blank
 * cells were lost. 基本支出 and 项目支出 stated over all funds (no fund named) are the 支出总表's 合计 line, as the
 * validator compares them. A subject stated with two different amounts states nothing.
 */
import type { Statement } from '../../data/schema.js';
import type { StatedTotals } from './tables/body.js';

/** Statement subject → the table kind and column it restates. */
const RESTATED: Record<string, [kind: string, column: string]> = {
  basic: ['expenditure', 'basic'],
  project: ['expenditure', 'project'],
};

export function statedTotals(statements: Statement[]): Partial<Record<string, StatedTotals>> {
  const amounts = new Map<string, Set<number>>();
  for (const { subject, fund, amount } of statements) {
    if (fund || amount === undefined || !RESTATED[subject]) continue;
    amounts.set(subject, (amounts.get(subject) ?? new Set()).add(amount));
  }
  const out: Partial<Record<string, StatedTotals>> = {};
  for (const [subject, values] of amounts) {
    if (values.size !== 1) continue;
    const [kind, column] = RESTATED[subject]!;
    out[kind] = { ...out[kind], [column]: [...values][0]! };
  }
  return out;
}

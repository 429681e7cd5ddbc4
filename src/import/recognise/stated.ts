/**
 * Figures the narrative states for a table's 合计 line, which can choose the columns of a 合计 line whose blank
 * cells were lost. 基本支出 and 项目支出 stated over all funds (no fund named) are the 支出总表's 合计 line, as the
 * validator compares them. The funds' income this year (一般公共预算拨款收入, 政府性基金预算拨款收入) and the
 * carry-over are the 收入总表's columns and the 财政拨款支出预算表's (经济分类) 当年 and 上年结转 groups, whose
 * 基本支出 and 项目支出 columns, over every fund, add up to the narrative's. A subject stated with two different
 * amounts states nothing.
 */
import type { Statement } from '../../data/schema.js';
import type { StatedTotals } from './tables/body.js';

/** Statement subject and fund ("" for all funds) → the table kinds and columns it restates. */
const RESTATED: Record<string, [kind: string, column: string][]> = {
  'basic/': [
    ['expenditure', 'basic'],
    ['expenditure-by-dept-economic', 'basic'],
  ],
  'project/': [
    ['expenditure', 'project'],
    ['expenditure-by-dept-economic', 'project'],
  ],
  'general-budget/general-budget': [
    ['income', 'general-budget'],
    ['expenditure-by-dept-economic', 'current-general-budget-subtotal'],
  ],
  'gov-fund/gov-fund': [
    ['income', 'gov-fund'],
    ['expenditure-by-dept-economic', 'current-gov-fund-subtotal'],
  ],
  'carry-over/': [
    ['income', 'carry-over'],
    ['expenditure-by-dept-economic', 'carry-over-total'],
  ],
  'carry-over/general-budget': [['expenditure-by-dept-economic', 'carry-over-general-budget-subtotal']],
  // Read only to compare with all funds' (below).
  'basic/general-budget': [],
};

/** Expenditure tables of the funds other than the general budget. */
const OTHER_FUNDS = ['gov-fund', 'state-capital'];

/**
 * The columns a stated figure stands for in a table with these column keys: the column of its key, or, where the
 * table splits it by fund and year (current-general-budget-basic, carry-over-gov-fund-basic …), the sum of every
 * column of that name. The narrative's 基本支出 covers all funds; a table of fiscal funds only that prints less
 * matches no placement, and then the figure chooses nothing.
 */
export function columnsStatedBy(key: string, keys: readonly string[]): number[] {
  const own = keys.indexOf(key);
  if (own >= 0) return [own];
  return keys.flatMap((k, c) => (k.endsWith(`-${key}`) ? [c] : []));
}

export function statedTotals(statements: Statement[]): Partial<Record<string, StatedTotals>> {
  const amounts = new Map<string, Set<number>>();
  for (const { subject, fund, amount } of statements) {
    const restated = `${subject}/${fund ?? ''}`;
    if (amount === undefined || !RESTATED[restated]) continue;
    amounts.set(restated, (amounts.get(restated) ?? new Set()).add(amount));
  }
  const out: Partial<Record<string, StatedTotals>> = {};
  for (const [restated, values] of amounts) {
    if (values.size !== 1) continue;
    for (const [kind, column] of RESTATED[restated]!) out[kind] = { ...out[kind], [column]: [...values][0]! };
  }
  // 基本支出 over all funds is at least the general budget's and every other fund's together (none is negative):
  // stated equal, no other fund has any, so the other funds' tables print none.
  const basic = (fund: string) => amounts.get(`basic/${fund}`);
  const [all, general] = [basic(''), basic('general-budget')];
  if (all?.size === 1 && general?.size === 1 && [...all][0] === [...general][0]) {
    for (const kind of OTHER_FUNDS) out[kind] = { ...out[kind], basic: 0 };
  }
  return out;
}

/**
 * What every consistency check shares: comparing a published figure with the figure it
 * should equal, at the precision it was printed with, and recording the difference.
 */
import type { BudgetDocument, Unit } from './schema.js';
import { jsonPath, type ValidationIssue } from './issues.js';
import { formatAmount } from '../format/amount.js';
import { sum } from './figures.js';

/** Where a figure was printed: a table or a narrative statement, with its unit when it differs from the document's. */
export type Printed = { unit?: Unit } | undefined;

export interface ConsistencyWarning extends ValidationIssue {
  /** The published figure and the figure it should equal, in 元. */
  figures: { stated: number; computed: number };
  /** True when rounding of the parts to the published unit can explain the difference. */
  rounding: boolean;
}

const unitOf = (doc: BudgetDocument, where: Printed): Unit => where?.unit ?? doc.meta.publishedUnit;

/** Half of the last printed digit, in 元: 0.005 万元 = 50 元. */
export const halfUnit = (doc: BudgetDocument, where: Printed) => ({ 元: 0.005, 万元: 50, 亿元: 5e5 })[unitOf(doc, where)];

/** A figure as the source printed it: in its unit, at its precision. */
const printed = (doc: BudgetDocument, yuan: number, where: Printed): string => {
  const unit = unitOf(doc, where);
  return `${formatAmount(yuan, unit, unit, 'en')} ${unit}`;
};

export class Checker {
  readonly warnings: ConsistencyWarning[] = [];
  constructor(readonly doc: BudgetDocument) {}

  /**
   * Reports a `stated` figure that differs from the sum of its `parts` (a blank figure counts as 0,
   * so a line left blank throughout agrees) when the difference shows at the published precision. `rounded` is how many rounded figures
   * went into the sum: their rounding can explain a difference of up to half a digit each.
   */
  compare(path: (string | number)[], what: { zh: string; en: string }, stated = 0, parts: readonly (number | undefined)[], where?: Printed, rounded = parts.length) {
    const computed = sum(parts);
    const half = halfUnit(this.doc, where);
    const difference = Math.abs(stated - computed);
    if (difference < half - 1e-9) return;
    const p = (n: number) => printed(this.doc, n, where);
    const rounding = difference <= Math.max(1, rounded) * half + 1e-9;
    const delta = p(Math.round((stated - computed) * 100) / 100);
    this.warnings.push({
      code: rounding ? 'rounding-difference' : 'sum-mismatch',
      path: jsonPath(path),
      message: {
        'zh-CN': `${what.zh}：公布数 ${p(stated)}，应为 ${p(computed)}（相差 ${delta}${rounding ? '，可能为尾数误差' : ''}）`,
        en: `${what.en}: published ${p(stated)}, expected ${p(computed)} (difference ${delta}${rounding ? ', possibly rounding' : ''})`,
      },
      figures: { stated, computed },
      rounding,
    });
  }
}

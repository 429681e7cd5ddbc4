/** The headline figures of a document, as `budget-widgets summary --json` prints them. */
import type { BudgetDocument, SangongAmounts } from './schema.js';
import { headline } from './headline.js';
import { sangongLines } from './sangong.js';

export interface Summary {
  department: string;
  year: number;
  /** 收入总计, carry-over included, in 元. */
  incomeTotal: number | null;
  /** 支出总计, in 元. */
  expenditureTotal: number | null;
  /** 基本支出 and 项目支出 over all fund types: 支出总表, else the 收支总表's 基本/项目 lines. */
  basicExpenditure: number | null;
  projectExpenditure: number | null;
  /**
   * Current year, all fund types; `previousTotal` is last year's total, published or (when only
   * the change is) derived, which `previousTotalDerived` says; null when neither is published.
   */
  sangong: {
    total: number;
    outbound: number;
    vehiclePurchase: number;
    vehicleOperation: number;
    reception: number;
    previousTotal: number | null;
    previousTotalDerived: boolean;
  } | null;
  projectGoalCount: number;
  indicatorCount: number;
}

/** The parts the summary lists: all but 公务用车购置及运行费, which its two halves show. */
const partsOf = ({ vehicles: _subtotal, ...parts }: SangongAmounts) => parts;

export function summarize(doc: BudgetDocument): Summary {
  const { incomeTotal, expenditureTotal, basic, project } = headline(doc);
  const s = doc.sangong?.current;
  const previous = doc.sangong ? sangongLines(doc.sangong).find((line) => line.part === 'total')?.previous : undefined;
  const projects = doc.performance?.projects ?? [];
  return {
    department: doc.meta.department.name,
    year: doc.meta.year,
    incomeTotal: incomeTotal ?? null,
    expenditureTotal: expenditureTotal ?? null,
    basicExpenditure: basic ?? null,
    projectExpenditure: project ?? null,
    sangong: s
      ? {
          ...partsOf(s),
          previousTotal: previous?.value ?? null,
          previousTotalDerived: previous?.derived ?? false,
        }
      : null,
    projectGoalCount: projects.length,
    indicatorCount:
      projects.reduce((n, p) => n + p.indicators.length, 0) + (doc.performance?.department?.indicators.length ?? 0),
  };
}

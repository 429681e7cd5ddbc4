/** The headline figures of a document, as `budget-widgets summary --json` prints them. */
import type { BudgetDocument } from './schema.js';
import { amount, rowByKey, tableOf, totalRow } from './figures.js';

export interface Summary {
  department: string;
  year: number;
  /** 收入总计, carry-over included, in 元. */
  incomeTotal: number | null;
  /** 支出总计, in 元. */
  expenditureTotal: number | null;
  /** 基本支出 and 项目支出 over all fund types, from 支出总表. */
  basicExpenditure: number | null;
  projectExpenditure: number | null;
  /** Current year, all fund types. */
  sangong: { total: number; outbound: number; vehiclePurchase: number; vehicleOperation: number; reception: number } | null;
  projectGoalCount: number;
  indicatorCount: number;
}

export function summarize(doc: BudgetDocument): Summary {
  const overview = tableOf(doc, 'overview');
  const expenditure = totalRow(tableOf(doc, 'expenditure'));
  const s = doc.sangong?.current;
  const projects = doc.performance?.projects ?? [];
  return {
    department: doc.meta.department.name,
    year: doc.meta.year,
    incomeTotal: amount(rowByKey(overview, 'income-total'), 'amount') ?? null,
    expenditureTotal: amount(rowByKey(overview, 'expenditure-total'), 'amount') ?? null,
    basicExpenditure: amount(expenditure, 'basic') ?? null,
    projectExpenditure: amount(expenditure, 'project') ?? null,
    sangong: s
      ? { total: s.total, outbound: s.outbound, vehiclePurchase: s.vehiclePurchase, vehicleOperation: s.vehicleOperation, reception: s.reception }
      : null,
    projectGoalCount: projects.length,
    indicatorCount:
      projects.reduce((n, p) => n + p.indicators.length, 0) + (doc.performance?.department?.indicators.length ?? 0),
  };
}

/**
 * The one-script-tag entry: registers every element and exports the data API, without the
 * consistency checks (the add-on `budget-widgets-checks.js`, or `budget-widgets/checks.js`, brings them).
 * Bundler users can import single elements from `budget-widgets/<element>`.
 */
export * from './data/api.js';
export { BudgetSummary } from './elements/budget-summary/budget-summary.define.js';
export { SangongCard } from './elements/sangong-card/sangong-card.define.js';
export { PerfGoalTable } from './elements/perf-goal-table/perf-goal-table.define.js';
export { BudgetTreemap } from './elements/budget-treemap/budget-treemap.define.js';
export { BudgetTable } from './elements/budget-table/budget-table.define.js';
export { BudgetReport } from './elements/budget-report/budget-report.define.js';

/** The tags a server render can produce: known without loading Lit or any element class. */
export const ELEMENT_TAGS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table', 'budget-report'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

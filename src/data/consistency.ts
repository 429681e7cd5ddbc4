import type { BudgetDocument } from './schema.js';
import type { ValidationIssue } from './issues.js';

export function consistencyWarnings(_doc: BudgetDocument): ValidationIssue[] {
  return [];
}

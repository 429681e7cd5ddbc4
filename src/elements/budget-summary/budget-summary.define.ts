import { BudgetSummary } from './budget-summary.js';
import { defineElement } from '../define.js';

export { BudgetSummary };
defineElement('budget-summary', BudgetSummary);

declare global {
  interface HTMLElementTagNameMap {
    'budget-summary': BudgetSummary;
  }
}

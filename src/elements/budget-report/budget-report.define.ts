import { BudgetReport } from './budget-report.js';
import { defineElement } from '../define.js';

export { BudgetReport };
defineElement('budget-report', BudgetReport);

declare global {
  interface HTMLElementTagNameMap {
    'budget-report': BudgetReport;
  }
}

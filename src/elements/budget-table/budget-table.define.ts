import { BudgetTable } from './budget-table.js';
import { defineElement } from '../define.js';

export { BudgetTable };
defineElement('budget-table', BudgetTable);

declare global {
  interface HTMLElementTagNameMap {
    'budget-table': BudgetTable;
  }
}

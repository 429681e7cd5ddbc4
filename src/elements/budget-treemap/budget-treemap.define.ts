import { BudgetTreemap } from './budget-treemap.js';
import { defineElement } from '../define.js';

export { BudgetTreemap };
defineElement('budget-treemap', BudgetTreemap);

declare global {
  interface HTMLElementTagNameMap {
    'budget-treemap': BudgetTreemap;
  }
}

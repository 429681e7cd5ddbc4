import { PerfGoalTable } from './perf-goal-table.js';
import { defineElement } from '../define.js';

export { PerfGoalTable };
defineElement('perf-goal-table', PerfGoalTable);

declare global {
  interface HTMLElementTagNameMap {
    'perf-goal-table': PerfGoalTable;
  }
}

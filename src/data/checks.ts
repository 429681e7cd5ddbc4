/**
 * The consistency checks, plugged into the validator rather than imported by it. The one-file
 * embed leaves them out to stay within its size budget; `budget-widgets/data`, the CLI, the
 * importer and the add-on script `budget-widgets-checks.js` plug them in. The add-on is bundled
 * apart from the embed, so the two meet on a global symbol rather than on a shared module.
 */
import type { BudgetDocument } from './schema.js';
import type { ConsistencyWarning } from './checker.js';

type Checks = (document: BudgetDocument) => ConsistencyWarning[];

const KEY = Symbol.for('budget-widgets.consistency-checks');
const registry = globalThis as { [KEY]?: Checks };

export function installConsistencyChecks(checks: Checks): void {
  registry[KEY] = checks;
}

/** The document's consistency warnings: none when no checks are installed. */
export const consistencyChecks = (document: BudgetDocument): ConsistencyWarning[] => registry[KEY]?.(document) ?? [];

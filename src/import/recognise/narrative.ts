/**
 * PLACEHOLDER (import-core branch only): the goals engineer's branch (import-goals) owns this file and replaces it
 * at merge. It exists so that the core compiles and runs; it recognises nothing.
 */
import type { BudgetDocument, Sangong, Section, Statement } from '../../data/schema.js';
import type { PartResult, RecogniseContext } from './part.js';

export function recogniseNarrative(_context: RecogniseContext): PartResult<{ sections: Section[]; statements: Statement[]; sangong?: Sangong; glossary: NonNullable<BudgetDocument['glossary']> }> {
  return { value: { sections: [], statements: [], glossary: [] }, used: [], notes: [], found: [] };
}

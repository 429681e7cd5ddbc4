/**
 * PLACEHOLDER (import-core branch only): the goals engineer's branch (import-goals) owns this file and replaces it
 * at merge. It exists so that the core compiles and runs; it recognises nothing.
 */
import type { Performance, Table } from '../../data/schema.js';
import type { PartResult, RecogniseContext } from './part.js';

export function recognisePerformance(_context: RecogniseContext): PartResult<{ performance?: Performance; tables: Table[] }> {
  return { value: { tables: [] }, used: [], notes: [], found: [] };
}

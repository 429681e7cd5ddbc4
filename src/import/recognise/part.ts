/**
 * What every recogniser takes and gives. Recognisers run in this order, each on the whole source:
 * meta (department, year, unit) → tables → performance goals → narrative (sections, statements, 三公, glossary);
 * assembly joins their values into one schema v1 document and their notes into the import report.
 */
import type { Table, Unit } from '../../data/schema.js';
import type { FoundTable, ReportNote } from '../report.js';
import type { SourceDocument } from '../source.js';

export interface RecogniseContext {
  source: SourceDocument;
  /** The document-wide published unit (a table may print its own). */
  unit: Unit;
  year: number;
  /** The tables recognised so far, in published order, with their final ids (for 三公 sources, goal tables' places). */
  tables: Table[];
}

export interface PartResult<T> {
  value: T;
  /** Indices into `source.blocks` this recogniser used; blocks no recogniser used are listed in the report. */
  used: number[];
  notes: ReportNote[];
  /** Tables this recogniser found, for the report. */
  found: FoundTable[];
}

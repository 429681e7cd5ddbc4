/**
 * The import report: the record of every decision the recognisers made, so nothing is a silent guess.
 * Written as JSON (`--report`) and summarised on stderr in zh-CN and English.
 */
import type { SourcePlace, SourceFormat } from './source.js';
import type { TableKind } from '../data/schema.js';

export interface Bilingual {
  'zh-CN': string;
  en: string;
}

/** One table the recognisers found, and how sure they are of its kind (0–1). */
export interface FoundTable {
  id: string;
  kind: TableKind;
  number?: string;
  title: string;
  status: 'published' | 'empty' | 'unavailable';
  rows: number;
  at?: SourcePlace;
  confidence: number;
}

/**
 * assumption: a value inferred (a unit, a year, a name supplied, a column chosen by arithmetic);
 * ambiguity: the recognisers could not decide and say what they chose; unused: a block of the input not used.
 */
export interface ReportNote {
  kind: 'assumption' | 'ambiguity' | 'unused';
  at?: SourcePlace;
  table?: string;
  message: Bilingual;
}

export interface ImportReport {
  file?: string;
  format: SourceFormat;
  tables: FoundTable[];
  notes: ReportNote[];
  /** The consistency warnings of the validated result, as the validator words them. */
  warnings: { path: string; code: string; message: Bilingual }[];
}

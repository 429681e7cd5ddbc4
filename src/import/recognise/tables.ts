/**
 * Every table of the disclosure except the goal tables (goals.ts reads those): where each is (outline.ts), which
 * it is (identity.ts), its columns and rows (tables/body.ts), whether it is published, empty on purpose or listed
 * but absent. A table that cannot be classified is kept as kind `other` with its rows, never dropped.
 */
import type { Table, Unit } from '../../data/schema.js';
import type { FoundTable, ReportNote } from '../report.js';
import type { SourceDocument } from '../source.js';
import type { PartResult } from './part.js';
import { frontStatementLines, readBody, type StatedTotals } from './tables/body.js';
import type { CellRow } from './tables/cells.js';
import { readBlankForm } from './goals/blank-form.js';
import { outline, type MissingTable, type TableSpan } from './tables/outline.js';
import { outlineRows, unitsByName } from './tables/row-outline.js';
import { statementOutline } from './tables/statement-outline.js';
import { sangongRowKeys } from './tables/sangong-rows.js';

export interface TableOptions {
  unit: Unit;
  year: number;
  /** Figures the narrative states for a table's 合计 line, by table kind then column key (yuan). */
  stated?: Partial<Record<string, StatedTotals>>;
  /** The budget units the document names, the department first: their lines head the items after them. */
  units?: readonly string[];
}

/** Goal tables are the goals recogniser's; the outline still finds them, so that they bound the tables around them. */
export const isGoalKind = (kind: string): boolean => kind === 'project-goals' || kind === 'department-goals';

/** Ids unique within the document: the stem, then stem-2, stem-3 …. */
function uniqueIds(): (stem: string) => string {
  const seen = new Map<string, number>();
  return (stem) => {
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return n === 1 ? stem : `${stem}-${n}`;
  };
}

/** Where a form's cells stop: at its notes (注：…), or at its title when printed at its foot. */
function formEnd(source: SourceDocument, span: TableSpan): number {
  for (let i = span.start; i < span.end; i += 1) {
    const block = source.blocks[i];
    if (i === span.titleBlock || (block?.kind === 'paragraph' && /^注[:：]/.test(block.text.trim()))) return i;
  }
  return span.end;
}

/** A table's rows with the outline and keys their names, numbering and figures give (tables/row-outline.ts …). */
function rowsOutlined(body: { rows: Table['rows']; sections?: unknown }, kind: string, units: readonly string[]): Table['rows'] {
  if (body.sections) return statementOutline(body.rows);
  const rows = outlineRows(body.rows, { units });
  return kind === 'sangong' ? sangongRowKeys(rows) : rows;
}

/** The report's word on lines taken for budget units by their names alone: an inference a publisher should see. */
function unitsNote(title: string, rows: Table['rows'], units: readonly string[]): ReportNote | undefined {
  const named = unitsByName(rows, { units });
  if (named.length === 0) return undefined;
  return {
    kind: 'assumption',
    message: {
      'zh-CN': `${title}：按单位名称识别为预算单位行：${named.join('、')}（其下各行计入该单位），请核对`,
      en: `${title}: read as budget units' lines by their names: ${named.join(', ')} (the lines after each are counted as that unit's); please review`,
    },
  };
}

export function recogniseTables(source: SourceDocument, options: TableOptions): PartResult<Table[]> {
  const { spans, missing, used } = outline(source.blocks);
  const id = uniqueIds();
  const tables: Table[] = [];
  const found: FoundTable[] = [];
  const notes: ReportNote[] = [];
  const usedBlocks = [...used];
  const addMissing = (entry: MissingTable) => {
    if (isGoalKind(entry.identity.kind)) return;
    const table: Table = { id: id(entry.identity.id), kind: entry.identity.kind, ...(entry.number ? { number: entry.number } : {}), title: entry.title, status: 'unavailable', columns: [], rows: [] };
    tables.push(table);
    found.push({ id: table.id, kind: table.kind, ...(table.number ? { number: table.number } : {}), title: table.title, status: 'unavailable', rows: 0, confidence: entry.identity.confidence });
    notes.push({
      kind: 'assumption',
      table: table.id,
      message: { 'zh-CN': `${table.number ?? ''}${table.title}：目录列出但正文未见，记为“未提供”`, en: `${table.number ?? ''} ${table.title}: listed but not printed in the source; recorded as unavailable` },
    });
  };
  // A statement's lines printed at the foot of the table before its title go to the statement that follows.
  let footLines: CellRow[] = [];
  spans.forEach((span: TableSpan, k) => {
    missing.filter((m) => m.before === k).forEach(addMissing);
    if (isGoalKind(span.identity.kind)) return;
    const unit = span.unit ?? options.unit;
    // The first table has no foot before it: its lines may stand on the page before, outside any table.
    const front = k === 0 ? frontStatementLines(source.blocks, span.titleBlock) : undefined;
    const body = readBody(source.blocks, span, unit, options.stated?.[span.identity.kind], front?.lines ?? footLines);
    const form = readBlankForm(source.blocks, span.start, formEnd(source, span));
    footLines = body.statementLines ?? [];
    const table: Table = {
      id: id(span.identity.id),
      kind: span.identity.kind,
      ...(span.number ? { number: span.number } : {}),
      title: span.title,
      status: body.empty ? 'empty' : 'published',
      ...(body.note ? { note: body.note } : {}),
      ...(span.unit && span.unit !== options.unit ? { unit: span.unit } : {}),
      ...(span.identity.fund ? { fund: span.identity.fund } : {}),
      columns: form?.columns ?? body.columns,
      ...(body.sections && !form ? { sections: body.sections } : {}),
      rows: form?.rows ?? rowsOutlined(body, span.identity.kind, options.units ?? []),
    };
    tables.push(table);
    usedBlocks.push(...body.used, ...(body.readBefore && front ? front.blocks : []));
    const unitNote = form || body.sections ? undefined : unitsNote(`${table.number ?? ''}${table.title}`, body.rows, options.units ?? []);
    notes.push(...[...body.notes, ...(unitNote ? [unitNote] : [])].map((n) => ({ ...n, table: table.id })));
    const at = source.blocks[span.titleBlock]?.at;
    found.push({ id: table.id, kind: table.kind, ...(table.number ? { number: table.number } : {}), title: table.title, status: table.status, rows: table.rows.length, ...(at ? { at } : {}), confidence: Math.min(span.identity.confidence, body.confidence) });
  });
  missing.filter((m) => m.before >= spans.length).forEach(addMissing);
  return { value: tables, used: usedBlocks, notes, found };
}

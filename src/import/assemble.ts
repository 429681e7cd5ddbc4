/**
 * From a source document to a schema v1 document and its import report: meta → tables → performance goals →
 * narrative, then validation. Exit 0 with a valid document (warnings and review items allowed); 1 when no budget
 * could be recognised, or the result would not be valid (its errors are in the report, nothing is written).
 */
import type { BudgetDocument, Table, Unit } from '../data/schema.js';
import { SCHEMA_VERSION } from '../data/schema.js';
// The import report lists the result's consistency warnings, in the CLI and on the data desk.
import '../data/install-checks.js';
import { validate } from '../data/validate.js';
import type { Bilingual, FoundTable, ImportReport, ReportNote } from './report.js';
import { linearise } from './linearise.js';
import type { SourceBlock, SourceDocument, SourcePlace } from './source.js';
import { recogniseMeta, type MetaOptions } from './recognise/meta.js';
import { recogniseTables } from './recognise/tables.js';
import { recognisePerformance } from './recognise/goals.js';
import { recogniseNarrative } from './recognise/narrative.js';
import type { PartResult, RecogniseContext } from './recognise/part.js';
import { columnsStatedBy, statedTotals } from './recognise/stated.js';
import { statedSangongParts } from './recognise/narrative/sangong-parts.js';
import type { StatedTotals } from './recognise/tables/body.js';

export type ImportOptions = MetaOptions;

export interface ImportResult {
  document?: BudgetDocument;
  report: ImportReport;
  exit: 0 | 1;
}

const samePlace = (a: SourcePlace, b: SourcePlace) => a.page === b.page && a.line === b.line && a.sheet === b.sheet && a.cell === b.cell && a.table === b.table;

/** Where a found table stands in the source: the index of its block, or last when the place is unknown. */
function positionOf(source: SourceDocument, found: FoundTable | undefined): number {
  if (!found?.at) return Number.POSITIVE_INFINITY;
  const index = source.blocks.findIndex((block) => samePlace(block.at, found.at!));
  return index < 0 ? Number.POSITIVE_INFINITY : index;
}

/**
 * The goal tables joined to the other tables in published order. A goal table the contents listed but the source
 * does not print comes from the tables recogniser as `unavailable`, unless the goals recogniser found it.
 */
function inOrder(source: SourceDocument, tables: Table[], tableFound: FoundTable[], goals: Table[], goalFound: FoundTable[]): Table[] {
  const goalKinds = new Set(goals.map((t) => t.kind));
  const kept = tables.filter((t) => !(t.status === 'unavailable' && goalKinds.has(t.kind)));
  const placed = [
    ...kept.map((table) => ({ table, at: positionOf(source, tableFound.find((f) => f.id === table.id)) })),
    ...goals.map((table) => ({ table, at: positionOf(source, goalFound.find((f) => f.id === table.id)) })),
  ];
  // Unavailable tables have no place: they keep their place after the table before them.
  let last = -1;
  for (const item of placed.slice(0, kept.length)) {
    if (Number.isFinite(item.at)) last = item.at;
    else item.at = last + 0.5;
  }
  return placed.sort((a, b) => a.at - b.at).map((item) => item.table);
}

/** A block no recogniser used, said with its opening words so that a reader can find it. */
function notUsed(block: SourceBlock): Bilingual {
  const text = (block.kind === 'paragraph' ? block.text : block.rows.map((row) => row.map((cell) => cell.text).join(' ')).join(' ')).replace(/\s+/g, ' ').trim();
  const opening = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return { 'zh-CN': `未使用的内容：${opening}`, en: `not used: ${opening}` };
}

const notRecognised = (source: SourceDocument, file?: string): ImportResult => ({
  report: {
    ...(file ? { file } : {}),
    format: source.format,
    tables: [],
    notes: [{ kind: 'ambiguity', message: { 'zh-CN': '未识别出部门预算：找不到部门名称或预算年度', en: 'no budget recognised: no department name or budget year found' } }],
    warnings: [],
  },
  exit: 1,
});

/** The goal tables and the narrative, read around the tables found. */
function readAround(source: SourceDocument, unit: Unit, year: number, tables: PartResult<Table[]>) {
  const context: RecogniseContext = { source, unit, year, tables: tables.value };
  const goals = recognisePerformance(context);
  const all = inOrder(source, tables.value, tables.found, goals.value.tables, goals.found);
  // Lines the tables were read from are not the narrative's, bar the headings and labels among them.
  const tableBlocks = new Set([...tables.used, ...goals.used]);
  return { goals, all, narrative: recogniseNarrative({ ...context, tables: all }, tableBlocks) };
}

/**
 * The table of that kind prints a 合计 line without a figure under a column one of these stated figures covers
 * (a figure stated as 0 is what a blank column says already).
 */
const leavesOpen = (tables: Table[], kind: string, stated: StatedTotals): boolean =>
  tables.some((t) => {
    const keys = t.columns.map((col) => col.key);
    const blank = (key: string, r: Table['rows'][number]) => columnsStatedBy(key, keys).some((c) => r.values[keys[c]!] === undefined);
    const open = Object.keys(stated).filter((key) => stated[key] !== 0);
    return t.kind === kind && t.rows.some((r) => r.role === 'total' && open.some((key) => blank(key, r)));
  });

export function importSource(read: SourceDocument, options: ImportOptions = {}): ImportResult {
  // The recognisers read lines of cells; grids from structured formats become such lines, spans kept aligned.
  const source = linearise(read);
  const file = source.name;
  const meta = recogniseMeta(source, options);
  if (!meta) return notRecognised(source, file);
  const { year, publishedUnit: unit, department } = meta.value.meta;
  const units = [department.name, ...(meta.value.meta.units ?? []).map((u) => u.name)];
  const first = recogniseTables(source, { unit, year, units });
  if (!first.value.some((t) => t.status !== 'unavailable')) return notRecognised(source, file);
  const firstRead = readAround(source, unit, year, first);
  // The narrative may state what a 合计 line that lost its blank cells leaves open (its 基本支出 and 项目支出): the
  // tables are read again with those figures when they leave such a column blank.
  const told = statedTotals(firstRead.narrative.value.statements);
  const stated = { ...told, sangong: { ...told.sangong, ...statedSangongParts(firstRead.narrative.value.sections) } };
  const again = Object.entries(stated).some(([kind, columns]) => leavesOpen(first.value, kind, columns ?? {}));
  const tables = again ? recogniseTables(source, { unit, year, stated, units }) : first;
  const { goals, all, narrative } = again ? readAround(source, unit, year, tables) : firstRead;
  const { sections, statements, sangong, glossary } = narrative.value;

  const document: BudgetDocument = {
    schemaVersion: SCHEMA_VERSION,
    kind: meta.value.kind,
    meta: meta.value.meta,
    tables: all,
    ...(sangong ? { sangong } : {}),
    ...(goals.value.performance ? { performance: goals.value.performance } : {}),
    sections,
    ...(statements.length ? { statements } : {}),
    ...(glossary.length ? { glossary } : {}),
  };
  const parts = [meta, tables, goals, narrative];
  const used = new Set(parts.flatMap((p) => p.used));
  const unused: ReportNote[] = source.blocks.flatMap((block, index) =>
    used.has(index) ? [] : [{ kind: 'unused' as const, at: block.at, message: notUsed(block) }],
  );
  const found = all.map((t) => [...tables.found, ...goals.found].find((f) => f.id === t.id)).filter((f): f is FoundTable => f !== undefined);
  const report: ImportReport = {
    ...(file ? { file } : {}),
    format: source.format,
    tables: found,
    notes: [...parts.flatMap((p) => p.notes), ...unused],
    warnings: [],
  };
  const result = validate(document);
  if (!result.ok) {
    report.notes.push(
      ...result.errors.map((e) => ({ kind: 'ambiguity' as const, message: { 'zh-CN': `结果无效：${e.path} ${e.message['zh-CN']}`, en: `invalid result: ${e.path} ${e.message.en}` } })),
    );
    return { report, exit: 1 };
  }
  report.warnings = result.warnings.map((w) => ({ path: w.path, code: w.code, message: w.message }));
  return { document: result.document, report, exit: 0 };
}

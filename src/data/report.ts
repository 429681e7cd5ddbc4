/**
 * The outline of a whole disclosure as `<budget-report>` prints it: profile, summary, every
 * table, 三公, performance targets, other disclosures, explanations of changes, glossary.
 * Within each part, narrative sections and tables keep their published order.
 */
import type { BudgetDocument, Section, SectionKind, Statement, Table } from './schema.js';
import { isGoalTable } from './table-view.js';
import { explainedStatements } from './figures.js';

export type PartKey = 'profile' | 'summary' | 'tables' | 'sangong' | 'performance' | 'other' | 'changes' | 'glossary';
export const PART_ORDER: readonly PartKey[] = ['profile', 'summary', 'tables', 'sangong', 'performance', 'other', 'changes', 'glossary'];

/** Where each kind of narrative section goes; kinds not listed are other disclosures (机关运行经费, 政府采购, 国有资产 …). */
const SECTION_PARTS: [PartKey, SectionKind[]][] = [
  ['profile', ['functions', 'structure', 'units', 'staffing', 'key-tasks']],
  ['summary', ['overview', 'income', 'expenditure', 'fiscal', 'general-budget', 'basic', 'project', 'gov-fund', 'state-capital', 'special-account']],
  ['sangong', ['sangong']],
  ['performance', ['performance']],
];
const partOf = (kind: SectionKind): PartKey => SECTION_PARTS.find(([, kinds]) => kinds.includes(kind))?.[0] ?? 'other';

/** One entry of a part, with the id its deep link uses. */
export type ReportItem =
  | { type: 'section'; id: string; section: Section }
  | { type: 'table'; id: string; table: Table }
  | { type: 'summary' | 'sangong' | 'project-goals' | 'department-goals'; id: string }
  | { type: 'changes'; id: string; statements: Statement[] }
  | { type: 'glossary'; id: string };

export interface ReportPart {
  key: PartKey;
  id: string;
  items: ReportItem[];
}

export function reportOutline(doc: BudgetDocument): ReportPart[] {
  const items = Object.fromEntries(PART_ORDER.map((key) => [key, [] as ReportItem[]])) as Record<PartKey, ReportItem[]>;
  items.summary.push({ type: 'summary', id: 'summary-figures' });
  if (doc.sangong) items.sangong.push({ type: 'sangong', id: 'sangong-figures' });
  if (doc.performance?.projects.length) items.performance.push({ type: 'project-goals', id: 'project-goals' });
  if (doc.performance?.department) items.performance.push({ type: 'department-goals', id: 'department-goals' });
  for (const section of doc.sections) items[partOf(section.kind)].push({ type: 'section', id: `s-${section.id}`, section });
  for (const table of doc.tables) if (!isGoalTable(table)) items.tables.push({ type: 'table', id: `t-${table.id}`, table });
  const statements = explainedStatements(doc);
  if (statements.length) items.changes.push({ type: 'changes', id: 'changes-list', statements });
  if (doc.glossary?.length) items.glossary.push({ type: 'glossary', id: 'glossary-list' });
  return PART_ORDER.filter((key) => items[key].length > 0).map((key) => ({ key, id: key, items: items[key] }));
}

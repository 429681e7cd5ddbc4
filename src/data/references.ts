/**
 * Structural rules a JSON Schema cannot express: unique ids, references that resolve,
 * cell values under declared columns and of the declared type. These are errors.
 */
import { isAmount, type BudgetDocument, type Column, type Table } from './schema.js';
import { jsonPath, type ValidationIssue } from './issues.js';

type Path = (string | number)[];

const issue = (code: string, path: Path, zh: string, en: string): ValidationIssue => ({
  code,
  path: jsonPath(path),
  message: { 'zh-CN': zh, en },
});

/** Columns that apply to a row: its section's own columns, else the table's. */
export function columnsFor(table: Table, section: string | undefined): Column[] {
  return table.sections?.find((s) => s.key === section)?.columns ?? table.columns;
}

function duplicates(ids: string[], path: (index: number) => Path, what: string): ValidationIssue[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    if (!seen.has(id)) return (seen.add(id), []);
    return [issue('duplicate-id', path(index), `${what}标识重复：${id}`, `duplicate ${what === '表' ? 'table' : 'section'} id: ${id}`)];
  });
}

function tableIssues(table: Table, t: number): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const sectionKeys = new Set(table.sections?.map((s) => s.key));
  // Each section's columns by key, made once per section rather than once per row.
  const columnsBySection = new Map<string | undefined, Map<string, Column>>();
  table.rows.forEach((row, r) => {
    // Paths are made only for an issue: a valid 20,000-row table needs none.
    const at = (...rest: Path): Path => ['tables', t, 'rows', r, ...rest];
    if (row.section !== undefined && !sectionKeys.has(row.section)) {
      found.push(issue('unknown-section', at('section'), `未声明的表格分区：${row.section}`, `undeclared table section: ${row.section}`));
    }
    let columns = columnsBySection.get(row.section);
    if (!columns) columnsBySection.set(row.section, (columns = new Map(columnsFor(table, row.section).map((c) => [c.key, c]))));
    for (const key of Object.keys(row.values)) {
      const value = row.values[key];
      const column = columns.get(key);
      if (!column) {
        found.push(issue('unknown-column', at('values', key), `未声明的列：${key}`, `value under an undeclared column: ${key}`));
      } else if (value !== null && value !== undefined && (column.type ?? 'amount') === 'amount') {
        if (typeof value !== 'number') {
          found.push(issue('type', at('values', key), `金额列应为数字，实际为 ${JSON.stringify(value)}`, `amount column needs a number, got ${JSON.stringify(value)}`));
        } else if (!isAmount(value)) {
          found.push(issue('amount', at('values', key), `金额无效（最多两位小数、绝对值不超过 100 万亿元）：${value}`, `invalid amount (two decimals at most, within ±10^14 yuan): ${value}`));
        }
      }
    }
  });
  return found;
}

export function referenceIssues(doc: BudgetDocument): ValidationIssue[] {
  const tableIds = new Set(doc.tables.map((t) => t.id));
  const sectionIds = new Set(doc.sections.map((s) => s.id));
  const found = [
    ...duplicates(doc.tables.map((t) => t.id), (i) => ['tables', i, 'id'], '表'),
    ...duplicates(doc.sections.map((s) => s.id), (i) => ['sections', i, 'id'], '章节'),
    ...doc.tables.flatMap(tableIssues),
  ];
  const dangling = (ref: string | undefined, path: Path, ids: Set<string>) => {
    if (ref !== undefined && !ids.has(ref)) {
      found.push(issue('unknown-reference', path, `引用的表或章节不存在：${ref}`, `reference to a missing table or section: ${ref}`));
    }
  };
  doc.sangong?.sources.forEach((ref, i) => dangling(ref, ['sangong', 'sources', i], new Set([...tableIds, ...sectionIds])));
  doc.performance?.projects.forEach((p, i) => dangling(p.table, ['performance', 'projects', i, 'table'], tableIds));
  dangling(doc.performance?.department?.table, ['performance', 'department', 'table'], tableIds);
  doc.statements?.forEach((s, i) => dangling(s.section, ['statements', i, 'section'], sectionIds));
  return found;
}

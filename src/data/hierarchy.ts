/**
 * Expenditure as a tree, for <budget-treemap>: by function (类 → 款 → 项), by department
 * economic class (类 → 款), basic / project → items, or projects. Leaves are the items a
 * published table prints; parents add them up, so the tree never counts a figure twice.
 */
import type { BudgetDocument, Row, Table } from './schema.js';
import { amount, functionSectionKey, generalBudgetCoversYear, tableOf, totalRow, withoutListNumber } from './figures.js';
import { leaves } from './outline.js';

export interface TreeNode {
  id: string;
  code?: string;
  name: string;
  /** In 元: a leaf's published figure, or the sum of its children (what the layout sizes by). */
  value: number;
  /** The figure the source prints for this node, when it prints one; otherwise `value` is derived. */
  published?: number;
  /** When `value` is derived: what another table of the document prints for the same code, and its title. */
  printedIn?: { value: number; table: string };
  /** The source prints the code without a name: `name` is one the data tools supplied (the document's `suppliedNames`). */
  supplied?: true;
  children?: TreeNode[];
}

export type TreeBy = 'function' | 'economic' | 'basic-project' | 'projects';
export type FundFilter = 'all' | 'general-budget' | 'gov-fund';

/** What a row prints: its 合计 column, else its one amount. */
const printedFigure = (row: Row | undefined): number | undefined => amount(row, 'total') ?? amount(row, 'amount');
const figure = (row: Row): number => printedFigure(row) ?? 0;

/** Yuan kept to the fen, so that adding published figures up never leaves float noise. */
const fen = (yuan: number): number => Math.round(yuan * 100) / 100;

/** What nodes add up to, to the fen. */
export const sumOf = (nodes: readonly { value: number }[]): number => fen(nodes.reduce((n, c) => n + c.value, 0));

/** What the document says about one classification code. */
interface CodeFacts {
  /** The first row, in any table, that names the code (its name is cleaned when a node needs it). */
  named?: Row;
  /** What the view's table prints for the code, added up over budget units. */
  printed?: number;
}

/**
 * What the document says about each code, gathered for one length of code when a code of that
 * length is first asked about (one pass over the rows, one map lookup a row): a view builds its
 * classes and sections first, and the items, most of a 20,000-row table, only when they are opened.
 */
function codeFacts(doc: BudgetDocument, table: Table | undefined): (code: string) => CodeFacts | undefined {
  const byLength = new Map<number, Map<string, CodeFacts>>();
  return (code) => {
    let facts = byLength.get(code.length);
    if (!facts) {
      byLength.set(code.length, (facts = new Map()));
      for (const each of doc.tables) {
        for (const row of each.rows) {
          if (row.code?.length !== code.length) continue;
          let known = facts.get(row.code);
          if (!known) facts.set(row.code, (known = {}));
          if (!known.named && row.name.trim()) known.named = row;
          if (each === table) known.printed = fen((known.printed ?? 0) + figure(row));
        }
      }
    }
    return facts.get(code);
  };
}

/** A coded leaf of a table, its code cut to the depth the view goes to. */
interface Item {
  code: string;
  value: number;
  row: Row;
}

/**
 * The coded leaves a table prints, grouped by code prefixes (3, 5 … digits; `short` cuts longer codes
 * to 5 first), values added up; named as any table of the document names the code, else by the
 * leaf itself, else by a supplied name. Linear in the rows: a table can print 20,000 items.
 */
function byCode(doc: BudgetDocument, table: Table | undefined, lengths: number[], supplied = new Map<string, string>(), short = false): TreeNode[] {
  const factsOf = codeFacts(doc, table);
  const group = (items: Item[], [length, ...deeper]: number[], prefix: string): TreeNode[] => {
    const groups = new Map<string, Item[]>();
    for (const item of items) {
      const key = length === undefined || item.code.length <= length ? item.code : item.code.slice(0, length);
      // Pushed, not spread into a new array: copying each group per item made a 1,000-item class quadratic.
      const members = groups.get(key);
      if (members) members.push(item);
      else groups.set(key, [item]);
    }
    const nodes: TreeNode[] = [];
    for (const [code, members] of groups) {
      const only = members.length === 1 && members[0]!.code === code ? members[0] : undefined;
      const known = factsOf(code);
      const printedName = known?.named ? withoutListNumber(known.named.name) : only && withoutListNumber(only.row.name);
      const suppliedName = printedName ? undefined : supplied.get(code);
      // Optional fields set one by one: spreading them in made each of 20,000 nodes several objects.
      const node: TreeNode = { id: `${prefix}/${code}`, code, name: printedName ?? suppliedName ?? code, value: sumOf(members) };
      if (suppliedName) node.supplied = true;
      if (known?.printed !== undefined) node.published = known.printed;
      if (deeper.length && members.some((m) => m.code.length > code.length)) {
        // Built when first read: a view draws a few levels of what may be a 20,000-item table,
        // and the rest are only needed when the reader opens them.
        let children: TreeNode[] | undefined;
        Object.defineProperty(node, 'children', { enumerable: true, get: () => (children ??= group(members, deeper, code)) });
      }
      nodes.push(node);
    }
    return nodes;
  };
  const items: Item[] = [];
  for (const row of leaves(table?.rows ?? [])) {
    const value = figure(row);
    if (row.code !== undefined && value !== 0) items.push({ code: short ? row.code.slice(0, 5) : row.code, value, row });
  }
  return group(items, lengths, '');
}

/**
 * The year's expenditure by function subject: 支出总表, else (when it is split by fund without
 * subjects) 一般公共预算支出表 if that covers the whole year.
 */
function functionTable(doc: BudgetDocument, fund: FundFilter): Table | undefined {
  if (fund === 'general-budget') return tableOf(doc, 'general-budget-expenditure');
  if (fund === 'gov-fund') return tableOf(doc, 'gov-fund');
  const expenditure = tableOf(doc, 'expenditure');
  return expenditure?.rows.some((row) => row.code) ? expenditure : generalBudgetCoversYear(doc);
}

function functionTree(doc: BudgetDocument, table: Table | undefined, fund: FundFilter): TreeNode[] {
  const classes = byCode(doc, table, [3, 5, 7], new Map(doc.suppliedNames?.map((n) => [n.code, n.name])));
  return fund === 'all' ? classes.map((node) => withOverviewFigure(doc, node)) : classes;
}

/**
 * A class whose figure this view's table does not print takes the one 收支总表 prints (same year,
 * all funds) when its items add up to it; when they do not, the figure is kept beside the sum, so
 * that the element can say why the two differ.
 */
function withOverviewFigure(doc: BudgetDocument, node: TreeNode): TreeNode {
  const overview = tableOf(doc, 'overview');
  const section = functionSectionKey(overview);
  const row = overview?.rows.find((r) => r.section === section && r.code === node.code);
  const value = row && amount(row, 'amount');
  if (node.published !== undefined || value === undefined) return node;
  return value === node.value ? { ...node, published: value } : { ...node, printedIn: { value, table: overview!.title } };
}

const economicTable = (doc: BudgetDocument) =>
  tableOf(doc, 'basic-by-dept-economic') ?? tableOf(doc, 'general-budget-basic') ?? tableOf(doc, 'expenditure-by-dept-economic');

// 类 → 款: items printed below 款 (3011201) are added into their 款.
const economicTree = (doc: BudgetDocument): TreeNode[] => byCode(doc, economicTable(doc), [3, 5], undefined, true);

/** The projects 项目支出表 prints, else those the performance goals name with an amount. */
function projectNodes(doc: BudgetDocument): TreeNode[] {
  const rows = leaves(tableOf(doc, 'project-expenditure')?.rows ?? []).filter((row) => figure(row) !== 0);
  const projects: { code?: string | undefined; name: string; amount?: number | null | undefined }[] = rows.length
    ? rows.map((row) => ({ name: withoutListNumber(row.name), amount: figure(row) }))
    : (doc.performance?.projects ?? []).filter((p) => p.amount);
  return projects.map(({ code, name, amount }, i) => ({ id: `/project/${i}`, ...(code ? { code } : {}), name, value: amount!, published: amount! }));
}

const node = (id: string, name: string, children: TreeNode[], published?: number): TreeNode => ({
  id,
  name,
  value: sumOf(children),
  ...(published !== undefined ? { published } : {}),
  children,
});

/** The tree for one view; undefined when the document publishes nothing to draw. */
export function expenditureTree(doc: BudgetDocument, by: TreeBy, fund: FundFilter, rootName: string, names: { basic: string; project: string }): TreeNode | undefined {
  let children: TreeNode[];
  let total: number | undefined;
  if (by === 'function') {
    const table = functionTable(doc, fund);
    children = functionTree(doc, table, fund);
    total = amount(totalRow(table), 'total');
  } else if (by === 'economic') {
    children = economicTree(doc);
  } else if (by === 'projects') {
    children = projectNodes(doc);
  } else {
    children = [
      node('/basic', names.basic, economicTree(doc), printedFigure(totalRow(economicTable(doc)))),
      node('/project', names.project, projectNodes(doc), printedFigure(totalRow(tableOf(doc, 'project-expenditure')))),
    ];
  }
  children = children.filter((c) => c.value > 0);
  return children.length ? node('', rootName, children, total) : undefined;
}

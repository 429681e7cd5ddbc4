/** Every UI string, one typed catalogue per language. English follows shared/TERMS.md. */
import type { LoadErrorCode } from '../data/load.js';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export interface Catalogue {
  /** "单位：万元" */
  unitNote: (unit: string) => string;
  loading: string;
  errorTitle: string;
  errors: Record<LoadErrorCode, string>;
  httpStatus: (status: number) => string;
  noData: string;
  emptyTable: string;
  /** When a document has no published 收支总表 to summarise. */
  noOverview: string;
  budgetTitle: (department: string, year: number) => string;
  incomeTotal: string;
  expenditureTotal: string;
  incomeThisYear: string;
  expenditureThisYear: string;
  carryOver: string;
  carryForward: string;
  incomeBySource: string;
  expenditureByFunction: string;
  basicAndProject: string;
  basic: string;
  personnel: string;
  operating: string;
  project: string;
  item: string;
  amount: string;
  share: string;
  shareOf: (share: string) => string;
  total: string;
  change: string;
  changeFromLastYear: string;
  /** Marks a figure the library computed from published ones. */
  derived: string;
  derivedNote: string;
  sangongTitle: string;
  sangongParts: Record<'total' | 'outbound' | 'vehicles' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', string>;
  meetings: string;
  training: string;
  thisYear: string;
  lastYear: string;
  changePercent: string;
  /** Said of a part budgeted at zero: zero is news, never a blank. */
  notBudgeted: string;
  noSangong: string;
  byFund: string;
  fundNames: Record<'all' | 'general-budget' | 'gov-fund' | 'state-capital' | 'special-account' | 'social-insurance-fund' | 'unit-funds' | 'other', string>;
  goalsTitle: string;
  departmentGoalsTitle: string;
  projectCode: string;
  funding: string;
  schedule: string;
  annualGoal: string;
  periodGoal: string;
  overallGoal: string;
  tasks: string;
  taskName: string;
  taskContent: string;
  indicators: string;
  indicatorName: string;
  indicatorValue: string;
  weight: string;
  direction: string;
  directions: Record<'positive' | 'negative', string>;
  nature: string;
  natures: Record<'quantitative' | 'qualitative', string>;
  basis: string;
  allLevel1: string;
  filterLevel1: string;
  search: string;
  shownCount: (indicators: number, projects: number) => string;
  noMatch: string;
  noGoals: string;
  treemapViews: Record<'function' | 'economic' | 'basic-project' | 'projects', string>;
  other: string;
  code: string;
  tableView: string;
  shareOfParent: string;
  shareOfTotal: string;
  entered: (name: string, count: number) => string;
  breadcrumb: string;
  treeHelp: string;
  noTree: string;
  /** What the chart shows, in a sentence: the largest item's share and, within it, its own largest. */
  treeSummary: (name: string, total: string, count: number, largest: { name: string; share: string }, within?: { name: string; share: string }) => string;
  /** A tile that gathers `count` items too small to draw apart. */
  otherItems: (count: number) => string;
  /** Items left out of the drawing because even gathered they are too small to see or point at. */
  tooSmall: string;
  /** A code the source prints without a name, with its level (类 / 款 / 项) in words. */
  bareCode: (code: string) => string;
  /** Mark after a name the source does not print (supplied from the national classification). */
  suppliedMark: string;
  suppliedNote: (year: number) => string;
  /** A class whose items add up to other than the figure another table prints for it. */
  sumDiffers: (name: string, sum: string, printed: string, table: string) => string;
  /** No table of that id or kind in the document. */
  noTable: (key: string) => string;
  /** A table listed in the document's contents but absent from the source text. */
  tableUnavailable: string;
  /** A goal table, whose content the performance targets show. */
  goalTableElsewhere: string;
  expandAll: string;
  collapseAll: string;
  downloadCsv: string;
  sortedBy: (column: string, direction: 'ascending' | 'descending') => string;
  sortCleared: string;
  /** The accessible name of a column's sort button: its label and that it sorts. */
  sortBy: (column: string) => string;
  /** Above a table that scrolls sideways, while it does. */
  scrollHint: string;
  /** Read in place of a row label the source prints blank. */
  unnamedRow: string;
  treegridHelp: string;
  reportTitle: (department: string, year: number) => string;
  contents: string;
  reportParts: Record<'profile' | 'summary' | 'tables' | 'sangong' | 'performance' | 'other' | 'changes' | 'glossary', string>;
  /** What follows a label before its text: the language's own colon ("来源：", "Source: "). */
  colon: string;
  /** Between the parts of one item said in a line (name, amount, share): "，" / ", ". */
  comma: string;
  source: string;
  published: string;
  /** Subjects of published statements with no other label in the catalogue. */
  statementSubjects: Record<'fiscal-total' | 'operating-costs' | 'procurement', string>;
  previousYear: string;
  explanation: string;
  /** A document whose tables are all empty or missing. */
  reportEmpty: string;
}

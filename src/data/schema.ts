/**
 * The normalised budget document, schema v1: the library's public contract.
 *
 * This file is the one source of truth. The TypeScript types are inferred from it,
 * the browser validator runs it (valibot: no eval, CSP-safe, tree-shaken), and
 * `schema/budget.schema.json` is generated from it at build time.
 *
 * Amounts are numbers in 元 with at most two decimals, whatever unit the source
 * was published in. Classification codes are strings of digits ("2101501").
 */
import * as v from 'valibot';
import { DIGITS, SLUG } from './patterns.js';

/** Major version this library reads. Documents declare `schemaVersion: "1.x"`. */
export const SCHEMA_MAJOR = 1;
export const SCHEMA_VERSION = '1.1';

/** Largest absolute amount accepted, in 元 (100 万亿): beyond any budget, so a typo or unit slip. */
export const MAX_AMOUNT = 1e14;

const text = v.pipe(v.string(), v.minLength(1), v.maxLength(20_000));
const shortText = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const slug = v.pipe(v.string(), v.regex(SLUG, 'a lower-case slug such as "income-total"'));
const digits = v.pipe(v.string(), v.regex(DIGITS, 'a string of digits such as "2101501"'));

/** Two decimals at most: the fen is the smallest unit. */
const inFen = (n: number): boolean => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

/** An amount in 元: two decimals at most, within ±MAX_AMOUNT (which also keeps out ±Infinity). */
export const Amount = v.pipe(v.number(), v.minValue(-MAX_AMOUNT), v.maxValue(MAX_AMOUNT), v.check(inFen, 'at most two decimals (fen)'));

/**
 * `Amount` as a plain test, for the cells of amount columns (checked one by one, up to hundreds of
 * thousands in a large table, where valibot's per-call overhead showed in profiles).
 */
export const isAmount = (n: number): boolean => n >= -MAX_AMOUNT && n <= MAX_AMOUNT && inFen(n);

export const Unit = v.picklist(['元', '万元', '亿元']);

/** Fund types (资金性质). `all` marks figures over every fund type. */
export const FundType = v.picklist([
  'all',
  'general-budget', // 一般公共预算
  'gov-fund', // 政府性基金预算
  'state-capital', // 国有资本经营预算
  'special-account', // 财政专户管理资金
  'social-insurance-fund', // 社会保险基金预算
  'unit-funds', // 单位资金
  'other',
]);

export const Meta = v.strictObject({
  department: v.strictObject({ name: shortText, code: v.optional(shortText) }),
  region: v.strictObject({
    province: shortText,
    city: v.optional(shortText),
    county: v.optional(shortText),
  }),
  year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  /** The unit the source printed its amounts in. */
  publishedUnit: Unit,
  /** Budget units (预算单位) the document covers, the department itself first. */
  units: v.array(
    v.strictObject({
      name: shortText,
      code: v.optional(shortText),
      /** e.g. 行政单位, 参公事业单位 */
      type: v.optional(shortText),
    }),
  ),
  source: v.strictObject({
    title: shortText,
    url: v.optional(v.pipe(v.string(), v.url())),
    date: v.optional(v.pipe(v.string(), v.isoDate())),
    publisher: v.optional(shortText),
    /** The extracted text the document was transcribed from. */
    file: v.optional(shortText),
  }),
});

export const ColumnType = v.picklist(['amount', 'number', 'percent', 'text']);

export const Column = v.strictObject({
  /** Stable key; see the column vocabulary in docs/schema.md (total, basic, project, …). */
  key: slug,
  /** Header text as published. */
  label: shortText,
  /** Labels of the spanning headers above this one, outermost first. */
  groups: v.optional(v.array(shortText)),
  /** Default `amount` (元). */
  type: v.optional(ColumnType),
  /** Unit of a `number` column (辆, 人, 台). */
  unit: v.optional(shortText),
});

export const CellValue = v.nullable(v.union([v.number(), v.pipe(v.string(), v.maxLength(20_000))]));

export const Row = v.strictObject({
  /** Semantic key of a row, e.g. income-total, carry-over, expenditure-total. */
  key: v.optional(slug),
  /** Classification code, digits only ("210", "21015", "2101501", "30101"). */
  code: v.optional(digits),
  /** Budget-unit code when the row is, or belongs to, one unit. */
  unit: v.optional(shortText),
  /** Row label as published, without numbering added by the extraction; empty when printed blank. */
  name: v.pipe(v.string(), v.maxLength(500)),
  /** Depth in the hierarchy; derived from the code length when absent. */
  level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
  /**
   * total: 合计 / 总计; subtotal: 小计; unit: a budget-unit row; heading: a row outside the sum
   * hierarchy (a label without figures, or an unlabelled row repeating the row above).
   */
  role: v.optional(v.picklist(['total', 'subtotal', 'unit', 'heading'])),
  /** Key of the table section the row belongs to (two-sided statements). */
  section: v.optional(slug),
  /** Cell values by column key. A blank published cell is absent or null. */
  values: v.record(slug, CellValue),
  note: v.optional(text),
});

export const TableKind = v.picklist([
  'overview', // 收支总表
  'income', // 收入总表
  'expenditure', // 支出总表
  'fiscal-overview', // 财政拨款收支总表
  'general-budget-expenditure', // 一般公共预算支出表
  'general-budget-basic', // 一般公共预算基本支出表 (by function subject or economic class)
  'expenditure-by-dept-economic', // 支出 / 财政拨款支出 by 部门预算经济分类
  'expenditure-by-gov-economic', // 支出 by 政府预算经济分类
  'basic-by-dept-economic', // 基本支出 by 部门预算经济分类
  'basic-by-gov-economic', // 基本支出 by 政府预算经济分类
  'project-expenditure', // 项目支出表
  'sangong', // "三公"经费
  'gov-fund', // 政府性基金
  'state-capital', // 国有资本经营
  'special-account', // 财政专户管理资金
  'special-funds', // 专项资金 / 专项业务经费
  'procurement', // 政府采购
  'assets', // 国有资产 / 固定资产
  'project-goals', // 项目支出绩效目标表 (content in `performance`)
  'department-goals', // 部门整体支出绩效目标表 (content in `performance`)
  'other',
]);

export const TableSection = v.strictObject({
  key: slug,
  /** Header text as published, e.g. 收入, 项目（按功能分类）. */
  label: shortText,
  side: v.picklist(['income', 'expenditure']),
  classification: v.optional(v.picklist(['function', 'dept-economic', 'gov-economic', 'basic-project'])),
  /** Columns of this section when they differ from the table's. */
  columns: v.optional(v.array(Column)),
});

export const Table = v.strictObject({
  /** Unique within the document: a slug such as "overview" or "sangong-general-budget". */
  id: slug,
  kind: TableKind,
  /** Number as published: 公开表1, 表3, 13-1. */
  number: v.optional(shortText),
  title: shortText,
  /**
   * published: rows hold the figures; empty: published as empty on purpose (keep its note);
   * unavailable: listed in the document's contents but absent from the source text.
   */
  status: v.picklist(['published', 'empty', 'unavailable']),
  /** Published notes under or beside the table, verbatim (此表无数据, 空表列示 …). */
  note: v.optional(text),
  /** Unit printed on the table when it differs from meta.publishedUnit. Amounts stay in 元. */
  unit: v.optional(Unit),
  /** Fund type the whole table is restricted to, when it is. */
  fund: v.optional(FundType),
  columns: v.array(Column),
  sections: v.optional(v.array(TableSection)),
  rows: v.array(Row),
});

/** The "三公" parts, each a `figure`: an amount, or an optional one where only some are published. */
const sangongParts = <T extends v.GenericSchema<number | undefined>>(figure: T) =>
  v.strictObject({ total: figure, outbound: figure, vehicles: figure, vehiclePurchase: figure, vehicleOperation: figure, reception: figure });

/** Current-year "三公" figures; a part the source leaves blank or zero is 0. */
export const SangongAmounts = sangongParts(Amount);

/** A figure this year and, when the source prints it, last year. */
const YearFigures = v.strictObject({ current: Amount, previous: v.optional(Amount) });

export const Sangong = v.strictObject({
  /** Current year, all fund types. */
  current: SangongAmounts,
  /** Previous year: only when the source publishes it as figures. */
  previous: v.optional(SangongAmounts),
  /** Change from the previous year: only figures the source publishes. */
  change: v.optional(sangongParts(v.optional(Amount))),
  /** Per fund type, when more than one fund type is published. */
  byFund: v.optional(v.array(v.strictObject({ fund: FundType, amounts: SangongAmounts }))),
  meetings: v.optional(YearFigures),
  training: v.optional(YearFigures),
  /** Published wording of the change, verbatim ("较上年减少0.08万元", "持平"). */
  changeText: v.optional(text),
  /** Published explanation of the change or of the figures, verbatim. */
  explanation: v.optional(text),
  /** Ids of the tables (and narrative sections) these figures come from. */
  sources: v.array(slug),
});

export const Indicator = v.strictObject({
  level1: shortText, // 一级指标, e.g. 产出指标
  level2: v.optional(shortText), // 二级指标, e.g. 数量指标
  name: text, // 三级指标
  /** Operator as published: ≥ ≤ ＝ < > or 定性. */
  operator: v.optional(shortText),
  /** Target value as published ("100", "好"). */
  value: v.optional(text),
  unit: v.optional(shortText),
  /** Whole value text when the source prints it in one cell ("大于等于260家"). */
  valueText: v.optional(text),
  weight: v.optional(v.number()),
  direction: v.optional(v.picklist(['positive', 'negative'])),
  /** 定量 / 定性 */
  nature: v.optional(v.picklist(['quantitative', 'qualitative'])),
  description: v.optional(text), // 指标解释 / 指标说明
  basis: v.optional(text), // 指标值设定依据
  remarks: v.optional(text),
});

/** A labelled field the source prints that has no dedicated property (主管部门, 项目负责人 …). */
const Field = v.strictObject({ label: shortText, value: text });
const Funding = v.strictObject({ fund: v.optional(FundType), label: shortText, amount: v.nullable(Amount) });

export const ProjectGoal = v.strictObject({
  /** Key of the table in `tables` the goal table belongs to. */
  table: v.optional(slug),
  number: v.optional(shortText),
  code: v.optional(shortText),
  name: text,
  unit: v.optional(shortText),
  amount: v.optional(v.nullable(Amount)),
  funding: v.optional(v.array(Funding)),
  /** Spending plan: 3月底, 6月底 … with amounts or shares as published. */
  schedule: v.optional(v.array(v.strictObject({ label: shortText, amount: v.optional(Amount), percent: v.optional(v.number()) }))),
  goal: v.optional(text), // 年度目标
  periodGoal: v.optional(text), // 实施期目标
  fields: v.optional(v.array(Field)),
  indicators: v.array(Indicator),
});

export const DepartmentGoal = v.strictObject({
  table: v.optional(slug),
  name: v.optional(shortText),
  tasks: v.array(v.strictObject({ name: shortText, content: v.optional(text), amount: v.optional(v.nullable(Amount)), funding: v.optional(v.array(Funding)) })),
  funding: v.optional(v.array(Funding)),
  goal: v.optional(text), // 年度总体目标
  fields: v.optional(v.array(Field)),
  indicators: v.array(Indicator),
});

export const Performance = v.strictObject({
  /** Unit subtotal lines printed in the project goal tables ("309-某县医疗保障局本级 1236.48"). */
  units: v.optional(v.array(v.strictObject({ name: shortText, amount: v.nullable(Amount) }))),
  projects: v.array(ProjectGoal),
  department: v.optional(DepartmentGoal),
  /** Other goal tables (e.g. 专项资金总体绩效目标表) recorded as tables. */
});

/** Kinds of narrative section, so elements can find the explanation they need. */
export const SectionKind = v.picklist([
  'functions', // 主要职能
  'structure', // 机构设置 / 内设机构
  'units', // 部门预算单位构成
  'staffing', // 人员编制
  'key-tasks', // 重点工作
  'overview', // 收支总体情况
  'income',
  'expenditure',
  'fiscal', // 财政拨款收支
  'general-budget', // 一般公共预算 (当年, 基本, 项目)
  'basic',
  'project',
  'gov-fund',
  'state-capital',
  'special-account',
  'operating-costs', // 机关运行经费
  'sangong',
  'procurement',
  'assets',
  'performance',
  'other',
]);

export const Section = v.strictObject({
  id: slug,
  kind: SectionKind,
  /** Heading as published. */
  title: shortText,
  /** Paragraphs verbatim, lines joined where the extraction broke them. */
  paragraphs: v.array(text),
});

/** Subjects a published statement can be about. */
export const StatementSubject = v.picklist([
  'income-total',
  'expenditure-total',
  'income-this-year',
  'expenditure-this-year',
  'carry-over',
  'carry-forward',
  'fiscal-total',
  'general-budget',
  'gov-fund',
  'state-capital',
  'special-account',
  'basic',
  'personnel',
  'operating',
  'project',
  'operating-costs',
  'sangong',
  'procurement',
  'meetings',
  'training',
]);

/** A figure stated in the narrative, with the year-over-year change as published. */
export const Statement = v.strictObject({
  subject: StatementSubject,
  /** Fund type when the statement is restricted to one (e.g. 一般公共预算拨款). */
  fund: v.optional(FundType),
  amount: v.optional(Amount),
  /** Unit the narrative printed the figure in, when not meta.publishedUnit (sets the comparison precision). */
  unit: v.optional(Unit),
  /** Previous-year figure, only when the source prints it. */
  previous: v.optional(Amount),
  /** Change as a signed amount, only when the source prints it. */
  change: v.optional(Amount),
  /** Change wording verbatim ("增加12.3万元", "持平"). */
  changeText: v.optional(text),
  /** Reason for the change, verbatim. */
  explanation: v.optional(text),
  /** Id of the narrative section it is taken from. */
  section: v.optional(slug),
});

export const GlossaryEntry = v.strictObject({ term: shortText, definition: text });

export const BudgetDocument = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+$/, 'a version such as "1.0"')),
  /** budget: 部门预算; final-accounts: 部门决算 (reserved for a later version of the library). */
  kind: v.picklist(['budget', 'final-accounts']),
  meta: Meta,
  /** Every table, in published order, including empty and unavailable ones. */
  tables: v.array(Table),
  sangong: v.optional(Sangong),
  performance: v.optional(Performance),
  /** Narrative sections in published order. */
  sections: v.array(Section),
  statements: v.optional(v.array(Statement)),
  glossary: v.optional(v.array(GlossaryEntry)),
  /**
   * Since 1.1. Names of classification codes the source prints without a name, filled by the data
   * tools from the national classification of the document's year (`npm run names`); the elements
   * show them marked as supplied. Never a name the source prints.
   */
  suppliedNames: v.optional(v.array(v.strictObject({ code: digits, name: shortText }))),
});

export type BudgetDocument = v.InferOutput<typeof BudgetDocument>;
export type Meta = v.InferOutput<typeof Meta>;
export type Table = v.InferOutput<typeof Table>;
export type TableKind = v.InferOutput<typeof TableKind>;
export type TableSection = v.InferOutput<typeof TableSection>;
export type Column = v.InferOutput<typeof Column>;
export type Row = v.InferOutput<typeof Row>;
export type CellValue = v.InferOutput<typeof CellValue>;
export type FundType = v.InferOutput<typeof FundType>;
export type Unit = v.InferOutput<typeof Unit>;
export type Sangong = v.InferOutput<typeof Sangong>;
export type SangongAmounts = v.InferOutput<typeof SangongAmounts>;
export type Indicator = v.InferOutput<typeof Indicator>;
export type ProjectGoal = v.InferOutput<typeof ProjectGoal>;
export type DepartmentGoal = v.InferOutput<typeof DepartmentGoal>;
export type Performance = v.InferOutput<typeof Performance>;
export type Section = v.InferOutput<typeof Section>;
export type Statement = v.InferOutput<typeof Statement>;
export type SectionKind = v.InferOutput<typeof SectionKind>;
export type StatementSubject = v.InferOutput<typeof StatementSubject>;

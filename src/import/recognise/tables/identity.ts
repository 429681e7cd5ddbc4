/**
 * Which table a title names, across the names provinces use: 部门收支总表, 收支预算总表, 部门收支总体情况表,
 * 部门财务收支预算总表, 部门综合预算收支总表 … all name the overview. Rules are tried in order, the most specific
 * first; each looks at the title with its whitespace removed and its numbering ("公开表1-2", "表3", "（十四）",
 * "01-1", "3、") taken off.
 */
import type { FundType, TableKind } from '../../../data/schema.js';
import { halfWidth, squash, withoutMarkers } from './text.js';

export interface TableIdentity {
  kind: TableKind;
  /** The id stem: the kind, or a more precise name when one kind has several tables (sangong-gov-fund). */
  id: string;
  fund?: FundType;
  /** 0–1: 1 for a name the catalogue knows, lower for a title kept as `other`. */
  confidence: number;
}

const FUNDS: [RegExp, FundType][] = [
  [/政府性基金/, 'gov-fund'],
  [/国有资本/, 'state-capital'],
  [/财政专户/, 'special-account'],
  [/一般公共预算/, 'general-budget'],
];

const fundOf = (title: string): FundType | undefined => FUNDS.find(([pattern]) => pattern.test(title))?.[1];

/** 政府预算经济分类 / 部门预算经济分类 / (plain) 经济分类, which is the department's. */
const economic = (title: string): 'gov' | 'dept' | undefined =>
  /政府(预算)?(支出)?经济分类/.test(title) ? 'gov' : /经济分类/.test(title) ? 'dept' : undefined;

type Rule = (title: string) => Omit<TableIdentity, 'confidence'> | undefined;

const RULES: Rule[] = [
  (t) => (/整体(支出)?绩效目标/.test(t) ? { kind: 'department-goals', id: 'department-goals' } : undefined),
  (t) => (/专项资金总体绩效目标/.test(t) ? { kind: 'other', id: 'special-funds-goals' } : undefined),
  (t) => (/绩效目标/.test(t) ? { kind: 'project-goals', id: 'project-goals' } : undefined),
  (t) => {
    if (!/三公/.test(t)) return undefined;
    const fund = fundOf(t);
    return { kind: 'sangong', id: fund && fund !== 'general-budget' ? `sangong-${fund}` : 'sangong', ...(fund ? { fund } : {}) };
  },
  (t) => (/政府采购/.test(t) ? { kind: 'procurement', id: 'procurement' } : undefined),
  (t) => (/资产/.test(t) ? { kind: 'assets', id: 'assets' } : undefined),
  (t) => (/机构设置/.test(t) ? { kind: 'other', id: 'structure' } : undefined),
  (t) => (/专项资金|专项业务经费/.test(t) ? { kind: 'special-funds', id: 'special-funds' } : undefined),
  (t) => {
    const fund = /收支/.test(t) && !/财政拨款/.test(t) ? fundOf(t) : fundOf(t.replace(/一般公共预算/g, ''));
    if (fund !== 'gov-fund' && fund !== 'state-capital' && fund !== 'special-account') return undefined;
    const by = economic(t);
    return { kind: fund, id: by ? `${fund}-${by}-economic` : fund, fund };
  },
  (t) => (/收支/.test(t) ? (/财政拨款/.test(t) ? { kind: 'fiscal-overview', id: 'fiscal-overview' } : { kind: 'overview', id: 'overview' }) : undefined),
  (t) => (/收入/.test(t) ? { kind: 'income', id: 'income' } : undefined),
  (t) => {
    if (!/一般公共预算/.test(t) || !/基本支出/.test(t)) return undefined;
    const by = economic(t);
    return by
      ? { kind: `basic-by-${by}-economic`, id: `basic-by-${by}-economic`, fund: 'general-budget' }
      : { kind: 'general-budget-basic', id: 'general-budget-basic', fund: 'general-budget' };
  },
  (t) => (/项目支出/.test(t) && /表/.test(t) && !/绩效/.test(t) ? { kind: 'project-expenditure', id: 'project-expenditure', ...(fundOf(t) ? { fund: fundOf(t)! } : {}) } : undefined),
  (t) => (/一般公共预算/.test(t) && /支出/.test(t) ? { kind: 'general-budget-expenditure', id: 'general-budget-expenditure', fund: 'general-budget' } : undefined),
  (t) => {
    const by = economic(t);
    if (!by || !/支出/.test(t)) return undefined;
    return { kind: `expenditure-by-${by}-economic`, id: /财政拨款/.test(t) ? `fiscal-by-${by}-economic` : `expenditure-by-${by}-economic` };
  },
  (t) => (/支出/.test(t) ? { kind: 'expenditure', id: 'expenditure' } : undefined),
];

/** Numbering as printed before a title: 公开表1-2, 表3, （十四）, 01-1, 3、, "1\t". */
const NUMBERING = /^(?:(?:公开)?表\s*\d+(?:\s*-\s*\d+)?|[（(][一二三四五六七八九十]+[)）]|\d{1,2}(?:-\d{1,2})?(?=[、.．\s])|\d{1,2}(?:-\d{1,2})?(?=[\u4e00-\u9fa5]))\s*[、.．:：]?\s*/;

/** The number printed with a title ("公开表1-2", "表3", "1"), and the title without it. */
export function splitNumbering(text: string): { number?: string; title: string } {
  const clean = withoutMarkers(text).trim();
  const match = NUMBERING.exec(clean);
  if (!match) return { title: clean };
  const number = match[0].replace(/[、.．:：\s]+$/, '').replace(/\s+/g, '');
  return { number, title: clean.slice(match[0].length).trim() };
}

/** A line that is only a table number: "公开表1", "表13-1". */
export const isNumberLine = (text: string): boolean => /^(公开)?表\s*\d+(\s*-\s*\d+)?$/.test(squash(withoutMarkers(text)));

/**
 * Is this line a table title, and which table? Titles are short, end in 表 (or name a known statement such as
 * 部门机构设置情况 / 部门政府采购预算), and read as a name rather than a sentence.
 */
export function identify(title: string): TableIdentity | undefined {
  const t = halfWidth(squash(title));
  if (t.length < 3 || t.length > 70 || /[。，；]|详见|如下/.test(t)) return undefined;
  const named = /表(--[^()]*)?(\([^()]*\))*$/.test(t) || /^(部门)?(机构设置情况|政府采购预算)$/.test(t.replace(/^部门/, ''));
  if (!named) return undefined;
  for (const rule of RULES) {
    const found = rule(t);
    if (found) return { ...found, confidence: 1 };
  }
  // The heading of the whole set of tables ("2024年部门预算公开表", "部门预算报表") is not a table.
  const setHeading = /\d{4}年(?!度?\))|(公开|报)表$|^(第.+部分)|^附[:：]|^[一二三四五六七八九十]+、/.test(t);
  return !setHeading && /预算|决算|支出|收入|经费/.test(t) ? { kind: 'other', id: 'other', confidence: 0.5 } : undefined;
}

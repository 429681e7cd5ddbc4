/**
 * A statement's lines read in order, for what their place says: levels from the numbering; the fund lines printed
 * under 上年结转 are the carry-over's, not this year's income (一般公共预算拨款 under 上年结转 is
 * carry-over-general-budget); a line that names a part (经费拨款, 其中：纳入财政专户管理的收费) is keyed as its
 * parent's part (general-budget-funding, service-income-special-account); and 本年支出 printed first on its side heads
 * the classes after it, as a 合计 does. Without this the carried-over funds count twice in 本年收入, and the
 * consistency check reports a sum the statement does not have.
 */
import type { Row } from '../../../data/schema.js';
import { parents } from '../../../data/outline.js';
import { INCOME_SOURCES } from '../../../data/vocabulary.js';
import { withoutOrdinal } from './codes.js';
import { halfWidth, squash } from './text.js';

/** Lines that name a part of the line they are printed under: the part's key follows the parent's. */
const PARTS: [RegExp, string][] = [
  [/^经费拨款(收入)?$/, 'funding'],
  [/^纳入一般公共预算管理的非税收入(拨款)?$/, 'non-tax'],
  [/^一般债券$/, 'bonds'],
  [/^外国政府和国际组织贷款$/, 'foreign-loans'],
  [/^外国政府和国际组织捐赠$/, 'foreign-grants'],
  [/^一般公共预算补助$/, 'general-budget'],
  [/^政府性基金(预算)?补助$/, 'gov-fund'],
  [/^国有资本经营预算补助$/, 'state-capital'],
  [/^专项资金列入部门预算(的)?项目$/, 'special-funds'],
  [/^纳入财政专户管理的收费$/, 'special-account'],
  [/^财政拨款资金结转$/, 'fiscal'],
  [/^非财政拨款资金结余$/, 'non-fiscal'],
];

const partOf = (name: string): string | undefined => {
  const t = halfWidth(withoutOrdinal(name)).replace(/^其中[:：]/, '');
  return PARTS.find(([pattern]) => pattern.test(t))?.[1];
};

/** Parts keyed by their parent's key (the parent found as the consistency check finds it, from the levels). */
function partKeys(rows: Row[]): Row[] {
  const parent = parents(rows);
  const out = rows.slice();
  out.forEach((row, i) => {
    const part = row.key === undefined ? partOf(row.name) : undefined;
    const key = parent[i]! >= 0 ? out[parent[i]!]!.key : undefined;
    if (part && key) out[i] = { ...row, key: `${key}-${part}` };
  });
  return out;
}

/** How a line is numbered: 一、 / （一） / (1) / 1、 — each style one level of the side's outline. */
function numbering(name: string): string | undefined {
  const t = squash(name);
  if (/^[一二三四五六七八九十]+、/.test(t)) return '一、';
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(t)) return '（一）';
  if (/^[（(]\d+[)）]/.test(t)) return '(1)';
  if (/^\d+[、.．](?!\d)/.test(t)) return '1、';
  return undefined;
}

/**
 * Levels from the numbering, side by side: a side's numbering styles nest in the order they first appear (一、 over
 * 1、 over (1), or 一、 over （一）); a line printed without a number sits under the numbered line above it, and a
 * 其中 line under the line above it, as do the lines after it up to the next numbered one. A 合计 line ends the outline.
 */
function levelsByNumbering(rows: Row[]): Row[] {
  const styles = new Map<string | undefined, string[]>();
  const state = new Map<string | undefined, { numbered: number; part?: number; previous: number }>();
  return rows.map((row) => {
    const at = state.get(row.section) ?? { numbered: 0, previous: 0 };
    state.set(row.section, at);
    const style = numbering(row.name);
    if (style === undefined && row.role === 'total') {
      Object.assign(at, { numbered: 0, part: undefined, previous: 0 });
      return row;
    }
    let level: number;
    if (style !== undefined) {
      const seen = styles.get(row.section) ?? [];
      styles.set(row.section, seen);
      if (!seen.includes(style)) seen.push(style);
      level = seen.indexOf(style) + 1;
      Object.assign(at, { numbered: level, part: undefined });
    } else if (/^其中/.test(squash(row.name))) {
      at.part = at.previous + 1;
      level = at.part;
    } else if (at.part !== undefined) level = at.part;
    else if (at.numbered > 0) level = at.numbered + 1;
    else {
      // Outside any numbering a line keeps the depth a line without a code has (1): a 其中 line after it is below it.
      at.previous = 1;
      return row;
    }
    at.previous = level;
    return row.level === undefined ? { ...row, level } : row;
  });
}

/**
 * The kinds of non-tax revenue (政府收支分类 103: 行政事业性收费收入, 专项收入, 罚没收入 …), printed under the 非税收入
 * line without a number of their own: each a level below it.
 */
const NON_TAX_KIND = /^(行政事业性收费|专项|罚没|国有资本经营|国有资源[(（]资产[)）]有偿使用|捐赠|政府住房基金|其他(纳入一般公共预算管理的)?非税)收入$/;

function nonTaxKinds(rows: Row[]): Row[] {
  const under = new Map<string | undefined, number>();
  return rows.map((row) => {
    const level = under.get(row.section);
    if (row.key?.endsWith('-non-tax') && row.level !== undefined) under.set(row.section, row.level);
    else if (level !== undefined && numbering(row.name) === undefined && NON_TAX_KIND.test(squash(row.name))) return { ...row, level: level + 1 };
    else under.delete(row.section);
    return row;
  });
}

export function statementOutline(rows: Row[]): Row[] {
  return nonTaxKinds(partKeys(levelsByNumbering(keysAndTotals(rows))));
}

function keysAndTotals(rows: Row[]): Row[] {
  /** The sections whose lines are, for now, under their 上年结转. */
  const carrying = new Set<string | undefined>();
  const seen = new Set<string | undefined>();
  return rows.map((row) => {
    const first = !seen.has(row.section);
    seen.add(row.section);
    if (row.key === 'carry-over') {
      carrying.add(row.section);
      return row;
    }
    if (carrying.has(row.section)) {
      if (row.key !== undefined && INCOME_SOURCES.includes(row.key)) return { ...row, key: `carry-over-${row.key}` };
      // Any other line the statement names (a total, 事业收入 …) ends the carry-over's lines.
      if (row.key !== undefined || row.role !== undefined) carrying.delete(row.section);
    }
    return first && row.key === 'expenditure-this-year' && row.role === undefined ? { ...row, role: 'total' } : row;
  });
}

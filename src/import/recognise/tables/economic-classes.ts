/**
 * Class lines printed without their code. Tables by economic class often print a class's line by name only
 * ("工资福利支出 717.06 …") above its item rows ("301 01 402001 基本工资 …"). The name is a class of the national
 * economic classifications, so the line is that class: its code ties the item rows to it, for the reader and for
 * the arithmetic (the items add up to their class, not to the 合计 line).
 */
import { withoutOrdinal } from './codes.js';
import { halfWidth, squash } from './text.js';

/** A name as matched: no spaces, brackets of either width alike. */
const nameKey = (name: string): string => halfWidth(squash(name));

/**
 * The classes of 部门预算支出经济分类 (3xx) and 政府预算支出经济分类 (5xx) by name. A name can be a class of both
 * (对个人和家庭的补助 is 303 and 509), so the item rows below the line choose.
 */
const CLASSES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    工资福利支出: ['301'],
    商品和服务支出: ['302'],
    对个人和家庭的补助: ['303', '509'],
    对个人和家庭补助: ['303', '509'],
    债务利息及费用支出: ['307', '511'],
    债务付息及费用支出: ['307', '511'],
    '资本性支出（基本建设）': ['309'],
    资本性支出: ['310'],
    '对企业补助（基本建设）': ['311'],
    对企业补助: ['312', '507'],
    对社会保障基金补助: ['313', '510'],
    其他支出: ['399', '599'],
    机关工资福利支出: ['501'],
    机关商品和服务支出: ['502'],
    '机关资本性支出（一）': ['503'],
    '机关资本性支出（二）': ['504'],
    // Printed by some provinces under the names of before 2018's revision.
    机关资本性支出: ['503'],
    '机关资本性支出（基本建设）': ['504'],
    对事业单位经常性补助: ['505'],
    对事业单位资本性补助: ['506'],
    对企业资本性支出: ['508'],
    债务还本支出: ['512'],
    转移性支出: ['513'],
    预备费及预留: ['514'],
  }).map(([name, codes]) => [nameKey(name), codes]),
);

const classNamed = (name: string): readonly string[] => CLASSES.get(nameKey(name)) ?? [];

/**
 * The class of a statement's line on a side classified by economic class: 部门预算 (3xx) or 政府预算 (5xx), which the
 * side names, so a name of both classifications is not ambiguous there. "一、机关工资福利支出" prints an ordinal.
 */
export function economicClassCode(name: string, classification: 'dept-economic' | 'gov-economic'): string | undefined {
  const digit = classification === 'dept-economic' ? '3' : '5';
  return classNamed(withoutOrdinal(name)).find((code) => code.startsWith(digit));
}

/**
 * The class code of each line printed without a code whose name is an economic class, when the coded rows printed
 * right below it all belong to that class and no row prints that code itself; undefined for every other row.
 */
export function classCodesOf(rows: readonly { code?: string; name: string }[]): (string | undefined)[] {
  const printed = new Set(rows.flatMap((r) => (r.code ? [r.code] : [])));
  return rows.map((row, i) => {
    // The name first: only a class's line looks at the rows below it, so a long table stays linear.
    const codes = row.code ? [] : classNamed(row.name);
    if (codes.length === 0) return undefined;
    const end = rows.findIndex((r, j) => j > i && !r.code);
    const items = rows.slice(i + 1, end < 0 ? rows.length : end);
    if (items.length === 0) return undefined;
    return codes.find((code) => !printed.has(code) && items.every((r) => r.code!.length > code.length && r.code!.startsWith(code)));
  });
}

/**
 * Headers of three or more levels read in reading order, one level after another (cell-per-line and single-space
 * extraction keep no positions): 总计 / 省级当年财政拨款安排 / 上年结转安排, then 合计 / 一般公共预算拨款 under each,
 * then 小计 / 基本支出 / 项目支出 under each fund. Every group's children begin with its own 合计 or 小计, so the
 * labels after the top level split into runs at each 合计 / 小计, one run per group, in order. The labels of a
 * level that are not totals are the groups of the next level when there are as many runs left as they are;
 * otherwise they are columns and no runs may be left. Keys join the groups' words with the column's:
 * current-general-budget-basic.
 */
import type { Column } from '../../../data/schema.js';
import { halfWidth, squash } from './text.js';

const isTotal = (label: string): boolean => /^(合计|小计)$/.test(squash(label));

/** The word a spanning header gives its columns' keys. */
const GROUP_WORDS: [RegExp, string][] = [
  // The 三公 table's years: 上年's columns are previous-…, 增减's change-…, 当年's the parts' own keys.
  [/^上年$/, 'previous'],
  [/^当年$/, ''],
  [/^增减(变化)?(情况)?$/, 'change'],
  // The 三公 parts and the vehicles under them add no word: their columns keep the 三公 vocabulary's keys.
  [/三公/, ''],
  [/^公务用车购置及运行(维护)?费$/, ''],
  [/当年财政拨款(预算)?安排$/, 'current'],
  [/^中央/, 'central'],
  [/^上年结转/, 'carry-over'],
  [/^一般公共预算/, 'general-budget'],
  [/^政府性基金/, 'gov-fund'],
  [/^国有资本经营/, 'state-capital'],
  [/应返还额度/, 'returnable'],
];

const LEAF_WORDS: [RegExp, string][] = [
  [/^(合计|总计)$/, 'total'],
  [/^小计$/, 'subtotal'],
  [/^基本支出$/, 'basic'],
  [/^项目支出$/, 'project'],
];

/** The key of a group's own 小计 / 合计 when it is not the group's word and "subtotal". */
const SUBTOTAL_WORDS: [RegExp, string][] = [
  [/三公/, 'sangong-subtotal'],
  [/^公务用车购置及运行(维护)?费$/, 'vehicles'],
];

const wordOf = (label: string, words: [RegExp, string][]): string | undefined => words.find(([p]) => p.test(halfWidth(squash(label))))?.[1];

interface Node {
  label: string;
  children: Node[];
}

/**
 * The columns of a header of three or more levels, or undefined when the labels are not one (or do not give `count`
 * columns). `leafKey` keys a column label the nested words do not know (因公出国（境）费用, 会议费 …).
 */
export function nestedColumns(all: string[], count: number, leafKey: (label: string) => string | undefined = () => undefined): Column[] | undefined {
  // Words before the first header label ("元" of a unit line cut in two) are not headers.
  const labels = all.slice(Math.max(0, all.findIndex((l) => wordOf(l, LEAF_WORDS) ?? wordOf(l, GROUP_WORDS))));
  const topEnd = labels.findIndex(isTotal);
  if (topEnd <= 0) return undefined;
  const top: Node[] = labels.slice(0, topEnd).map((label) => ({ label, children: [] }));
  const runs: string[][] = [];
  for (const label of labels.slice(topEnd)) {
    if (isTotal(label)) runs.push([label]);
    else runs[runs.length - 1]!.push(label);
  }
  let parents = top.filter((n) => wordOf(n.label, GROUP_WORDS) !== undefined);
  let depth = 1;
  while (runs.length > 0) {
    if (parents.length === 0 || parents.length > runs.length) return undefined;
    const next: Node[] = [];
    for (const parent of parents) {
      parent.children = runs.shift()!.map((label) => ({ label, children: [] }));
      next.push(...parent.children.filter((n) => !isTotal(n.label)));
    }
    depth += 1;
    // Otherwise the spanning headers among them are the groups (上年 › 合计 / 三公经费 / 会议费 / 培训费: only 三公经费
    // spans a run of its own).
    const spanning = next.filter((n) => wordOf(n.label, GROUP_WORDS) !== undefined);
    parents = next.length === runs.length ? next : spanning.length > 0 && spanning.length <= runs.length ? spanning : [];
  }
  if (depth < 3) return undefined;

  // A 三公 table keys only the previous year's and the change's columns by their year (docs/schema.md): its
  // current year's, 当年 or 当年财政拨款安排, keep the parts' own keys.
  const sangong = labels.some((l) => /因公出国|公务接待/.test(l));
  const groupWord = (g: Node) => {
    const word = wordOf(g.label, GROUP_WORDS);
    return sangong && word === 'current' ? '' : word;
  };
  const columns: Column[] = [];
  const walk = (node: Node, groups: Node[]): boolean => {
    if (node.children.length) return node.children.every((child) => walk(child, [...groups, node]));
    const words = groups.map(groupWord);
    const own = groups.length > 0 && isTotal(node.label) ? wordOf(groups[groups.length - 1]!.label, SUBTOTAL_WORDS) : undefined;
    const leaf = own ?? wordOf(node.label, LEAF_WORDS) ?? wordOf(node.label, GROUP_WORDS) ?? leafKey(node.label);
    if (!leaf || words.some((w) => w === undefined)) return false;
    columns.push({ key: [...(own ? words.slice(0, -1) : words), leaf].filter(Boolean).join('-'), label: node.label.trim(), ...(groups.length ? { groups: groups.map((g) => g.label.trim()) } : {}) });
    return true;
  };
  if (!top.every((node) => walk(node, []))) return undefined;
  return count === 0 || columns.length === count ? columns : undefined;
}

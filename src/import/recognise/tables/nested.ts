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

const wordOf = (label: string, words: [RegExp, string][]): string | undefined => words.find(([p]) => p.test(halfWidth(squash(label))))?.[1];

interface Node {
  label: string;
  children: Node[];
}

/** The columns of a header of three or more levels, or undefined when the labels are not one (or do not give `count` columns). */
export function nestedColumns(all: string[], count: number): Column[] | undefined {
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
    parents = next.length === runs.length ? next : [];
  }
  if (depth < 3) return undefined;

  const columns: Column[] = [];
  const walk = (node: Node, groups: Node[]): boolean => {
    if (node.children.length) return node.children.every((child) => walk(child, [...groups, node]));
    const words = groups.map((g) => wordOf(g.label, GROUP_WORDS));
    const leaf = wordOf(node.label, LEAF_WORDS) ?? wordOf(node.label, GROUP_WORDS);
    if (!leaf || words.some((w) => w === undefined)) return false;
    columns.push({ key: [...words, leaf].join('-'), label: node.label.trim(), ...(groups.length ? { groups: groups.map((g) => g.label.trim()) } : {}) });
    return true;
  };
  if (!top.every((node) => walk(node, []))) return undefined;
  return count === 0 || columns.length === count ? columns : undefined;
}

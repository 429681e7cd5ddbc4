/**
 * Rows the arithmetic nests where the codes cannot: lines of one code that add up to the first of them; and, when the
 * lines under a row add up to twice its figures, headings among them (a department over its unit, a project category
 * over its projects), each printing the sum of the lines after it. Lines are split into such groups only when every
 * group adds up and the headings together make the row's figures; otherwise the outline is left as it was, and the
 * consistency check reports the difference the document prints.
 */
import type { Row } from '../../../data/schema.js';
import { childrenOf, parents } from '../../../data/outline.js';
import { levelOf } from '../../../data/figures.js';

/**
 * The step the table's figures are printed to: 100 元 when every figure is a multiple of it (万元 with two decimals),
 * else 1 元 or 0.01 元. Never coarser than 100 元: a table of round 万元 figures still prints them to 0.01 万元, and a
 * coarser step would let lines that do not add up pass for rounding.
 */
export function printedStep(rows: readonly Row[]): number {
  const figures = rows.flatMap((row) => Object.values(row.values).filter((v): v is number => typeof v === 'number' && v !== 0));
  return [100, 1].find((step) => figures.every((v) => Math.round(v * 100) % (step * 100) === 0)) ?? 0.01;
}

/** The amount columns the rows print a number in. */
export const figureKeys = (rows: readonly Row[]): string[] => [...new Set(rows.flatMap((row) => Object.keys(row.values).filter((key) => typeof row.values[key] === 'number')))];

const figure = (row: Row, key: string): number => {
  const value = row.values[key];
  return typeof value === 'number' ? value : 0;
};

/**
 * Whether `parts` add up to `whole` in every column, each part allowed half a printed step of rounding (尾数误差:
 * published lines are rounded before they are printed, so their sum may miss the printed total by a step or two).
 */
export function addsUp(whole: Row, parts: readonly Row[], keys: readonly string[], step: number): boolean {
  const slack = (parts.length * step) / 2 + 0.005;
  return keys.every((key) => Math.abs(figure(whole, key) - parts.reduce((n, part) => n + figure(part, key), 0)) <= slack);
}

type Group = { head: number; lines: number[] };

/**
 * The lines split into consecutive groups, a heading and the one or more lines after it that add up to it, found by
 * trying each group's length in turn (a zero line may close one group or start the next). Undefined when no split adds up.
 */
function groupsOf(lines: readonly number[], rows: readonly Row[], keys: readonly string[], step: number): Group[] | undefined {
  const failed = new Set<number>();
  const from = (start: number): Group[] | undefined => {
    if (start === lines.length) return [];
    if (failed.has(start)) return undefined;
    for (let end = start + 2; end <= lines.length; end += 1) {
      const group = lines.slice(start + 1, end);
      if (!addsUp(rows[lines[start]!]!, group.map((i) => rows[i]!), keys, step)) continue;
      const rest = from(end);
      if (rest) return [{ head: lines[start]!, lines: group }, ...rest];
    }
    failed.add(start);
    return undefined;
  };
  return from(0);
}

/**
 * A line followed by lines of its own code that add up to it heads them: a function class over the projects filed
 * under it (2101301 城乡医疗救助, then 2101301 2024 年城乡医疗救助补助资金), an economic class over the items a
 * bureau lists under it (30112 其他社会保障缴费, then 30112 工伤保险, 30112 残保金). The code cannot tell them apart;
 * their place and their sums do.
 */
export function nestSameCodes(rows: Row[], step = printedStep(rows)): Row[] {
  const out = rows.slice();
  for (let head = 0; head < out.length; ) {
    const code = out[head]!.code;
    let end = head + 1;
    while (code !== undefined && end < out.length && out[end]!.code === code && out[end]!.level === undefined) end += 1;
    const lines = out.slice(head + 1, end);
    const keys = figureKeys([out[head]!]);
    if (lines.length > 0 && out[head]!.level === undefined && keys.length > 0 && addsUp(out[head]!, lines, keys, step)) {
      const level = levelOf(out[head]!);
      out[head] = { ...out[head]!, level };
      for (let i = head + 1; i < end; i += 1) out[i] = { ...out[i]!, level: level + 1 };
    }
    head = end;
  }
  return out;
}

/** How deep a row sits, for the levels given to the groups under it: its level, else 0 for a 合计 and 1 for others. */
const depthOf = (row: Row): number => row.level ?? (row.role === 'total' ? 0 : 1);

/** The longest run of lines the split is tried on: the search is quadratic, and a table's groups are few. */
const MOST_LINES = 200;

/**
 * Levels for headings and their lines, under each row whose lines add up to twice its figures. A heading takes the
 * level below its row's, its lines the one below that; repeated, so that a unit under its department then finds its
 * own categories and projects.
 */
export function nestBySums(rows: Row[], step = printedStep(rows)): Row[] {
  let out = rows;
  for (let pass = 0; pass < 6; pass += 1) {
    const children = childrenOf(parents(out));
    const levels = new Map<number, number>();
    children.forEach((lines, parent) => {
      const row = out[parent]!;
      const keys = figureKeys([row]);
      if (lines.length < 2 || lines.length > MOST_LINES || keys.length === 0) return;
      // Only lines the outline cannot place otherwise: no code, no level of their own.
      if (lines.some((i) => out[i]!.code !== undefined || out[i]!.level !== undefined)) return;
      if (addsUp(row, lines.map((i) => out[i]!), keys, step)) return;
      const groups = groupsOf(lines, out, keys, step);
      if (!groups || !addsUp(row, groups.map((g) => out[g.head]!), keys, step)) return;
      const depth = depthOf(row);
      for (const group of groups) {
        levels.set(group.head, depth + 1);
        for (const line of group.lines) levels.set(line, depth + 2);
      }
    });
    if (levels.size === 0) return out;
    out = out.map((row, i) => (levels.has(i) ? { ...row, level: levels.get(i)! } : row));
  }
  return out;
}

/**
 * The outline of the rows a table prints without a classification code, which the code cannot give: a budget unit's
 * line (the department, 本级, a sub-unit) heads the items after it; a name ending in 小计 sums the lines after it; a
 * line that begins 其中 is part of the line above, and so is each line after it up to the next numbered line; a first
 * line that adds up the rest is the table's total; and lines the arithmetic shows to be headings of the lines after
 * them (sum-outline.ts). Without the outline every such
 * line would be one more item of the 合计, and the consistency check would report sums the document does not have.
 */
import type { Row } from '../../../data/schema.js';
import { addsUp, figureKeys, nestBySums, nestSameCodes, printedStep } from './sum-outline.js';
import { squash } from './text.js';

export interface OutlineContext {
  /** The budget units the document names (the department first): a line printing one of them is that unit's. */
  units: readonly string[];
}

/** A numbered line: 一、 / （一） / 1、 / 1. — a line of the outline's first level, never a part of the line above. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;

/**
 * What an organisation's name ends in (局, 委员会, 中心, 卫生院, 本级 …) and a budget item's never does (items end in
 * 费, 支出, 补助, 经费, 资金 …): a line so named, printing figures, is a budget unit's line.
 */
const ORGANISATION = /(?:局|部门|委员会|办公室|中心|院|研究所|[^场]所|站|大队|支队|馆|学校|幼儿园|本级)$/;

const printsFigures = (row: Row): boolean => Object.values(row.values).some((v) => typeof v === 'number');

/**
 * Why a line is a budget unit's, if it is: it prints figures and a name the document gives its units ('named'), or,
 * printed without a code, an organisation's name ('organisation', an inference the report lists for review).
 */
function unitEvidence(row: Row, units: readonly string[]): 'named' | 'organisation' | undefined {
  if (row.role !== undefined || !printsFigures(row)) return undefined;
  const name = squash(row.name);
  if (NUMBERED.test(name) || /^其中/.test(name)) return undefined;
  if (units.some((unit) => unit !== '' && name.startsWith(squash(unit)))) return 'named';
  return row.code === undefined && ORGANISATION.test(name) ? 'organisation' : undefined;
}

/**
 * A unit's line. A code printed before a unit's name is the unit's code (“201 某市医疗保障局”: a department's code may
 * have the digits of a function class), while a class whose name reads like an organisation (2100302 乡镇卫生院)
 * keeps its code.
 */
function asUnitLine(row: Row, units: readonly string[]): Row | undefined {
  if (unitEvidence(row, units) === undefined || (row.unit !== undefined && row.code !== undefined)) return undefined;
  if (row.code === undefined) return { ...row, role: 'unit' };
  const { code, ...rest } = row;
  return { ...rest, unit: code, role: 'unit' };
}

/** The lines taken for units' lines by their organisation's name alone (not a name the document gives its units). */
export const unitsByName = (rows: readonly Row[], context: OutlineContext): string[] =>
  rows.filter((row) => unitEvidence(row, context.units) === 'organisation').map((row) => row.name.trim());

/** 其中 lines and 小计 lines, in a table whose lines are printed by name alone (the 三公 table: 合计, 小计, 一、…). */
function namedParts(rows: Row[]): Row[] {
  if (rows.some((row) => row.code !== undefined || row.level !== undefined || row.role === 'unit')) return rows;
  let inPart = false;
  return rows.map((row) => {
    const name = squash(row.name);
    if (row.role !== undefined || NUMBERED.test(name)) inPart = false;
    if (row.role === undefined && /.小计$/.test(name)) return { ...row, role: 'subtotal' };
    if (row.role === undefined && /^其中/.test(name)) inPart = true;
    return inPart ? { ...row, level: 2 } : row;
  });
}

/**
 * A table of lines by name alone whose first line adds up the lines after it (其中 parts aside) opens with its total
 * under a name of its own (资产总额): it is the table's 合计, and the lines are its items.
 */
function totalFirst(rows: Row[], step: number): Row[] {
  const [first, ...rest] = rows;
  if (!first || rows.some((row) => row.code !== undefined || row.role !== undefined)) return rows;
  const lines = rest.filter((row) => row.level === undefined);
  const keys = figureKeys([first]);
  if (NUMBERED.test(squash(first.name)) || lines.length < 2 || !keys.some((key) => first.values[key] !== 0)) return rows;
  return addsUp(first, lines, keys, step) ? [{ ...first, role: 'total' }, ...rest] : rows;
}

/** The column a row prints its first figure in: its 合计, which every line of a unit's outline prints. */
const firstKey = (row: Row): string[] => figureKeys([row]).slice(0, 1);

/**
 * A unit's line printed right above another unit's line is their department's: it has no items of its own, and its
 * 合计 is the units' after it (up to the table's next 合计). The department takes level 1, its units level 2. Only the
 * 合计 column is compared, so that a column the document prints differently (a figure shifted between two of its
 * columns) is left for the consistency check to report rather than undoing the outline.
 */
function departmentsOverUnits(rows: Row[], step: number): Row[] {
  const out = rows.slice();
  out.forEach((row, i) => {
    if (row.role !== 'unit' || row.level !== undefined || out[i + 1]?.role !== 'unit') return;
    const end = out.findIndex((r, j) => j > i && r.role === 'total');
    const units = out.slice(i + 1, end < 0 ? undefined : end).filter((r) => r.role === 'unit');
    const key = firstKey(row);
    if (key.length === 0 || !addsUp(row, units, key, step)) return;
    out[i] = { ...row, level: 1 };
    for (let j = i + 1; j < (end < 0 ? out.length : end); j += 1) if (out[j]!.role === 'unit') out[j] = { ...out[j]!, level: 2 };
  });
  return out;
}

/** The rows of a table (not a two-sided statement) with the outline their names and figures give. */
export function outlineRows(rows: Row[], context: OutlineContext): Row[] {
  const units = rows.map((row) => asUnitLine(row, context.units) ?? row);
  // One step for every rule: the rules change rows' places, never their figures.
  const step = printedStep(rows);
  return nestBySums(nestSameCodes(departmentsOverUnits(totalFirst(namedParts(units), step), step), step), step);
}

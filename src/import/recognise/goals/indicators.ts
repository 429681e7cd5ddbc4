/**
 * Indicator rows of a goal table (一级/二级/三级指标, 指标值, 权重 …). The header says which columns the table has
 * and in what order; extractions drop blank cells, so each cell is put in the next column whose content it can
 * be (an operator, a weight, a level name …), and a cell that fits no later column starts the next row.
 */
import type { Indicator } from '../../../data/schema.js';
import type { Cell } from './cells.js';
import { isLevelName } from './levels.js';

export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'name'
  | 'description'
  | 'operator'
  | 'value'
  | 'unit'
  | 'nature'
  | 'weight'
  | 'direction'
  | 'basis'
  | 'remarks'
  | 'other';

/** Header labels of every template seen, longest first so 指标值类型 is not read as 指标值. */
const HEADER_LABELS: [string, IndicatorColumn][] = (
  [
    ['指标值（包含数字及文字描述）', 'value'],
    ['指标值(包含数字及文字描述)', 'value'],
    ['评（扣分标准）', 'other'],
    ['评(扣分标准)', 'other'],
    ['指标值确定依据', 'basis'],
    ['指标值设定依据', 'basis'],
    ['绩效指标描述', 'description'],
    ['指标值类型', 'nature'],
    ['指标值内容', 'other'],
    ['指标方向性', 'direction'],
    ['一级指标', 'level1'],
    ['二级指标', 'level2'],
    ['三级指标', 'name'],
    ['指标内容', 'name'],
    ['指标名称', 'name'],
    ['指标性质', 'operator'],
    ['度量单位', 'unit'],
    ['计量单位', 'unit'],
    ['指标解释', 'description'],
    ['指标说明', 'description'],
    ['指标值', 'value'],
    ['权重', 'weight'],
    ['分值', 'weight'],
    ['备注', 'remarks'],
  ] as [string, IndicatorColumn][]
).sort((a, b) => b[0].length - a[0].length);

/** The order columns take when an extraction scrambled the header (level names first, remarks last). */
const CANONICAL: IndicatorColumn[] = ['level1', 'level2', 'name', 'description', 'operator', 'value', 'unit', 'nature', 'weight', 'direction', 'basis', 'remarks', 'other'];

/** Every header label character: a line made of these alone continues a header a PDF wrapped ("指标性" / "质"). */
export const HEADER_CHARS = new Set([...HEADER_LABELS.map(([label]) => label).join('')].filter((c) => /[\u4e00-\u9fa5]/.test(c)));

/** The indicator columns a header text names, in order. */
export function indicatorColumns(header: string): IndicatorColumn[] {
  const text = header.replace(/\s+/g, '');
  const columns: IndicatorColumn[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = HEADER_LABELS.find(([label]) => text.startsWith(label, i));
    if (hit) columns.push(hit[1]);
    i += hit ? hit[0].length : 1;
  }
  const levelFirst = columns.indexOf('level1') <= 0;
  return levelFirst ? columns : [...columns].sort((a, b) => CANONICAL.indexOf(a) - CANONICAL.indexOf(b));
}

const OPERATOR = /^(≥|≤|＝|=|＜|＞|<|>|≧|≦|定性|定量)$/;
const SIGN = /^(≥|≤|＝|=|＜|＞|<|>|≧|≦)\s*/;
const NATURE = /^(定量|定性)$/;
const SIGN_ONLY = /^(≥|≤|＝|=|＜|＞|<|>|≧|≦)$/;
const DIRECTION = /^(正向|反向)(指标)?$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** A measure unit after a figure (%, 人次, 万元, 元/人), not a phrase such as 月底前. */
const UNIT = /^(?:[%％‰]|[\u4e00-\u9fa5/]{1,4})$/;
const NOT_UNIT = /[前后底内完成以上下]/;
const isUnit = (text: string) => UNIT.test(text) && !NOT_UNIT.test(text);

/** A target as printed in one cell: "≥90", "672人", "≤预算", "100" → operator, value, unit. */
export function splitValue(text: string): { operator?: string; value: string; unit?: string } {
  const sign = SIGN.exec(text);
  const rest = sign ? text.slice(sign[0].length).trim() : text;
  const figure = /^(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(rest);
  const unit = figure && figure[2] !== '' && isUnit(figure[2]!) ? figure[2] : undefined;
  const value = figure && (unit || figure[2] === '') ? figure[1]! : rest;
  return { ...(sign ? { operator: sign[1]! } : {}), value, ...(unit ? { unit } : {}) };
}

/** Whether a row has a target read: a value, or the target's whole printed text. */
export const hasTarget = (indicator: Indicator): boolean => indicator.value !== undefined || indicator.valueText !== undefined;

/** A target printed whole in one cell: a figure or words as its value, or "≥90%" as printed with its parts. */
export function readTarget(text: string): Pick<Indicator, 'valueText' | 'operator' | 'value' | 'unit'> {
  if (NUMBER.test(text) || !valueLike(text)) return { value: text };
  // An operator printed apart from its figure ("<" / "1%") leaves no value here: the schema wants none, not ''.
  const { value, ...rest } = splitValue(text);
  return { valueText: text, ...rest, ...(value !== '' ? { value } : {}) };
}

const valueLike = (text: string) => SIGN.test(text) || /^-?\d+(?:\.\d+)?\s*\S{0,4}$/.test(text);
const freeText = (text: string) => !isLevelName(text) && !OPERATOR.test(text) && !DIRECTION.test(text);

const ACCEPTS: Record<IndicatorColumn, (text: string) => boolean> = {
  level1: isLevelName,
  level2: isLevelName,
  name: (text) => freeText(text) && !NUMBER.test(text),
  description: (text) => freeText(text) && !valueLike(text),
  basis: (text) => freeText(text) && !valueLike(text),
  remarks: (text) => freeText(text) && !valueLike(text),
  // Columns of no schema field (指标值内容, 评分标准) take nothing, so a unit is not lost to them.
  other: () => false,
  operator: (text) => OPERATOR.test(text),
  nature: (text) => NATURE.test(text),
  value: (text) => valueLike(text) || (freeText(text) && text.length <= 25 && !/[。，；]/.test(text)),
  unit: (text) => !/\d/.test(text) && text.length <= 6 && freeText(text) && !NATURE.test(text),
  weight: (text) => NUMBER.test(text),
  direction: (text) => DIRECTION.test(text),
};

type Row = Partial<Record<IndicatorColumn, string>>;

/** Cells → indicator rows, level names carried down from the row above as merged cells print them once. */
export function readIndicators(columns: readonly IndicatorColumn[], cells: readonly Cell[]): Indicator[] {
  const rows: Row[] = [];
  let row: Row = {};
  let at = -1;
  let level2Above: string | undefined;
  const close = () => {
    if (Object.keys(row).length > 0) rows.push(row);
    row = {};
    at = -1;
  };
  let sign = '';
  /** The cell before was a level name followed by another: this one is that pair's level 2. */
  let pairedAbove = false;
  cells.forEach((cell, i) => {
    const second = pairedAbove;
    pairedAbove = false;
    const printed = cell.text;
    const text = sign + printed;
    sign = '';
    if (cell.vertical && text.length > 1) return;
    if (cell.rowStart) close();
    // A level name repeated as the indicator's name ("服务对象满意度指标" under that level 2), its target next, is the name.
    const target = cells[i + 1]?.text ?? '';
    const named = text === level2Above && row.name === undefined && (OPERATOR.test(target) || valueLike(target));
    if (named) {
      row.name = text;
      at = Math.max(at, columns.indexOf('name'));
      return;
    }
    if (isLevelName(text)) {
      // A level name always opens a row; two in a row are level 1 then level 2, one alone is level 2
      // unless it is a name only ever used at level 1 (产出/效益/满意度指标).
      // The second of a pair is level 2 even when named like a level 1 ("满意度指标" under 满意度指标).
      const pair = !second && isLevelName(cells[i + 1]?.text ?? '') && !cells[i + 1]!.rowStart;
      const levelOne = pair || (!second && /^(产出|效益|满意度)指标$/.test(text));
      pairedAbove = pair;
      if (levelOne || row.level2 !== undefined || row.name !== undefined) close();
      const key = levelOne && !row.level1 ? 'level1' : 'level2';
      row[key] = text;
      if (key === 'level2') level2Above = text;
      at = Math.max(at, columns.indexOf(key));
      return;
    }
    // An operator a PDF parted from its figure ("<" / "1%") where the table has no operator column: one target.
    const after = cells[i + 1];
    if (SIGN_ONLY.test(printed) && !columns.includes('operator') && after && !after.rowStart && /^\d/.test(after.text) && valueLike(after.text)) {
      sign = printed;
      return;
    }
    let next = columns.findIndex((column, j) => j > at && ACCEPTS[column](text));
    if (next < 0) {
      close();
      next = columns.findIndex((column) => column !== 'level1' && column !== 'level2' && ACCEPTS[column](text));
    }
    if (next < 0) return;
    const key = columns[next]!;
    row[key] = row[key] === undefined ? text : `${row[key]}${text}`;
    at = next;
  });
  close();
  const indicators: Indicator[] = [];
  let level1 = '';
  let level2: string | undefined;
  for (const printed of rows) {
    if (printed.level1) [level1, level2] = [printed.level1, undefined];
    if (printed.level2) level2 = printed.level2;
    // A level 2 every template files under one level 1 settles it, where a scrambled extraction printed that level 1
    // after the row or glued to other text; the rows after it stand under it too.
    const parent = PARENT[level2 ?? ''];
    if (parent) level1 = parent;
    if (!printed.name) continue;
    indicators.push(indicatorOf(printed, level1 || levelOneOf(level2), level2, columns));
  }
  return indicators;
}

function indicatorOf(row: Row, level1: string, level2: string | undefined, columns: readonly IndicatorColumn[]): Indicator {
  const indicator: Indicator = { level1, ...(level2 ? { level2 } : {}), name: row.name! };
  if (row.description) indicator.description = row.description;
  if (row.operator) indicator.operator = row.operator;
  if (row.value !== undefined) {
    const plain = NUMBER.test(row.value) || !valueLike(row.value);
    if (!plain && (columns.includes('unit') || columns.includes('operator'))) indicator.valueText = row.value;
    else Object.assign(indicator, readTarget(row.value));
  }
  if (row.unit) indicator.unit = row.unit;
  if (row.weight) indicator.weight = Number(row.weight);
  if (row.direction) indicator.direction = row.direction.startsWith('正') ? 'positive' : 'negative';
  const nature = row.nature ?? (row.operator && NATURE.test(row.operator) ? row.operator : undefined);
  if (nature) indicator.nature = nature === '定量' ? 'quantitative' : 'qualitative';
  if (row.basis) indicator.basis = row.basis;
  if (row.remarks) indicator.remarks = row.remarks;
  return indicator;
}

/** Level 2 names whose level 1 is the same in every template (成本指标 is not: level 2 in some, level 1 in others). */
const PARENT: Record<string, string> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  可持续发展指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

/** The level 1 every template files a level 2 under, for a row whose level 1 the extraction lost. */
function levelOneOf(level2: string | undefined): string {
  if (!level2) return '产出指标';
  if (/^(数量|质量|时效|成本)指标$/.test(level2)) return '产出指标';
  if (/满意度/.test(level2)) return '满意度指标';
  if (/成本/.test(level2)) return '成本指标';
  return '效益指标';
}

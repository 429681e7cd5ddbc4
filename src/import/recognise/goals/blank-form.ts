/**
 * A blank goal form: the template a department without such projects publishes ("应公开空表并说明"), every label
 * printed and no value filled in. It is no project's goals, so it is kept as a table of its rows with no values:
 * the form's labels (项目名称, 实施期资金总额：, 目标1： …) as heading rows, then one row for each indicator
 * placeholder (指标1：) with the indicator levels it stands under.
 */
import type { Column, Row } from '../../../data/schema.js';
import type { SourceBlock } from '../../source.js';
import { cellStream, type Cell } from './cells.js';
import { isLevelName } from './levels.js';
import { findHeader } from './header.js';
import type { IndicatorColumn } from './indicators.js';
import { squash } from '../tables/text.js';

export interface BlankForm {
  columns: Column[];
  rows: Row[];
}

/** What a blank form prints where a value would go: an indicator's placeholder, 指标1：. */
const PLACEHOLDER = /^指标[一二三四五六七八九十\d]+[:：]?$/;
/** A unit printed under the label of a merged cell ("资金金额" / "（万元）"). */
const UNIT_LINE = /^[（(](万元|亿元|元)[)）]$/;
/** Labels of a form's header cells, as the indicator header names them: the indicator's own words go to `content`. */
const COLUMN_KEYS: Partial<Record<IndicatorColumn, string>> = { name: 'content' };

/** The form read as rows, or undefined when it is not a goal form or holds any value (a figure, a filled-in indicator). */
export function readBlankForm(blocks: readonly SourceBlock[], from: number, to: number): BlankForm | undefined {
  const cells = cellStream(blocks, from, to);
  const header = findHeader(cells);
  if (!header || header.combined || cells.some((cell) => /\d[\d,]*\.\d/.test(cell.text))) return undefined;
  const indicators = indicatorRows(cells.slice(header.end + 1));
  if (!indicators) return undefined;
  const labels = header.columns.map((key, i) => ({ key: COLUMN_KEYS[key] ?? key, label: headerLabels(cells.slice(header.start, header.end + 1))[i] ?? key }));
  return {
    columns: labels.map(({ key, label }) => ({ key, label, type: 'text' })),
    rows: [...formLabels(cells.slice(0, header.start)).map((name): Row => ({ name, role: 'heading', values: {} })), ...indicators],
  };
}

/** The header's printed labels, one per column ("一级指标 二级指标 指标内容 指标值 备注"). */
function headerLabels(cells: readonly Cell[]): string[] {
  return cells.flatMap((cell) => cell.text.split(/\s+/)).filter((label) => label !== '');
}

/**
 * The form's labels in reading order. Labels printed vertically or over their unit head a group of rows (总体目标,
 * 资金金额（万元）) and are no row. Two columns of labels printed side by side are read column by column: lines of
 * as many labels each, or a line of headings followed by as many equal runs of one label a line (实施期总目标 年度目标 /
 * 目标1： 目标2： 目标3： 目标1： 目标2： 目标3：).
 */
function formLabels(cells: readonly Cell[]): string[] {
  const lines: string[][] = [];
  cells.forEach((cell, i) => {
    // A group's label ends the columns above it: the lines on either side are not one block of label pairs.
    if (cell.vertical || UNIT_LINE.test(squash(cell.text)) || UNIT_LINE.test(squash(cells[i + 1]?.text ?? ''))) {
      if (lines.at(-1)?.length) lines.push([]);
      return;
    }
    const words = cell.text.split(/\s+/).filter((word) => word !== '');
    const last = lines.at(-1);
    if (last?.length && !cell.rowStart && cells[i - 1]?.block === cell.block) last.push(...words);
    else lines.push(words);
  });
  const labels: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const width = lines[i]!.length;
    let rows = 1;
    while (width > 1 && lines[i + rows]?.length === width) rows += 1;
    const runs = rows === 1 && width > 1 ? equalRuns(lines, i + 1, width) : undefined;
    if (runs) {
      lines[i]!.forEach((heading, k) => labels.push(heading, ...runs.slice(k * runs.length / width, (k + 1) * runs.length / width)));
      i += 1 + runs.length;
      continue;
    }
    for (let k = 0; k < width; k += 1) for (let r = 0; r < rows; r += 1) labels.push(lines[i + r]![k]!);
    i += rows;
  }
  return labels;
}

/** Lines of one label from `from` on that split into `width` equal runs printing the same labels, or undefined. */
function equalRuns(lines: readonly string[][], from: number, width: number): string[] | undefined {
  let end = from;
  while (lines[end]?.length === 1) end += 1;
  const run = lines.slice(from, end).map((line) => line[0]!);
  const size = run.length / width;
  if (size < 1 || !Number.isInteger(size)) return undefined;
  return run.every((label, i) => label === run[i % size]) ? run : undefined;
}

/**
 * One row for each placeholder, under the level names printed before its run: two names, the first is level 1
 * and the second level 2; one name, a new level 2 under the same level 1. A level name a narrow cell wrapped after
 * a word of its own ("服务对象" / "满意度指标") is joined again. Undefined when anything else is printed there.
 */
function indicatorRows(cells: readonly Cell[]): Row[] | undefined {
  const rows: Row[] = [];
  let pending: string[] = [];
  let level1: string | undefined;
  let level2: string | undefined;
  for (let i = 0; i < cells.length; i += 1) {
    const text = squash(cells[i]!.text);
    const joined = text + squash(cells[i + 1]?.text ?? '');
    if (PLACEHOLDER.test(text)) {
      if (pending.length > 1) level1 = pending[0];
      if (pending.length > 0) level2 = pending.at(-1);
      pending = [];
      rows.push({ name: cells[i]!.text.trim(), values: { ...(level1 ? { level1 } : {}), ...(level2 ? { level2 } : {}) } });
    } else if (isLevelName(text)) pending.push(text);
    else if (!isLevelName(squash(cells[i + 1]?.text ?? '')) || !isLevelName(joined)) return undefined;
    else {
      pending.push(joined);
      i += 1;
    }
  }
  return rows.length > 0 ? rows : undefined;
}

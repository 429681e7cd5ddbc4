/**
 * Where a goal table's indicator header is, and what is printed before it. The header starts at the cell naming
 * 一级指标 and runs on while cells are header labels (a PDF may wrap one: "指标性" / "质"); project columns
 * (项目名称, 预算数 …) printed just before it mean one combined table, a row per project.
 */
import type { Cell } from './cells.js';
import { isLevelName } from './levels.js';
import { HEADER_CHARS, indicatorColumns, type IndicatorColumn } from './indicators.js';
import { squash } from '../tables/text.js';

const PROJECT_COLUMN = /^(单位名称|项目名称|预算数|年度目标|单位代码|单位（专项）名称|单位\(专项\)名称|资金总额|实施期绩效目标|绩效指标|项目编码|项目代码)$/;

export interface IndicatorHeader {
  /** Index of the header's first and last cells in the stream. */
  start: number;
  end: number;
  columns: IndicatorColumn[];
  /** A combined table: project columns printed before the indicator columns. */
  combined: boolean;
}

const headerPart = (text: string) => !isLevelName(text) && [...squash(text)].every((c) => HEADER_CHARS.has(c) || /[（）()]/.test(c));

export function findHeader(cells: readonly Cell[], from = 0): IndicatorHeader | undefined {
  // A narrow column may wrap the label itself: "一级" / "指标".
  let start = cells.findIndex((cell, i) => i >= from && (squash(cell.text).includes('一级指标') || (squash(cell.text) === '一级' && /^指标/.test(squash(cells[i + 1]?.text ?? '')))));
  if (start < 0) return undefined;
  // Labels a scrambled extraction printed before 一级指标 on its line ("指标值 备注一级指标 …") are the header's too.
  while (start > from && cells[start - 1]!.block === cells[start]!.block && headerPart(cells[start - 1]!.text)) start -= 1;
  let end = start;
  while (end + 1 < cells.length && headerPart(cells[end + 1]!.text)) end += 1;
  let before = start;
  while (before > 0 && PROJECT_COLUMN.test(squash(cells[before - 1]!.text))) before -= 1;
  const columns = indicatorColumns(cells.slice(start, end + 1).map((cell) => cell.text).join(''));
  const printedBefore = [...cells.slice(before, start).map((cell) => cell.text), cells[start]!.text.split('一级指标')[0]!];
  const combined = printedBefore.some((text) => /名称/.test(text));
  return { start, end, columns, combined };
}

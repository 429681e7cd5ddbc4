/**
 * The cells of a goal table as one stream. Extractions print a goal table one cell per line, a row per line
 * (tab-separated, or single spaces in PDF text), or a wrapped cell over several lines; the recognisers read the
 * stream by what each cell looks like, so every layout becomes the same list of cells with its line.
 */
import { cellsOf } from '../../readers/text.js';
import type { SourceBlock } from '../../source.js';

export interface Cell {
  text: string;
  /** Index of the block (line) the cell came from. */
  block: number;
  /** First cell of a line that printed several cells: the start of a printed row. */
  rowStart: boolean;
  /** Joined from one character per line: a label printed vertically in a merged cell (总体目标, 年度绩效指标). */
  vertical?: boolean;
}

/** 产出指标, 效益指标 …: the level-1 names of every template (成本指标 is level 1 in some, level 2 in others). */
export const LEVEL1 = /^(产出|效益|满意度|成本)指标$/;
/** A level-1 or level-2 indicator name: a short label ending in 指标 (数量指标, 社会效益指标, 可持续影响指标). */
export const isLevelName = (text: string): boolean =>
  /^[\u4e00-\u9fa5]{2,10}指标$/.test(text) && !/^(一级|二级|三级|绩效|正向|反向)指标$/.test(text);

/**
 * Cells of one line. Tabs and runs of spaces separate cells; a single space does too when the line is an
 * indicator row (it names a level), since PDF text keeps one space between cells but also inside sentences.
 */
export function lineCells(text: string): string[] {
  // Where the extraction separates cells by tabs, spaces are inside cells ("其中：财政    资金").
  if (text.includes('\t')) return text.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '');
  const cells = cellsOf(text);
  if (cells.length === 1 && / /.test(cells[0]!)) {
    const words = cells[0]!.split(' ').filter((word) => word !== '');
    if (words.some(isLevelName)) return words;
  }
  return cells;
}

export function cellStream(blocks: readonly SourceBlock[], from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let carried = '';
  for (let index = from; index < to; index += 1) {
    const block = blocks[index]!;
    let text = block.kind === 'paragraph' ? carried + block.text.trim() : '';
    carried = '';
    // A level name a narrow column wrapped ("满意度指" / "标 …") is joined again.
    const next = blocks[index + 1];
    if (block.kind === 'paragraph' && /指$/.test(text) && next?.kind === 'paragraph' && /^标/.test(next.text.trim())) {
      carried = text;
      continue;
    }
    if (block.kind === 'paragraph' && text === '') text = block.text;
    const rows = block.kind === 'paragraph' ? [lineCells(text)] : block.rows.map((row) => row.map((cell) => cell.text.trim()).filter((text) => text !== ''));
    for (const texts of rows) texts.forEach((text, i) => cells.push({ text, block: index, rowStart: i === 0 && texts.length > 2 }));
  }
  return joinVertical(cells);
}

/** Runs of one-character cells (a label printed vertically) joined into one cell. */
function joinVertical(cells: readonly Cell[]): Cell[] {
  const joined: Cell[] = [];
  let run: Cell | undefined;
  for (const cell of cells) {
    const single = /^[\u4e00-\u9fa5]$/.test(cell.text);
    if (single && run) run.text += cell.text;
    else if (single) joined.push((run = { ...cell, vertical: true }));
    else {
      run = undefined;
      joined.push(cell);
    }
  }
  return joined;
}

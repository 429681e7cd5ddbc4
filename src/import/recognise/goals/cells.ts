/**
 * The cells of a goal table as one stream. Extractions print a goal table one cell per line, a row per line
 * (tab-separated, or single spaces in PDF text), or a wrapped cell over several lines; the recognisers read the
 * stream by what each cell looks like, so every layout becomes the same list of cells with its line.
 */
import type { SourceBlock } from '../../source.js';
import { namesAround } from './around.js';
import { isLevelName } from './levels.js';
import { lineCells, namePiece, TARGET_SIGN } from './rows.js';

export interface Cell {
  text: string;
  /** Index of the block (line) the cell came from. */
  block: number;
  /** First cell of a line that printed several cells: the start of a printed row. */
  rowStart: boolean;
  /** Joined from one character per line: a label printed vertically in a merged cell (总体目标, 年度绩效指标). */
  vertical?: boolean;
}

export function cellStream(blocks: readonly SourceBlock[], from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  const around = namesAround(blocks, from, to);
  let carried = '';
  /**
   * After a row printed several cells on one line and stopped at its level names or inside its name, the name
   * may go on over lines of their own ("全县定点医药机构监督检查覆盖" / "率" / "＝ 100 % 10"): 'open' waits for
   * the name, a cell is the name being continued.
   */
  let wrapping: 'open' | Cell | undefined;
  for (let index = from; index < to; index += 1) {
    const block = blocks[index]!;
    const aroundRow = around.rows.get(index);
    if (aroundRow || around.taken.has(index)) {
      aroundRow?.forEach((text, i) => cells.push({ text, block: index, rowStart: i === 0 }));
      wrapping = undefined;
      continue;
    }
    let text = block.kind === 'paragraph' ? carried + block.text.trim() : '';
    carried = '';
    // A level name a narrow column wrapped ("满意度指" / "标", "服务对象满意" / "度指标", "满意" / "度指" / "标") is joined again.
    const firstOf = (at: number) => (blocks[at]?.kind === 'paragraph' ? (lineCells((blocks[at] as { text: string }).text.trim())[0] ?? '') : '');
    const nextFirst = firstOf(index + 1);
    const wrappedLevel = isLevelName(text + nextFirst) || (/^[\u4e00-\u9fa5]{1,3}$/.test(nextFirst) && isLevelName(text + nextFirst + firstOf(index + 2)) && !isLevelName(nextFirst + firstOf(index + 2)));
    if (block.kind === 'paragraph' && text !== '' && !/指标/.test(text) && !isLevelName(nextFirst) && wrappedLevel) {
      carried = text;
      continue;
    }
    if (block.kind === 'paragraph' && text === '') text = block.text;
    const rows = block.kind === 'paragraph' ? [lineCells(text)] : block.rows.map((row) => row.map((cell) => cell.text.trim()).filter((text) => text !== ''));
    // A grid's cell holds all its text however the page wraps it, so a row of a grid is a row of its own, however
    // few cells it fills (指标2： under 指标1：, their levels merged down beside them): it starts a row and continues
    // no name.
    const gridRow = block.kind === 'paragraph' && block.row === true;
    for (const texts of rows) {
      if (wrapping && texts.length === 1 && namePiece(texts[0]!)) {
        if (wrapping === 'open') cells.push((wrapping = { text: texts[0]!, block: index, rowStart: false }));
        else wrapping.text += texts[0]!;
        continue;
      }
      // The target of a row whose name was wrapped goes on that row.
      const continues = wrapping !== undefined && TARGET_SIGN.test(texts[0] ?? '');
      texts.forEach((text, i) => cells.push({ text, block: index, rowStart: i === 0 && (gridRow || (texts.length > 2 && !continues)) }));
      const last = texts.at(-1) ?? '';
      wrapping = gridRow ? undefined : texts.length >= 2 && texts.some(isLevelName) ? (isLevelName(last) ? 'open' : namePiece(last) && !texts.some((t) => TARGET_SIGN.test(t)) ? cells.at(-1) : undefined) : undefined;
    }
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

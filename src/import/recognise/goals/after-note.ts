/**
 * What a goal table prints after its note (注：…). A PDF may print a form's last cells below the note that ends the
 * table: the numbered goal items (目标1：…) of a goal label left empty, and the names of indicator rows printed with
 * their level and target only ("数量指标 在职20人" … then "保障人员类经费发放人数" …). They are read only where they fit
 * exactly: the goal items where the form's goal is empty, the names where there are as many as rows printed without
 * one, in order. Otherwise nothing is moved, and the caller says so in the report.
 */
import type { Indicator } from '../../../data/schema.js';
import type { SourceBlock } from '../../source.js';
import { cellStream, type Cell } from './cells.js';
import { isLevelName } from './levels.js';
import { cjkText } from './form.js';
import { hasTarget, readTarget } from './indicators.js';

/** A note's own numbered lines go on after its first ("注：1、…" / "2、…"). */
const NOTE_ITEM = /^\d{1,2}[、.．]/;
const GOAL_ITEM = /^目标[一二三四五六七八九十\d]+[:：]/;
const FIGURE = /^-?[\d,]+(?:\.\d+)?$/;

/** The cells printed after the note at block `note`, up to `end`, where the table's region ended (titles.ts). */
export function cellsAfterNote(blocks: readonly SourceBlock[], [note, end]: readonly [number, number]): Cell[] {
  let from = note + 1;
  while (from < end && blocks[from]?.kind === 'paragraph' && NOTE_ITEM.test((blocks[from] as { text: string }).text.trim())) from += 1;
  return end > from ? cellStream(blocks, from, end) : [];
}

/** The goal items printed after the note, one a line, or undefined. */
export function goalAfterNote(cells: readonly Cell[]): string | undefined {
  const items = cells.filter((cell) => GOAL_ITEM.test(cell.text)).map((cell) => cjkText(cell.text));
  return items.length > 0 ? items.join('\n') : undefined;
}

/**
 * Indicators printed as level and one text each, given the names printed after the note: the text is then the
 * target. Undefined unless every row has one text and no target, and the names are exactly as many.
 */
export function namesAfterNote(indicators: readonly Indicator[], cells: readonly Cell[]): Indicator[] | undefined {
  if (indicators.length === 0 || indicators.some(hasTarget)) return undefined;
  const names: string[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const text = cells[i]!.text;
    // A label a narrow cell wrapped ("年度绩效" / "指标") joins into a level-like name: no indicator's name.
    const next = cells[i + 1]?.text ?? '';
    if (!isLevelName(next) && isLevelName(text + next)) {
      i += 1;
      continue;
    }
    if (cells[i]!.vertical || isLevelName(text) || FIGURE.test(text) || GOAL_ITEM.test(text)) continue;
    names.push(cjkText(text));
  }
  if (names.length !== indicators.length) return undefined;
  return indicators.map((indicator, i) => {
    const { name, ...levels } = indicator;
    return { ...levels, name: names[i]!, ...readTarget(name) };
  });
}

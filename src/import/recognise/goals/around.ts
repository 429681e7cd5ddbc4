/** Rows whose name a PDF printed on the lines around the row's own line (a wrapped name centred on its row). */
import type { SourceBlock } from '../../source.js';
import { isLevelName, knownLevel, LEVEL1 } from './levels.js';
import { bothWide, joinWords, lineCells, namePiece, SIGN_FIRST } from './rows.js';

/**
 * Rows whose name cell a PDF printed around them: a name of two lines centred on its row puts its first line above
 * the row's line and its last below, so the row's line holds only its level names and its target ("保障了…维护了其" /
 * "可持续影响指标 上访率<1%" / "身心健康及…关爱。"). A row line of level names and one short text, between a line of
 * text (level 1 names first allowed) that does not end its sentence and a line of text alone, is that row: the two
 * lines are its name and the short text its target. Where one line of text lies between two such rows, it could be
 * either one's: neither is read so. Returns the cells of each such row by its line, and the lines of names taken.
 */
const firstWord = (block: SourceBlock | undefined) => (block?.kind === 'paragraph' ? (block.text.trim().split(/\s+/)[0] ?? '') : '');

export function namesAround(blocks: readonly SourceBlock[], from: number, to: number): { rows: Map<number, string[]>; taken: Set<number> } {
  const rows = new Map<number, string[]>();
  const words = (i: number) => {
    const block = blocks[i];
    return i >= from && i < to && block?.kind === 'paragraph' && !block.text.includes('\t') ? lineCells(block.text.trim()) : undefined;
  };
  const lines = new Map<number, number[]>();
  const joined = new Map<number, { line: number; cells: string[] }>();
  /** Line `at` is the first piece of a level name whose rest begins the line after next: that line, joined again. */
  const cutLevel = (at: number) => {
    const piece = words(at);
    const line = blocks[at + 2];
    if (piece?.length !== 1 || !/^[\u4e00-\u9fa5]{2,6}$/.test(piece[0]!) || isLevelName(piece[0]!) || words(at + 1) === undefined || words(at + 2) === undefined) return undefined;
    if (!knownLevel(piece[0]! + firstWord(line))) return undefined;
    return { line: at + 2, cells: lineCells(piece[0]! + (line as { text: string }).text.trim()) };
  };
  const textAlone = (cells: string[] | undefined) => cells !== undefined && cells.length > 0 && cells.every((cell) => !isLevelName(cell) && namePiece(cell));
  for (let i = from + 1; i < to - 1; i += 1) {
    const row = words(i);
    const levels = row?.filter(isLevelName) ?? [];
    // The target is one cell, or one cut at its operator ("正常使用率≥" / "95%", "上访率" / "<1%").
    const texts = row?.filter((cell) => !isLevelName(cell)) ?? [];
    const oneTarget = texts.length === 1 || (texts.length === 2 && (/[≥≤＝=＜＞<>]$/.test(texts[0]!) || SIGN_FIRST.test(texts[1]!)));
    const target = texts.join('');
    if (!row || levels.length === 0 || !oneTarget || target.length > 25 || /[，。；,;]/.test(target)) continue;
    if (!row.slice(levels.length).every((cell) => !isLevelName(cell))) continue;
    const above = words(i - 1);
    const leading = above ? above.findIndex((cell) => !isLevelName(cell)) : -1;
    const before = above && leading >= 0 && above.slice(0, leading).every((cell) => LEVEL1.test(cell)) ? above.slice(leading) : undefined;
    // A level name cut by its column with the name's last line printed between its pieces ("满意度指" / "社会稳定…" /
    // "标 服务对象满意度指标 …"): the name goes on past the piece, and the piece joins the line that ends it.
    const cut = cutLevel(i + 1);
    const last = cut ? i + 2 : i + 1;
    const after = words(last);
    // A level name a narrow column wrapped ("满意度指" / "标 …") is no name: the raw next line's first word says so.
    const nextFirst = firstWord(blocks[last + 1]);
    // A first line cut by its column's width is longer than the target printed beside it; a shorter one is a name of its own.
    if (!textAlone(before) || !textAlone(after) || before!.join('').length <= target.length || after!.join('').length < 2 || /[。；！]$/.test(before!.at(-1)!) || knownLevel(after!.join('') + nextFirst)) continue;
    rows.set(i, [...above!.slice(0, leading), ...levels, joinWords([...before!, ...after!].flatMap((cell) => cell.split(' ')), bothWide), target]);
    lines.set(i, cut ? [i - 1, i + 1, i + 2] : [i - 1, i + 1]);
    // The joined level line is a row of its own, read as printed.
    if (cut) {
      joined.set(i, cut);
      i = cut.line;
    }
  }
  // A line of text taken by two rows (one's last name line, the next one's first): neither row is read so.
  const owners = new Map<number, number[]>();
  for (const [row, taken] of lines) for (const line of taken) owners.set(line, [...(owners.get(line) ?? []), row]);
  for (const shared of owners.values()) if (shared.length > 1) shared.forEach((row) => rows.delete(row));
  const taken = new Set([...rows.keys()].flatMap((row) => lines.get(row)!));
  for (const row of [...rows.keys()]) {
    const level = joined.get(row);
    if (level) rows.set(level.line, level.cells);
  }
  return { rows, taken };
}

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
  /^[\u4e00-\u9fa5]{2,10}指标$/.test(text) && !/(一级|二级|三级)指标$|^(绩效|正向|反向)指标$/.test(text);

/**
 * Cells of one line. Tabs and runs of spaces separate cells; a single space does too when the line is an
 * indicator row (it names a level), since PDF text keeps one space between cells but also inside sentences.
 */
export function lineCells(text: string): string[] {
  // Where the extraction separates cells by tabs, spaces are inside cells ("其中：财政    资金").
  if (text.includes('\t')) return text.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '');
  const cells = cellsOf(text);
  if (cells.length === 1 && / /.test(cells[0]!)) {
    const words = unscramble(joinDates(cells[0]!.split(' ').filter((word) => word !== '')));
    const operator = words.findIndex((word) => TARGET_SIGN.test(word));
    if (operator < 0) return words.some(isLevelName) ? targetLast(targetFirst(words)) : cells;
    // An indicator row: level names, the name (which may hold spaces: "开展 DRG 培训次数"), then the target's cells.
    let named = 0;
    while (named < operator && isLevelName(words[named]!)) named += 1;
    return [...words.slice(0, named), ...(named < operator ? [joinWords(words.slice(named, operator))] : []), ...words.slice(operator)];
  }
  // One word a PDF glued together: a level name after the text ("≤预算加强资金统筹规划…资金成本指标") is parted and put first.
  const glued = cells.length === 1 ? unscramble(cells) : cells;
  return glued.length > 1 ? glued : cells;
}

/** A date target a PDF parted at a space ("12月 前完成", "6月 底前"): no cell begins with 前, 底 or 末. */
function joinDates(words: readonly string[]): string[] {
  return words.reduce<string[]>((joined, word) => {
    const last = joined.at(-1);
    if (last !== undefined && /\d\s*[年月日]$/.test(last) && /^[前底末][\u4e00-\u9fa5]{0,3}$/.test(word)) joined[joined.length - 1] = last + word;
    else joined.push(word);
    return joined;
  }, []);
}

/** A level name glued to the text before it ("…缴纳成本指标", "≥90%满意度指标"). */
const GLUED_LEVEL = /^(.+?)((?:产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)指标)$/;
/** Level 2 names of the templates: a word ending in 指标 that is none of these may be text glued to a level 1. */
const LEVEL_TWO = /^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|可持续发展|服务对象满意度|满意度)指标$/;
/**
 * Text glued to the level 1 printed before a level 2 ("参保对象满意度满意度指标 服务对象满意度指标"): a word that only
 * looks like a level name by its ending, is no level 2 of the templates, ends in a level 1 and is followed by a level 2.
 */
const gluedLevelOne = (word: string, next: string | undefined) =>
  !LEVEL1.test(word) && !LEVEL_TWO.test(word) && /^[\u4e00-\u9fa5]{2,}(产出|效益|满意度|成本)指标$/.test(word) && LEVEL_TWO.test(next ?? '');
const knownLevel = (text: string) => LEVEL1.test(text) || LEVEL_TWO.test(text);
const targetLike = (word: string) => /^([≥≤＝=＜＞<>]|\d)/.test(word);

/**
 * Words of a line a PDF printed out of column order ("单位按工资总额1%缴纳成本指标 45万元", "≥90%满意度指标 服务对象满意度指标
 * 满意度"): level names glued to other text are parted, and the row is put back in order: level names, the name, the target.
 */
function unscramble(words: readonly string[]): string[] {
  const parted = words.flatMap((word, i) => {
    const glued = isLevelName(word) ? (gluedLevelOne(word, words[i + 1]) ? GLUED_LEVEL.exec(word) : null) : GLUED_LEVEL.exec(word);
    return glued && isLevelName(glued[2]!) ? [glued[1]!, glued[2]!] : [word];
  });
  if (!parted.some(isLevelName)) return [...words];
  parted.splice(0, parted.length, ...parted.flatMap(partBudgetBound));
  const firstText = parted.findIndex((word) => !isLevelName(word));
  const lateLevel = firstText >= 0 && parted.slice(firstText).some(isLevelName);
  if (!lateLevel) return parted;
  const levels = parted.filter(isLevelName);
  const targets = parted.filter((word) => !isLevelName(word) && targetLike(word));
  const name = joinWords(parted.filter((word) => !isLevelName(word) && !targetLike(word)));
  return [...levels, ...(name ? [name] : []), ...targets];
}

/**
 * "The budget" as a bound glued before the name it bounds ("≤预算严格控制费用"): the target ≤预算 then the name. Only
 * the word 预算 itself, so "≤预算数8万" (a name holding its own figure) is left to the figure rules.
 */
const BUDGET_BOUND = /^([≥≤＜＞<>]预算)(?!数)([\u4e00-\u9fa5][^\d]*)$/;
function partBudgetBound(word: string): string[] {
  const bound = BUDGET_BOUND.exec(word);
  return bound ? [bound[1]!, bound[2]!] : [word];
}

/** Chinese and full-width punctuation: PDF text puts spaces beside it that no writer typed ("完成 “ 两定”", "认可度、 满意度"). */
const WIDE_MARK = /[\u3000-\u303f\uff00-\uffef“”‘’]/;
const wide = (char: string) => /[\u4e00-\u9fa5]/.test(char) || WIDE_MARK.test(char);
/** Between two Chinese characters a space may still part two cells, so only a mark's spaces are dropped by default. */
const besideMark = (before: string, after: string) => (WIDE_MARK.test(before) && wide(after)) || (wide(before) && WIDE_MARK.test(after));
const bothWide = (before: string, after: string) => wide(before) && wide(after);
/** Brackets inside a name: no space after an opening one or before a closing one, nor between them and Chinese text. */
const besideBracket = (before: string, after: string) =>
  /[(（]/.test(before) || /[)）]/.test(after) || (/[(（]/.test(after) && wide(before)) || (/[)）]/.test(before) && wide(after));
const inName = (before: string, after: string) => besideMark(before, after) || besideBracket(before, after);

/** Words of one cell joined again, without the spaces `dropped` says the extraction added ("开展 DRG 培训次数" keeps its). */
function joinWords(words: readonly string[], dropped = besideMark): string {
  return words.reduce((text, word) => (text === '' ? word : dropped(text.at(-1)!, word[0]!) ? text + word : `${text} ${word}`), '');
}

/** A target glued before the name it measures: "100政策范", "≤8预算数8万" (operator, figure, then Chinese text). */
const GLUED_TARGET = /^([≥≤＝=＜＞<>]?)(\d+(?:\.\d+)?)([%％‰]?)([\u4e00-\u9fa5].*)$/;
/** A measure unit printed as a word of its own (%, 万, 人次), not a word of a sentence. */
const UNIT_WORD = /^(?:[%％‰]|[\u4e00-\u9fa5]{1,2})$/;

/**
 * A row a PDF printed target first ("质量指标 100政策范 围 内医疗费报销比例 %"): after its level names, a figure glued to
 * the name's first words and a unit standing alone at the end, or a percentage glued to the whole name. Only that shape is read as target, name and unit, since a
 * name never ends in a bare unit; any other row is left as printed. All between is the one name cell, so its spaces go.
 */
function targetFirst(words: readonly string[]): string[] {
  const named = words.findIndex((word) => !isLevelName(word));
  const rest = named < 0 ? [] : words.slice(named);
  const glued = GLUED_TARGET.exec(rest[0] ?? '');
  if (!glued || rest.some(isLevelName) || /年|月|日/.test(glued[4]![0]!)) return [...words];
  const [, sign, figure, percent, first] = glued as unknown as [string, string, string, string, string];
  // A percent sign never starts a name, so "100%及时使用及维护率" alone on its row is the target then the name.
  if (percent !== '' && rest.length === 1) return [...words.slice(0, named), first, `${sign}${figure}${percent}`];
  const unit = rest.at(-1) ?? '';
  if (percent !== '' || rest.length < 2 || !UNIT_WORD.test(unit)) return [...words];
  return [...words.slice(0, named), joinWords([first, ...rest.slice(1, -1)], bothWide), `${sign}${figure}${unit}`];
}

/** A target printed whole as one word: an operator first ("≤预算", "≥90%"), or a figure with a short unit ("100%", "672人"). */
const SIGN_FIRST = /^[≥≤＝=＜＞<>≧≦]/;
const TARGET_WORD = /^(?:[≥≤＝=＜＞<>≧≦]\S+|\d+(?:\.\d+)?(?:[%％‰]|[\u4e00-\u9fa5]{1,2})?)$/;

/**
 * A row whose last word is its whole target, after its level names ("成本指标 严格控制费用 ， 不超标准 ≤预算", "质量指标
 * 医保服务站 (室 ) 镇村覆盖率 100%"): a row has one name cell, so every word between is that name, joined where the
 * extraction put spaces beside punctuation or brackets. Left as printed when a word between is a level name or a target.
 */
function targetLast(words: readonly string[]): string[] {
  const named = words.findIndex((word) => !isLevelName(word));
  if (named < 0 || words.length - named < 2) return [...words];
  // Printed the other way round, an operator's target first ("≤预算" after parting "≤预算严格控制费用"): the same row.
  const first = words[named]!;
  const flipped = SIGN_FIRST.test(first) && TARGET_WORD.test(first);
  const between = flipped ? words.slice(named + 1) : words.slice(named, -1);
  const target = flipped ? first : words.at(-1)!;
  if (!flipped && between.length < 2) return [...words];
  if (!TARGET_WORD.test(target) || between.some((word) => isLevelName(word) || targetLike(word))) return [...words];
  const name = joinWords(between, inName);
  // Words still parted by a space between Chinese text may be two cells: only a name the joins made whole is read so.
  if (name.includes(' ')) return [...words];
  return [...words.slice(0, named), name, target];
}

/** A cell that opens an indicator's target: its operator, or 定性/定量 where the operator column holds that. */
const TARGET_SIGN = /^(≥|≤|＝|=|＜|＞|<|>|≧|≦|定性|定量)$/;
/** A piece of an indicator's name the extraction wrapped onto a line of its own. */
const namePiece = (text: string) => !isLevelName(text) && !TARGET_SIGN.test(text) && !/^[-\d.,%％]/.test(text) && !/^(≥|≤|＝|=|＜|＞|<|>)/.test(text);

/**
 * Rows whose name cell a PDF printed around them: a name of two lines centred on its row puts its first line above
 * the row's line and its last below, so the row's line holds only its level names and its target ("保障了…维护了其" /
 * "可持续影响指标 上访率<1%" / "身心健康及…关爱。"). A row line of level names and one short text, between a line of
 * text (level 1 names first allowed) that does not end its sentence and a line of text alone, is that row: the two
 * lines are its name and the short text its target. Where one line of text lies between two such rows, it could be
 * either one's: neither is read so. Returns the cells of each such row by its line, and the lines of names taken.
 */
function namesAround(blocks: readonly SourceBlock[], from: number, to: number): { rows: Map<number, string[]>; taken: Set<number> } {
  const rows = new Map<number, string[]>();
  const taken = new Set<number>();
  const words = (i: number) => {
    const block = blocks[i];
    return i >= from && i < to && block?.kind === 'paragraph' && !block.text.includes('\t') ? lineCells(block.text.trim()) : undefined;
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
    const after = words(i + 1);
    // A level name a narrow column wrapped ("满意度指" / "标 …") is no name: the raw next line's first word says so.
    const next = blocks[i + 2];
    const nextFirst = next?.kind === 'paragraph' ? (next.text.trim().split(/\s+/)[0] ?? '') : '';
    // A first line cut by its column's width is longer than the target printed beside it; a shorter one is a name of its own.
    if (!textAlone(before) || !textAlone(after) || before!.join('').length <= target.length || after!.join('').length < 2 || /[。；！]$/.test(before!.at(-1)!) || knownLevel(after!.join('') + nextFirst)) continue;
    rows.set(i, [...above!.slice(0, leading), ...levels, joinWords([...before!, ...after!].flatMap((cell) => cell.split(' ')), bothWide), target]);
    taken.add(i - 1).add(i + 1);
  }
  // A line of text taken both as one row's last name line and the next row's first: neither row is read so.
  for (const i of [...rows.keys()]) if (rows.has(i + 2)) [i, i + 2].forEach((row) => rows.delete(row));
  for (const i of [...taken]) if (!rows.has(i - 1) && !rows.has(i + 1)) taken.delete(i);
  return { rows, taken };
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
    for (const texts of rows) {
      if (wrapping && texts.length === 1 && namePiece(texts[0]!)) {
        if (wrapping === 'open') cells.push((wrapping = { text: texts[0]!, block: index, rowStart: false }));
        else wrapping.text += texts[0]!;
        continue;
      }
      // The target of a row whose name was wrapped goes on that row.
      const continues = wrapping !== undefined && TARGET_SIGN.test(texts[0] ?? '');
      texts.forEach((text, i) => cells.push({ text, block: index, rowStart: i === 0 && texts.length > 2 && !continues }));
      const last = texts.at(-1) ?? '';
      wrapping = texts.length >= 2 && texts.some(isLevelName) ? (isLevelName(last) ? 'open' : namePiece(last) && !texts.some((t) => TARGET_SIGN.test(t)) ? cells.at(-1) : undefined) : undefined;
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

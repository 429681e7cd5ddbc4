/**
 * One printed line of a goal table as its cells. PDF text keeps one space between cells but also inside sentences,
 * prints some rows out of column order (target first, level names glued to text) and parts dates and names at
 * spaces; these rules read a line back into level names, name and target only where its shape says so.
 */
import { cellsOf } from '../../readers/text.js';
import { GLUED_LEVEL, gluedLevelOne, isLevelName } from './levels.js';

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
export const bothWide = (before: string, after: string) => wide(before) && wide(after);
/** Brackets inside a name: no space after an opening one or before a closing one, nor between them and Chinese text. */
const besideBracket = (before: string, after: string) =>
  /[(（]/.test(before) || /[)）]/.test(after) || (/[(（]/.test(after) && wide(before)) || (/[)）]/.test(before) && wide(after));
const inName = (before: string, after: string) => besideMark(before, after) || besideBracket(before, after);

/** Words of one cell joined again, without the spaces `dropped` says the extraction added ("开展 DRG 培训次数" keeps its). */
export function joinWords(words: readonly string[], dropped = besideMark): string {
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
export const SIGN_FIRST = /^[≥≤＝=＜＞<>≧≦]/;
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
export const TARGET_SIGN = /^(≥|≤|＝|=|＜|＞|<|>|≧|≦|定性|定量)$/;
/** A piece of an indicator's name the extraction wrapped onto a line of its own. */
export const namePiece = (text: string) => !isLevelName(text) && !TARGET_SIGN.test(text) && !/^[-\d.,%％]/.test(text) && !/^(≥|≤|＝|=|＜|＞|<|>)/.test(text);

/**
 * The 三公 figures the narrative states part by part ("公务接待费 0.70 万元，与上年相同，无增减变化；公务用车运行维护费 0
 * 万元 …"), keyed by the 三公 table's columns, so that they can choose the columns of a 三公 合计 line whose blank
 * cells were lost (tables/arithmetic.ts). A part said to be as last year's ("与上年相同", "持平", "无增减变化") also
 * states its previous- column (the same figure) and its change- column (0). A figure that no placement prints chooses
 * nothing, so a rounded 万元 figure is harmless.
 */
import type { Section } from '../../../data/schema.js';
import type { StatedTotals } from '../tables/body.js';
import { PART_WORDS, PARTS } from './sangong.js';

/** The 三公 table column a part's words name: 三公 over all parts is its 小计 (合计 also holds 会议费 and 培训费). */
const columnOf = (words: string): string | undefined => {
  const part = PART_WORDS.find(([pattern]) => pattern.test(words))?.[1];
  if (part) return part === 'total' ? 'sangong-subtotal' : PARTS.find(([name]) => name === part)![1];
  return /会议费/.test(words) ? 'meetings' : /培训费/.test(words) ? 'training' : undefined;
};
/** A part's figure right after its words ("公务接待费 0.70 万元", "培训费支出 0 万元"). */
const FIGURE = /(经费|费)(预算)?(支出)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/;
const SAME = /相同|持平|无增减/;
const CHANGED = /增加|减少|增长|下降/;

export function statedSangongParts(sections: readonly Section[]): StatedTotals {
  const text = sections
    .filter((section) => section.kind === 'sangong' || /三公/.test(section.title))
    .flatMap((section) => section.paragraphs)
    .join('');
  const stated: StatedTotals = {};
  let last: string | undefined;
  for (const clause of text.split(/[，；;。]|,(?!\d)/)) {
    const figure = FIGURE.exec(clause);
    const part = figure && columnOf(clause.slice(0, figure.index + figure[1]!.length));
    if (part && figure) {
      last = stated[part] === undefined ? part : undefined;
      if (last) stated[last] = Math.round(Number(figure[4]!.replace(/,/g, '')) * (figure[5] === '万元' ? 1000000 : 100)) / 100;
    } else if (last && SAME.test(clause) && !CHANGED.test(clause.replace(/无增减/, ''))) {
      stated[`previous-${last}`] = stated[last]!;
      stated[`change-${last}`] = 0;
      last = undefined;
    }
  }
  return stated;
}

import { html } from 'lit';

/**
 * A figure and its unit, as disclosures print them ("1155.84 万元", "0万元", "3.5%"), with the
 * punctuation after it that may not begin a line ("，", "）。", ";").
 */
const FIGURE = /([\d,.]+ ?\S?[元%][，。、；：）”;:,.)]*)/;

/**
 * Published Chinese text with each figure held on one line with its unit: Chinese may break a line
 * between any two characters, so "1155.84 万元" could end a line with "万" and begin the next with
 * "元". The figure is marked `num`, which the table styles keep on one line (no rule of its own).
 * The punctuation after it, which may not begin a line, is held with it, so that the figure moves to
 * the next line with its "，" rather than leave the "，" past the line's end.
 */
export const publishedText = (text: string) => text.split(FIGURE).map((part, i) => (i % 2 ? html`<span class="num">${part}</span>` : part));

/** The number a table number or title begins with, in any form ("表6", "表 6 …", "公开表6-1 …" → "6", "6-1"); else the whole text (表一). */
const leadingNumber = (text: string) => /^(?:公开)?表?\s*([\d-]+)/.exec(text)?.[1] ?? text;

/**
 * A table's title as printed, after its number (表6 部门收支总表), unless the title already begins
 * with that number in any form (a title "表6", "表 6 …", "公开表6 …" under 表6; "6-1 …" under 6-1).
 * A number without figures (表一) is compared with the whole title.
 */
export const numberedTitle = ({ number, title }: { number?: string; title: string }): string =>
  number && leadingNumber(number) !== leadingNumber(title) ? `${number} ${title}` : title;

/** A run of Chinese in interface text, with what it holds (figures, brackets, its punctuation) and the spaces between its words. */
const CHINESE = /(\S*\p{Script=Han}\S*(?:\s+\S*\p{Script=Han}\S*)*)/u;

/**
 * Interface text with the published Chinese it quotes (a department, an item, the unit's gloss "万元")
 * marked `lang="zh-CN"`, so that a screen reader reading English reads those words in Chinese (WCAG 3.1.2).
 * Text in a Chinese interface needs no mark: the element's own language is Chinese.
 */
export const markChinese = (text: string, lang: string) =>
  lang === 'en' ? text.split(CHINESE).map((part, i) => (i % 2 ? html`<span lang="zh-CN">${part}</span>` : part)) : text;

/** Published Chinese inside interface text: marked so, for the voice that reads it (WCAG 3.1.2). */
export const zh = (text: unknown) => html`<span lang="zh-CN">${text}</span>`;

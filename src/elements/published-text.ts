import { html } from 'lit';

/** A figure and its unit, as disclosures print them: "1155.84 万元", "0万元", "3.5%". */
const FIGURE = /([\d,.]+ ?\S?[元%])/;

/**
 * Published Chinese text with each figure held on one line with its unit: Chinese may break a line
 * between any two characters, so "1155.84 万元" could end a line with "万" and begin the next with
 * "元". The figure is marked `num`, which the table styles keep on one line (no rule of its own).
 */
export const publishedText = (text: string) => text.split(FIGURE).map((part, i) => (i % 2 ? html`<span class="num">${part}</span>` : part));

/** A table number as it is compared: no spaces, no 公开表 or 表 before it ("公开表 6-1" → "6-1"). */
const bareNumber = (text: string) => text.replace(/\s/g, '').replace(/^(公开)?表/, '');

/**
 * A table's title as printed, after its number (表6 部门收支总表), unless the title already
 * begins with that number in any form (a title "表 6", "公开表6 …" or "6-1 …" under 表6 or 6-1).
 */
export function numberedTitle({ number, title }: { number?: string; title: string }): string {
  const n = bareNumber(number ?? '');
  const rest = bareNumber(title);
  // Its own number, not a longer one: 表1 before "表12 …", 6 before "6-1 …" (but 表7 before "表7一般公共预算…").
  const begins = rest.startsWith(n) && !/^[-－.\d]/.test(rest.slice(n.length));
  return n && !begins ? `${number} ${title}` : title;
}

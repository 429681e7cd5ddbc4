import { html } from 'lit';

/** A figure and its unit, as disclosures print them: "1155.84 万元", "0万元", "3.5%". */
const FIGURE = /([\d,.]+ ?\S?[元%])/;

/**
 * Published Chinese text with each figure held on one line with its unit: Chinese may break a line
 * between any two characters, so "1155.84 万元" could end a line with "万" and begin the next with
 * "元". The figure is marked `num`, which the table styles keep on one line (no rule of its own).
 */
export const publishedText = (text: string) => text.split(FIGURE).map((part, i) => (i % 2 ? html`<span class="num">${part}</span>` : part));

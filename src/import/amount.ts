/**
 * Published figures as text → amounts in 元. Accepts what real disclosures print: thousands separators or none,
 * full-width digits and punctuation, a minus sign or parentheses for negatives, and a dash for zero.
 */
import type { Unit } from '../data/schema.js';

const FACTOR: Record<Unit, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** Full-width ASCII (０-９，．－（）) → half-width. */
const halfWidth = (text: string) => text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Dashes that mean "nothing" in a figure column. */
const ZERO_MARKS = /^[-‐‑‒–—―－]+$/;

/**
 * The number a figure cell prints, in its printed unit, or null when the cell is not a figure.
 * "1,236.47" → 1236.47; "(12.00)" and "-12" → -12; "—" → 0; "12.3%" → null (a share, not an amount).
 */
export function parseFigure(cell: string): number | null {
  const text = halfWidth(cell).replace(/\s+/g, '');
  if (text === '') return null;
  if (ZERO_MARKS.test(text)) return 0;
  const match = /^(\()?([-+−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\))?$/.exec(text);
  if (!match || Boolean(match[1]) !== Boolean(match[5])) return null;
  const value = Number(`${match[3]!.replace(/,/g, '')}${match[4] ?? ''}`);
  return match[1] || match[2] === '-' || match[2] === '−' ? -value : value;
}

/** A printed figure converted to 元, rounded to the fen (the schema keeps two decimals). */
export const toYuan = (figure: number, unit: Unit): number => Math.round(figure * FACTOR[unit] * 100) / 100;

/** parseFigure then toYuan; null when the cell is not a figure. */
export function parseAmount(cell: string, unit: Unit): number | null {
  const figure = parseFigure(cell);
  return figure === null ? null : toYuan(figure, unit);
}

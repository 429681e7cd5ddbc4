/** Amounts in 元 shown in 元, 万元 or 亿元 without inventing or dropping published precision. */
import type { Lang } from '../i18n/index.js';

export type DisplayUnit = '元' | '万元' | '亿元';
export const DISPLAY_UNITS: readonly DisplayUnit[] = ['元', '万元', '亿元'];

const SCALE: Record<DisplayUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

export function parseUnit(value: string | null | undefined): DisplayUnit {
  return DISPLAY_UNITS.includes(value as DisplayUnit) ? (value as DisplayUnit) : '万元';
}

/**
 * Decimals that keep a figure published with two decimals in `published` exact in `unit`:
 * 万元 → 亿元 needs 6, 元 → 万元 needs 6, 万元 → 元 needs none. At least two are shown in
 * 万元 and 亿元 (and 元 when published in 元), as the published tables do.
 */
export function fractionDigits(published: DisplayUnit, unit: DisplayUnit): { min: number; max: number } {
  const max = Math.max(0, 2 + SCALE[unit] - SCALE[published]);
  return { min: Math.min(2, max), max };
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, min: number, max: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { style, minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f;
}

/** "1,236.47" for 12364700 元 in 万元. Negative values keep their sign (−), zero is "0.00". */
export function formatAmount(yuan: number, unit: DisplayUnit, published: DisplayUnit, lang: Lang): string {
  const { min, max } = fractionDigits(published, unit);
  const value = yuan / 10 ** SCALE[unit];
  return formatter(lang, min, max).format(Object.is(value, -0) ? 0 : value);
}

/** The same figure for machines (CSV): no grouping, a full stop for decimals, the same precision. */
export function plainAmount(yuan: number, unit: DisplayUnit, published: DisplayUnit): string {
  const { min, max } = fractionDigits(published, unit);
  const fixed = (yuan / 10 ** SCALE[unit]).toFixed(max);
  // Trailing zeros beyond the shown minimum carry no information.
  const trimmed = max > min ? fixed.replace(new RegExp(`(\\.\\d{${min}}\\d*?)0+$`), '$1').replace(/\.$/, '') : fixed;
  return /^-0(\.0*)?$/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

/** A count as printed (6 辆, 1,250 人): grouped, up to two decimals. */
export const formatNumber = (value: number, lang: Lang): string => formatter(lang, 0, 2).format(value);

/** A share as a percentage with one decimal ("98.4%"), or "<0.1%" for tiny non-zero shares. */
export function formatShare(part: number, whole: number, lang: Lang): string {
  if (!whole) return '—';
  const share = part / whole;
  const percent = formatter(lang, 1, 1, 'percent');
  return share > 0 && share < 0.0005 ? `<${percent.format(0.001)}` : percent.format(share);
}

/** The unit as readers see it: 万元 in Chinese; "10k yuan (万元)" in English, keeping the term visible. */
export function unitLabel(unit: DisplayUnit, lang: Lang): string {
  if (lang === 'zh-CN') return unit;
  return { 元: 'yuan (元)', 万元: '10k yuan (万元)', 亿元: '100m yuan (亿元)' }[unit];
}

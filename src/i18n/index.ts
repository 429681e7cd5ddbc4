import { LANGS, type Catalogue, type Lang } from './catalogue.js';
import { zhCN } from './zh-CN.js';
import { en } from './en.js';

export type { Catalogue, Lang };
export { LANGS };

const catalogues: Record<Lang, Catalogue> = { 'zh-CN': zhCN, en };

/** zh-CN first: anything that is not English (zh, zh-Hans, zh-CN, unknown) reads Chinese. */
export function normalizeLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value) ? 'en' : 'zh-CN';
}

export const catalogue = (lang: Lang): Catalogue => catalogues[lang];

import type { StatementSubject } from '../data/schema.js';
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

/** The label of a published statement's subject, from the catalogue's terms. */
export function subjectLabel(t: Catalogue, subject: StatementSubject): string {
  switch (subject) {
    case 'general-budget':
    case 'gov-fund':
    case 'state-capital':
    case 'special-account':
      return t.fundNames[subject];
    case 'fiscal-total':
    case 'operating-costs':
    case 'procurement':
      return t.statementSubjects[subject];
    case 'sangong':
      return t.sangongTitle;
    default: {
      // income-total → incomeTotal, carry-over → carryOver, basic, meetings …
      const key = subject.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as 'incomeTotal';
      return t[key];
    }
  }
}

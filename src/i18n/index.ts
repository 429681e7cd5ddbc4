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
  // A fund (general-budget …), a subject named apart (fiscal-total …), 三公; else the term of the
  // same name: income-total → incomeTotal, carry-over → carryOver, basic, meetings …
  const named: Record<string, string> = { ...t.fundNames, ...t.statementSubjects, sangong: t.sangongTitle };
  return named[subject] ?? t[subject.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as 'incomeTotal'];
}

/**
 * Statements: the figures the narrative states in words ("2025年预算收入595.88万元，较上年减少12.81万元，主要原因是…"),
 * with the change and its reason as published. Read clause by clause with general phrase rules; a figure whose
 * wording names no statement subject (a function class, a project, a part of the 三公 total) is passed over.
 */
import type { FundType, Section, Statement, StatementSubject, Unit } from '../../../data/schema.js';
import { parseFigure, toYuan } from '../../amount.js';

/** A figure with its printed unit: "595.88万元", "4,567,178.00 元". */
const FIGURE = /(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/;
const FIGURES = new RegExp(FIGURE.source, 'g');
/** "较上年", "比 2023 年…", "与2024年相比": a comparison with the previous year, up to its verb. */
const COMPARE = /(较|比|与)\s*(上年|去年|上一年|20\d{2}\s*年)[^，,；;。]*?(增加|减少|增长|下降|持平|相同)/;
const FALLING = /减少|下降/;
/** "增加 22.2%", "下降10.28%", "无增减变化": a clause that completes the change wording. */
const CHANGE_TAIL = /^\s*((增加|减少|增长|下降|上升)\s*[\d.]+\s*[%％]|无增减变化|没有变化)\s*$/;
const REASON = /^[^，,；;。]{0,8}主要(原因|是|为|由于)/;
/** Words that open a list of the parts of the figure before them. */
const PARTS_OPEN = /^\s*(其中|包括)/;

/** Subject words, the more specific first. The fund words also qualify a subject ("一般公共预算基本支出"). */
const SUBJECTS: [RegExp, StatementSubject][] = [
  [/三公/, 'sangong'],
  [/机关运行经费/, 'operating-costs'],
  [/政府采购/, 'procurement'],
  [/会议费/, 'meetings'],
  [/培训费/, 'training'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'operating'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/上年结转/, 'carry-over'],
  [/结转下年/, 'carry-forward'],
];
/** The parts a whole is told in (基本支出 = 人员经费 + 公用经费; 支出 = 基本支出 + 项目支出). */
const PARTS_OF: Partial<Record<StatementSubject, StatementSubject[]>> = {
  basic: ['personnel', 'operating'],
  'general-budget': ['basic', 'project'],
};
const FUNDS: [RegExp, FundType & StatementSubject][] = [
  [/一般公共预算/, 'general-budget'],
  [/政府性基金|(?<!保险|保障)基金预算/, 'gov-fund'],
  [/国有资本经营/, 'state-capital'],
  [/财政专户/, 'special-account'],
];
const FUND_WORDS = /一般公共预算|政府性基金|国有资本经营|财政拨款|拨款/g;
const FISCAL = /财政拨款(收支|收入|支出)/;
/** The department's totals, as opposed to a class of spending ("卫生健康支出"). */
const TOTAL = /(预算|本年|当年|总)(收支|收入|支出)|(收支|收入|支出)(预算|总)|收支安排/;
/** What may stand beside a subject's words when a clause is only the subject ("2024 年收入较去年…"). */
const FILLER = /20\d{2}\s*年|本部门|本单位|我部门|其中|预算数?|总额|[\s“”"'‘’]/g;

type Subject = { subject: StatementSubject; fund?: FundType };

/** The subject(s) a clause's words name, or none. `bare`: the words must be the subject and nothing else. */
export function subjectsOf(words: string, bare = false): Subject[] {
  const fund = FUNDS.find(([pattern]) => pattern.test(words))?.[1];
  const withFund = (subject: StatementSubject): Subject => ({ subject, ...(fund ? { fund } : {}) });
  const rest = (pattern: RegExp) => words.replace(pattern, '').replace(FUND_WORDS, '').replace(FILLER, '');
  const specific = SUBJECTS.find(([pattern]) => pattern.test(words));
  if (specific) return !bare || /^(经费|支出)?$/.test(rest(specific[0])) ? [withFund(specific[1])] : [];
  if (bare) {
    const total = /^(收支|收入|支出)$/.exec(words.replace(FILLER, ''))?.[1];
    return total ? totals(total) : [];
  }
  if (fund) return [{ subject: fund, fund }];
  if (FISCAL.test(words)) return [{ subject: 'fiscal-total' }];
  const total = TOTAL.exec(words);
  if (!total) return [];
  const which = total[2] ?? total[3] ?? '收支';
  return /本年|当年/.test(words) ? thisYear(which) : totals(which);
}

const totals = (which: string): Subject[] =>
  which === '收支' ? [{ subject: 'income-total' }, { subject: 'expenditure-total' }] : [{ subject: which === '收入' ? 'income-total' : 'expenditure-total' }];
const thisYear = (which: string): Subject[] =>
  which === '收支' ? [{ subject: 'income-this-year' }, { subject: 'expenditure-this-year' }] : [{ subject: which === '收入' ? 'income-this-year' : 'expenditure-this-year' }];

/** The figures of one sentence's clause, each with the words before it. */
function figuresIn(clause: string): { words: string; figure: string; unit: Unit }[] {
  const found: { words: string; figure: string; unit: Unit }[] = [];
  let from = 0;
  for (const match of clause.matchAll(FIGURES)) {
    found.push({ words: clause.slice(from, match.index), figure: match[1]!, unit: match[2] as Unit });
    from = match.index + match[0].length;
  }
  return found;
}

export function readStatements(sections: readonly Section[], unit: Unit): Statement[] {
  const statements: Statement[] = [];
  for (const section of sections) {
    const mine: Statement[] = [];
    for (const paragraph of section.paragraphs) readParagraph(paragraph, section.id, unit, mine);
    statements.push(...mine);
  }
  return statements;
}

function readParagraph(paragraph: string, section: string, unit: Unit, mine: Statement[]): void {
  const make = (subject: Subject, figure?: { figure: string; unit: Unit }): Statement => {
    const value = figure ? parseFigure(figure.figure) : null;
    return {
      ...subject,
      ...(figure && value !== null ? { amount: toYuan(value, figure.unit), ...(figure.unit !== unit ? { unit: figure.unit } : {}) } : {}),
      section,
    };
  };
  let paragraphHead: Statement | undefined;
  /** Statements whose change was just read (maybe none we keep): the next clauses may complete it or give the reason. */
  let changed: Statement[] | undefined;
  for (const sentence of paragraph.match(/[^。！]+[。！]?/g) ?? []) {
    const clauses = sentence.match(/[^，,；;：:]+[，,；;：:]?/g) ?? [];
    /** The statements of the last figure read (several for 收支), or [] when its subject was not one. */
    let last: Statement[] | undefined;
    /** The whole a list of parts belongs to, and the parts read since. */
    let list: { head: Statement[]; parts: Statement[][] } | undefined;
    for (let c = 0; c < clauses.length; c += 1) {
      const raw = clauses[c]!;
      const clause = raw.replace(/[，,；;：:。！]$/, '');
      if (changed && CHANGE_TAIL.test(clause)) {
        for (const statement of changed) statement.changeText += `${clausesJoin(clauses[c - 1]!)}${clause.trim()}`;
        continue;
      }
      if (changed && REASON.test(clause)) {
        const explanation = clauses.slice(c).join('').trim();
        for (const statement of changed) statement.explanation = explanation;
        break;
      }
      changed = undefined;
      if (PARTS_OPEN.test(clause) && last) list = { head: last, parts: [] };
      const compare = COMPARE.exec(clause);
      if (compare) {
        const before = clause.slice(0, compare.index);
        const flat = /持平|相同/.test(compare[3]!);
        const amount = flat ? null : FIGURE.exec(clause.slice(compare.index));
        const change = amount ? signed(compare[3]!, amount) : undefined;
        const upto = compare.index + (amount ? amount.index + amount[0].length : compare[0].length);
        const own = subjectsOf(before, true);
        let targets: Statement[];
        if (own.length > 0) {
          // The clause names its subject: it completes that subject's statement in this section, or stands alone.
          targets = own.map((subject) => {
            const open = mine.find((s) => s.subject === subject.subject && s.fund === subject.fund && s.changeText === undefined);
            if (open) return open;
            const statement = make(subject);
            mine.push(statement);
            return statement;
          });
        } else if (before.replace(FILLER, '') !== '') targets = [];
        else if (!last) targets = paragraphHead && paragraphHead.changeText === undefined ? [paragraphHead] : [];
        else if (list && list.parts.length >= 2 && list.parts.every((part) => part.every((s) => s.changeText === undefined)) && list.head.every((s) => s.changeText === undefined)) {
          // A change after a list of parts none of which has its own is the whole's.
          targets = list.head;
        } else targets = last.filter((s) => s.changeText === undefined);
        const text = (own.length > 0 ? clause.slice(0, upto) : clause.slice(compare.index, upto)).trim();
        for (const statement of targets) {
          statement.changeText = text;
          if (change !== undefined) statement.change = change;
        }
        changed = targets;
        continue;
      }
      // "本部门当年无政府采购预算", "未安排政府采购预算": the department says it has none, a figure of 0.
      const none = /(?:^|[^增减])(?:无|未安排)(.+)$/.exec(clause);
      if (none && none[1]!.length <= 20 && !FIGURE.test(clause) && !/增减|变化/.test(none[1]!)) {
        for (const subject of subjectsOf(none[1]!)) {
          if (!mine.some((s) => s.subject === subject.subject && s.fund === subject.fund && s.amount === 0)) mine.push({ ...subject, amount: 0, section });
        }
        continue;
      }
      // "基本支出增加17.50万元": a change of a subject without a comparison word.
      const rise = /^(.*?)(增加|减少)\s*$/.exec(clause.slice(0, FIGURE.exec(clause)?.index ?? 0));
      const riseOf = rise ? subjectsOf(rise[1]!, true) : [];
      if (rise && riseOf.length > 0) {
        const amount = FIGURE.exec(clause)!;
        const statements = riseOf.map((subject) => ({
          ...make(subject),
          change: signed(rise[2]!, amount),
          changeText: clause.slice(0, amount.index + amount[0].length).replace(PARTS_OPEN, '').trim(),
        }));
        mine.push(...statements);
        changed = statements;
        last = statements;
        continue;
      }
      for (const { words, figure, unit: printed } of figuresIn(clause)) {
        // A figure after 增加/减少 with no subject of its own is a change of something unnamed, not an amount.
        const subjects = /(增加|减少|增长|下降)\s*$/.test(words) ? [] : subjectsOf(words);
        // Parts inherit the whole's fund: in its list, or later in the section for the parts of spending
        // ("一般公共预算基本支出…其中：人员经费…。" / "公用经费 65.04 万元").
        const whole = list?.head[0] ?? mine.find((s) => s.fund && PARTS_OF[s.subject]);
        const inherited = list ? whole?.fund : subjects.every((subject) => whole && PARTS_OF[whole.subject]?.includes(subject.subject)) ? whole?.fund : undefined;
        const statements = subjects.map((subject) => make(!subject.fund && inherited ? { ...subject, fund: inherited } : subject, { figure, unit: printed }));
        mine.push(...statements);
        last = statements;
        if (list) list.parts.push(statements);
        paragraphHead ??= statements[0];
      }
    }
  }
}

/** A change amount, negative when the verb says it fell. */
const signed = (verb: string, amount: RegExpExecArray) => toYuan((FALLING.test(verb) ? -1 : 1) * (parseFigure(amount[1]!) ?? 0), amount[2] as Unit);

/** The delimiter a clause ended with, to rejoin wording verbatim. */
const clausesJoin = (clause: string) => /[，,；;：:]$/.exec(clause)?.[0] ?? '';

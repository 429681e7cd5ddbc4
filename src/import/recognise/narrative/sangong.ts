/**
 * The 三公 figures from the 三公 table the tables recogniser found: either one column per part (合计, 因公出国（境）费
 * …, with previous-/change- columns when the table prints them) or one row per part. Parts printed blank are 0.
 */
import type { Row, Sangong, SangongAmounts, Section, Statement, Table } from '../../../data/schema.js';

export const PARTS: [keyof SangongAmounts, string][] = [
  ['total', 'total'],
  ['outbound', 'outbound'],
  ['vehicles', 'vehicles'],
  ['vehiclePurchase', 'vehicle-purchase'],
  ['vehicleOperation', 'vehicle-operation'],
  ['reception', 'reception'],
];

const amount = (value: unknown) => (typeof value === 'number' ? value : 0);

export function sangongOf(tables: readonly Table[]): Omit<Sangong, 'changeText' | 'explanation'> | undefined {
  const table = tables.find((candidate) => candidate.kind === 'sangong' && candidate.status !== 'unavailable');
  if (!table) return undefined;
  const keys = new Set(table.columns.map((column) => column.key));
  const sources = [table.id];
  if (keys.has('reception') || keys.has('outbound')) {
    const row = table.rows.find((candidate) => candidate.role === 'total') ?? table.rows[0];
    const values = row?.values ?? {};
    // A table that prints 会议费 and 培训费 beside the 三公 parts gives the 三公 total its own 小计 column.
    const whole = keys.has('sangong-subtotal') ? 'sangong-subtotal' : 'total';
    const read = (prefix: string) => Object.fromEntries(PARTS.map(([part, key]) => [part, amount(values[prefix + (part === 'total' ? whole : key)])])) as SangongAmounts;
    const printed = (prefix: string) => [...keys].some((key) => key.startsWith(prefix));
    const pair = (key: string) => (keys.has(key) ? { current: amount(values[key]), ...(keys.has(`previous-${key}`) ? { previous: amount(values[`previous-${key}`]) } : {}) } : undefined);
    const meetings = pair('meetings');
    const training = pair('training');
    return {
      current: read(''),
      ...(printed('previous-') ? { previous: read('previous-') } : {}),
      ...(printed('change-') ? { change: read('change-') } : {}),
      ...(meetings ? { meetings } : {}),
      ...(training ? { training } : {}),
      sources,
    };
  }
  // One row per part: without the 三公 total's row there is no 三公 total to give (never 0 for a row not found).
  if (!partRow(table, 'total', 'total')) return undefined;
  const current = Object.fromEntries(PARTS.map(([part, key]) => [part, amount(partRow(table, part, key)?.values.total)])) as SangongAmounts;
  return { current, sources };
}

/**
 * A part's row in a table of one row per part: by its key where the table gave one, else by its printed name, in the
 * words the narrative uses for it (“三公”经费小计, 一、因公出国（境）费, 其中：公务用车购置费 …; the first such row, so
 * 因公出国 is the part, not its 其中 row). The total is the 三公 row, else the table's total row.
 */
function partRow(table: Table, part: keyof SangongAmounts, key: string): Row | undefined {
  const keyed = (part === 'total' ? ['sangong', 'sangong-total'] : [key]).map((k) => table.rows.find((row) => row.key === k)).find(Boolean);
  const words = PART_WORDS.find(([, named]) => named === part)![0];
  return keyed ?? table.rows.find((row) => words.test(row.name ?? '')) ?? (part === 'total' ? table.rows.find((row) => row.role === 'total') : undefined);
}

/** The 三公 parts as the narrative names them, the more specific first. */
export const PART_WORDS: [RegExp, keyof SangongAmounts][] = [
  [/三公/, 'total'],
  [/因公出国/, 'outbound'],
  [/公务用车购置及运/, 'vehicles'],
  [/公务用车购置费/, 'vehiclePurchase'],
  [/公务用车运[行维]/, 'vehicleOperation'],
  [/公务接待/, 'reception'],
];
/** "公务接待费较 2023 年预算减少 0.05 万元": a part's change as a sentence of its own. */
const PART_CHANGE = /^([^，。；]*?)(较|比|与)\s*(上年|去年|20\d{2}\s*年)[^，。；]*?(增加|减少|增长|下降)\s*(-?[\d.]+)\s*(亿元|万元|元)/;

/**
 * What the narrative adds to the 三公 table: the change as worded and its reason (from the 三公 statement, or
 * from sentences that each give one part's change), and 会议费/培训费 when no table printed them.
 */
export function narrativeSangong(statements: readonly Statement[], sections: readonly Section[]): Partial<Pick<Sangong, 'change' | 'changeText' | 'explanation' | 'meetings' | 'training'>> & { section?: string } {
  const stated = statements.find((statement) => statement.subject === 'sangong' && statement.changeText !== undefined);
  const figure = (subject: 'meetings' | 'training') => {
    const amount = statements.find((statement) => statement.subject === subject && statement.amount !== undefined)?.amount;
    return amount === undefined ? {} : { [subject]: { current: amount } };
  };
  const extras = { ...figure('meetings'), ...figure('training') };
  if (stated) {
    // "与上年持平" / "较上年相同" publishes the total's change as 0 (the card then derives last year's total).
    const total = stated.change ?? (/持平|相同/.test(stated.changeText!) ? 0 : undefined);
    return {
      ...(total !== undefined ? { change: { total } } : {}),
      changeText: stated.changeText!,
      ...(stated.explanation ? { explanation: stated.explanation } : {}),
      ...extras,
      ...(stated.section ? { section: stated.section } : {}),
    };
  }
  const section = sections.find((candidate) => candidate.kind === 'sangong' || /三公/.test(candidate.title));
  const change: Partial<SangongAmounts> = {};
  const wording: string[] = [];
  let explanation: string | undefined;
  // Headings that carry a part's change ("（一）公务接待费较 2023 年预算减少 0.05 万元，减少") count as its text.
  const textOf = (candidate: Section) => [candidate.title.replace(/^[（(][一二三四五六七八九十]+[）)]\s*/, ''), ...candidate.paragraphs].join('');
  for (const text of sections.filter((candidate) => candidate === section || PART_CHANGE.test(textOf(candidate))).map(textOf)) {
    for (const sentence of text.match(/[^。]+。?/g) ?? []) {
      const hit = PART_CHANGE.exec(sentence);
      const part = hit && PART_WORDS.find(([pattern]) => pattern.test(hit[1]!))?.[1];
      if (hit && part && change[part] === undefined) {
        const value = Number(hit[5]) * (hit[6] === '亿元' ? 1e8 : hit[6] === '万元' ? 1e4 : 1);
        change[part] = Math.round((/减少|下降/.test(hit[4]!) ? -value : value) * 100) / 100;
        wording.push(sentence.trim());
      } else if (wording.length > 0 && !explanation && /^[^，]{0,8}主要(原因|是|为)/.test(sentence)) explanation = sentence.trim();
    }
  }
  if (wording.length === 0) return { ...extras, ...(section ? { section: section.id } : {}) };
  return { change, changeText: wording.join('\n'), ...(explanation ? { explanation } : {}), ...extras, ...(section ? { section: section.id } : {}) };
}

/**
 * 会议费 (30215) and 培训费 (30216) from the 一般公共预算基本支出 table, for a document that prints them there
 * and not beside the 三公 figures.
 */
export function meetingsAndTraining(tables: readonly Table[]): { meetings?: { current: number }; training?: { current: number }; source?: string } {
  const table = tables.find((candidate) => candidate.kind === 'general-budget-basic' && candidate.status !== 'unavailable');
  if (!table) return {};
  const current = (code: string, name: string) => {
    const value = table.rows.find((row) => row.code === code || row.name.trim() === name)?.values.total;
    return typeof value === 'number' ? { current: value } : undefined;
  };
  const meetings = current('30215', '会议费');
  const training = current('30216', '培训费');
  return meetings || training ? { ...(meetings ? { meetings } : {}), ...(training ? { training } : {}), source: table.id } : {};
}

/**
 * Where the tables are: every line that names a table (identity.ts), told apart as a contents entry or the title
 * of a table printed below it, with the table's number, unit and extent in the block stream. Tables the contents
 * list (or the numbering skips) but the source does not print are returned as missing.
 */
import type { Unit } from '../../../data/schema.js';
import type { SourceBlock } from '../../source.js';
import { identify, isNumberLine, splitNumbering, type TableIdentity } from './identity.js';
import { isFiguredRow, isFigure, isProse, squash, unitOf, withoutMarkers } from './text.js';

export interface TableSpan {
  /** Index of the title block. */
  titleBlock: number;
  /** Blocks of the table: from after the title to before the next table or the end of the tables. */
  start: number;
  end: number;
  number?: string;
  title: string;
  identity: TableIdentity;
  unit?: Unit;
  /** Further block ranges of the same table, continued under its repeated title on the next page. */
  continued?: { start: number; end: number }[];
}

export interface MissingTable {
  number?: string;
  title: string;
  identity: TableIdentity;
  /** Index in the published order: the missing table goes before the span with this index (or last). */
  before: number;
}

export interface Outline {
  spans: TableSpan[];
  missing: MissingTable[];
  /** Blocks the outline used (titles, numbers, contents entries, units). */
  used: number[];
}

interface Candidate {
  block: number;
  number?: string;
  title: string;
  identity: TableIdentity;
}

const textOf = (block: SourceBlock | undefined): string =>
  !block ? '' : block.kind === 'paragraph' ? block.text : block.rows.map((row) => row.map((c) => c.text).join('\t')).join('\n');

/** A heading that starts a new part of the document ("第三部分", "附件"), which ends the table before it. */
const isPartHeading = (text: string): boolean => /^(第[一二三四五六七八九十]+部分|附件|附表说明)/.test(squash(text));

function candidates(blocks: SourceBlock[]): Candidate[] {
  const found: Candidate[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const { number, title } = splitNumbering(block.text);
    const identity = identify(title);
    if (identity) found.push({ block: index, ...(number ? { number } : {}), title: withoutMarkers(title).trim(), identity });
  });
  return found;
}

/** A title heads a printed table when its unit, headers or figures follow before the next title. */
function headsTable(blocks: SourceBlock[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 12); i += 1) {
    const text = textOf(blocks[i]);
    if (unitOf(text) || blocks[i]?.kind === 'grid') return true;
    if (!isProse(text) && text.split(/\s+/).some(isFigure)) return true;
    if (/^(项目|科目|单位名称|预算数|合计|指标)/.test(squash(text))) return true;
  }
  return false;
}

/** A number printed on its own line just before (or just after) the title: "公开表1" / "表13-1". */
function numberNear(blocks: SourceBlock[], title: number): { number: string; block: number } | undefined {
  for (const i of [title - 1, title - 2, title - 3, title + 1]) {
    const block = blocks[i];
    if (block?.kind === 'paragraph' && isNumberLine(block.text)) return { number: squash(withoutMarkers(block.text)), block: i };
    if (i < title && block?.kind === 'paragraph' && !unitOf(block.text)) break;
  }
  return undefined;
}

/**
 * A number printed on its own line further before the title, apart from it (表9 / 单位：元 / the rows printed before
 * the title / the title; or 表15 / a form / its title at the foot): the last number line after the previous title
 * that no title has near it is this table's, since a number line heads the table that follows it.
 */
function numberApart(blocks: SourceBlock[], after: number, title: number, claimed: ReadonlySet<number>): { number: string; block: number } | undefined {
  for (let i = title - 1; i > after; i -= 1) {
    const block = blocks[i];
    if (block?.kind === 'paragraph' && isNumberLine(block.text)) return claimed.has(i) ? undefined : { number: squash(withoutMarkers(block.text)), block: i };
  }
  return undefined;
}

/** The unit printed with the table: between its number and title, or in its first lines. */
function unitNear(blocks: SourceBlock[], from: number, to: number): { unit: Unit; block: number } | undefined {
  for (let i = from; i < to; i += 1) {
    const unit = unitOf(textOf(blocks[i]));
    if (unit) return { unit, block: i };
  }
  return undefined;
}

/** Where the last table's body stops: at a new part of the document, or at two lines of prose in a row (no table's rows). */
function endOfLast(blocks: SourceBlock[], start: number): number {
  const isProseBlock = (i: number) => isProse(textOf(blocks[i])) && !isFiguredRow(blocks[i]);
  for (let i = start; i < blocks.length; i += 1) {
    const text = textOf(blocks[i]);
    if (isPartHeading(text)) return i;
    if (isProseBlock(i) && isProseBlock(i + 1) && !/^注/.test(squash(text))) return i;
  }
  return blocks.length;
}

const sameTitle = (a: string, b: string) => squash(a).replace(/[()（）]/g, '') === squash(b).replace(/[()（）]/g, '');

export function outline(blocks: SourceBlock[]): Outline {
  const found = candidates(blocks);
  const spans: TableSpan[] = [];
  const contents: Candidate[] = [];
  const used: number[] = [];
  const nearNumbers = found.map((candidate) => numberNear(blocks, candidate.block)?.block);
  const claimed = new Set(nearNumbers.filter((block) => block !== undefined));
  found.forEach((candidate, k) => {
    const next = found[k + 1]?.block ?? blocks.length;
    const base = { titleBlock: candidate.block, end: next, title: candidate.title, identity: candidate.identity, ...(candidate.number ? { number: candidate.number } : {}) };
    const apart = candidate.number || nearNumbers[k] !== undefined ? undefined : numberApart(blocks, found[k - 1]?.block ?? -1, candidate.block, claimed);
    if (headsTable(blocks, candidate.block + 1, next)) {
      spans.push({ ...base, start: candidate.block + 1, ...(apart ? { number: apart.number } : {}) });
      if (apart) used.push(apart.block);
    } else if (apart && apart.block + 1 < candidate.block && headsTable(blocks, apart.block + 1, candidate.block)) {
      // The title printed at the table's foot: the table runs from its number line on, its title and notes within.
      spans.push({ ...base, start: apart.block + 1, number: apart.number });
      used.push(apart.block);
    } else contents.push(candidate);
    used.push(candidate.block);
  });
  spans.forEach((span, k) => {
    const next = spans[k + 1];
    const near = numberNear(blocks, span.titleBlock);
    if (near) {
      span.number ??= near.number;
      used.push(near.block);
    }
    if (next && next.start < next.titleBlock) span.end = Math.min(span.end, next.start - 1);
    else if (next) {
      // The next table's own number line, printed before its title, is not part of this table.
      const nextNumber = numberNear(blocks, next.titleBlock);
      span.end = Math.min(span.end, nextNumber && nextNumber.block < next.titleBlock ? nextNumber.block : next.titleBlock);
    } else span.end = endOfLast(blocks, Math.max(span.start, span.titleBlock + 1));
    const unit = unitNear(blocks, near && near.block < span.titleBlock ? near.block : Math.min(span.start, span.titleBlock) - 1, Math.min(span.end, span.start + 8));
    if (unit) {
      span.unit = unit.unit;
      used.push(unit.block);
    }
  });
  return { spans: joinContinued(spans), missing: missingTables(spans, contents), used };
}

/** A table whose title is printed again, unnumbered, right after it continues on the next page: one table. */
function joinContinued(spans: TableSpan[]): TableSpan[] {
  const joined: TableSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && span.number === undefined && sameTitle(previous.title, span.title)) {
      previous.continued = [...(previous.continued ?? []), { start: span.start, end: span.end }];
    } else joined.push(span);
  }
  return joined;
}

/** Contents entries no printed table answers, and numbers the printed tables skip ("表5", "表7": 表6 is missing). */
function missingTables(spans: TableSpan[], contents: Candidate[]): MissingTable[] {
  const missing: MissingTable[] = [];
  const seen = new Set<string>();
  // Numbers first: a printed table takes the number its contents entry gives it, so that the missing ones can be
  // placed between the numbers around them.
  for (const entry of contents) {
    const printed = spans.find((span) => sameTitle(span.title, entry.title));
    if (printed && entry.number) printed.number ??= entry.number;
  }
  for (const entry of contents) {
    const key = entry.number ?? squash(entry.title);
    if (seen.has(key)) continue;
    seen.add(key);
    // By title, by number, or as the one unnumbered printed table of the same identity (国有资本经营预算表 listed,
    // 国有资本经营预算支出表 printed).
    const printed =
      spans.find((span) => sameTitle(span.title, entry.title) || (entry.number && span.number === entry.number)) ??
      spans.find((span) => span.number === undefined && span.identity.id === entry.identity.id && span.identity.kind !== 'other');
    if (printed) {
      printed.number ??= entry.number;
      continue;
    }
    // Same number printed elsewhere under a longer title ("…(商品和服务支出)" listed twice): not missing.
    if (contents.some((other) => other !== entry && other.number === entry.number && spans.some((s) => sameTitle(s.title, other.title)))) continue;
    const later = spans.findIndex((span) => span.number !== undefined && entry.number !== undefined && compareNumbers(span.number, entry.number) > 0);
    missing.push({ ...(entry.number ? { number: entry.number } : {}), title: entry.title, identity: entry.identity, before: later < 0 ? spans.length : later });
  }
  return [...missing, ...numberingGaps(spans, missing)];
}

const majorOf = (number: string): { prefix: string; major: number } | undefined => {
  const match = /^(\D*)(\d+)(?:-\d+)?$/.exec(number);
  return match ? { prefix: match[1]!, major: Number(match[2]) } : undefined;
};

function compareNumbers(a: string, b: string): number {
  const parse = (n: string) => (/(\d+)(?:-(\d+))?$/.exec(n) ?? []).slice(1).map((x) => Number(x ?? 0));
  const [a1 = 0, a2 = 0] = parse(a);
  const [b1 = 0, b2 = 0] = parse(b);
  return a1 - b1 || a2 - b2;
}

/** "表5" then "表7" with the same prefix: 表6 was skipped by the source, or lost by the extraction. */
function numberingGaps(spans: TableSpan[], known: MissingTable[]): MissingTable[] {
  const gaps: MissingTable[] = [];
  const majors = spans.map((span) => (span.number ? majorOf(span.number) : undefined));
  for (let k = 1; k < spans.length; k += 1) {
    const a = majors[k - 1];
    const b = majors[k];
    if (!a || !b || a.prefix !== b.prefix || !a.prefix) continue;
    for (let n = a.major + 1; n < b.major; n += 1) {
      const number = `${a.prefix}${n}`;
      if (known.some((m) => m.number === number)) continue;
      gaps.push({ number, title: number, identity: { kind: 'other', id: `table-${n}`, confidence: 0.3 }, before: k });
    }
  }
  return gaps;
}

/**
 * The document's identity: department, region, year, budget or final accounts, the unit it prints amounts in, its
 * budget units and a source title. Everything is read from the text; what the text does not say is an assumption
 * in the report, never a silent guess.
 */
import type { Meta, Unit } from '../../data/schema.js';
import type { ReportNote } from '../report.js';
import type { SourceDocument } from '../source.js';
import type { PartResult } from './part.js';
import { squash, unitOf, withoutMarkers } from './tables/text.js';

export interface MetaOptions {
  year?: number;
  department?: string;
}

export type MetaValue = { meta: Meta; kind: 'budget' | 'final-accounts' };

/** An organisation named after its place: "某某县医疗保障局", "某县卫生健康局", "某某市医疗保障局". */
const ORGANISATION = /([\u4e00-\u9fa5]{1,8}?(?:自治县|自治州|县|市|区|旗|州|省))([\u4e00-\u9fa5]{2,20}?(?:局|委员会|办公室|中心|院|厅|委|会|所|馆|站))/;

/** What a disclosure's title calls itself after the department and year: 部门预算, 单位综合预算, 部门决算 … */
const DISCLOSURE = '(?:部门|单位)(?:综合)?(?:预算|决算)';
/** A title line that names no department: "2025年部门预算表". */
const UNNAMED_TITLE = new RegExp(`^\\d{4}年${DISCLOSURE}`);

/**
 * Lines that name the publishing department: "部门：X", "部门（单位）名称：X", "X2025年部门预算…", and
 * the year first, as some titles print it: "2024年X部门预算公开".
 */
const NAMED = [
  /^部门(?:（单位）)?(?:名称)?[:：](.+?)(?:金额单位.*)?$/,
  new RegExp(`^(?:附[:：])?(?:\\d{2,9})?(.+?)(?:\\d{4}年)${DISCLOSURE}`),
  new RegExp(`^\\d{4}年(?:度)?(${ORGANISATION.source})${DISCLOSURE}`),
];

/** The year of a budget or final accounts, its department named between them or not: "2025年部门预算", "2024年X部门预算". */
const YEAR = new RegExp(`(\\d{4})年(?:度)?(?:${ORGANISATION.source})?(?:部门|单位)?(?:综合)?(?:预算|决算)`, 'g');

const count = <T>(values: T[]): Map<T, number> => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>());
const mostCommon = <T>(values: T[]): T | undefined => [...count(values)].sort((a, b) => b[1] - a[1])[0]?.[0];

/** Headings before the name: "第二部分", "附：", a code; never the year a title may open with ("2024年…"). */
const withoutHeading = (line: string) => line.replace(/^(第[一二三四五六七八九十]+部分[:：]?|附[:：]|\d{2,9}(?![\d年]))/, '');

function departmentOf(lines: string[]): string | undefined {
  const names: string[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = withoutHeading(raw);
    // A name alone on the line before "2025年部门预算表".
    const next = lines[i + 1] ?? '';
    const alone = UNNAMED_TITLE.test(next) ? ORGANISATION.exec(line) : null;
    if (alone && alone[0] === line) names.push(alone[0]);
    for (const pattern of NAMED) {
      const match = pattern.exec(line);
      const name = match ? ORGANISATION.exec(match[1]!) : null;
      if (name) names.push(name[0]);
    }
  }
  return mostCommon(names);
}

function yearOf(lines: string[]): number | undefined {
  const years = lines.flatMap((line) => [...line.matchAll(YEAR)].map((m) => Number(m[1])));
  return mostCommon(years.filter((y) => y >= 1990 && y <= 2100));
}

/** A line that is the disclosure's title: its department and year, and what it is, with nothing else but "公开" or "表". */
const isTitle = (line: string, name: string, year: number) =>
  new RegExp(`^(?:\\d{4}年(?:度)?)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\d{4}年(?:度)?)?${DISCLOSURE}(?:公开)?(?:表)?$`).test(line) && line.includes(String(year));

const note = (zh: string, en: string): ReportNote => ({ kind: 'assumption', message: { 'zh-CN': zh, en } });

export function recogniseMeta(source: SourceDocument, options: MetaOptions = {}): PartResult<MetaValue> | undefined {
  const lines = source.blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [squash(withoutMarkers(block.text))] : block.rows.map((row) => squash(row.map((c) => c.text).join(''))),
  );
  /** The block each line came from (a grid gives one line a row). */
  const blockOf = source.blocks.flatMap((block, index) => (block.kind === 'paragraph' ? [index] : block.rows.map(() => index)));
  const notes: ReportNote[] = [];
  const name = options.department ?? departmentOf(lines);
  const year = options.year ?? yearOf(lines);
  if (!name || !year) return undefined;
  if (options.department) notes.push(note(`部门名称由命令行提供：${name}`, `department name supplied on the command line: ${name}`));
  if (options.year) notes.push(note(`年度由命令行提供：${year}`, `year supplied on the command line: ${year}`));

  const units = lines.map(unitOf).filter((u): u is Unit => u !== undefined);
  const publishedUnit = mostCommon(units) ?? '万元';
  if (units.length === 0) notes.push(note('未找到金额单位，按万元读取', 'no amount unit found; amounts read as 万元'));

  const place = ORGANISATION.exec(name)?.[1] ?? '';
  // Only a province printed with the place ("某某省某某市某某县") is taken; a province named in prose is not this one.
  const province = lines.map((l) => new RegExp(`([\u4e00-\u9fa5]{2,3}(?:省|自治区))(?:[\u4e00-\u9fa5]{2,4}市)?${place}`).exec(l)?.[1]).find((p) => p !== undefined);
  const region: Meta['region'] = { province: province ?? '未注明', ...(place ? { county: place } : {}) };
  if (!province) notes.push(note('文档未注明省份，省份记为“未注明”', 'the source does not state the province; recorded as 未注明 (not stated)'));

  // The department's code: printed just before its name ("450某某县医疗保障局", or on the line above in a table).
  const code = lines
    .map((line, i) => (line.endsWith(name) ? (/^(\d{3,9})/.exec(line)?.[1] ?? (line === name ? /^(\d{3,9})$/.exec(lines[i - 1] ?? '')?.[1] : undefined)) : undefined))
    .find((c) => c !== undefined);
  const kind = lines.filter((l) => /决算/.test(l)).length > lines.filter((l) => /预算/.test(l)).length ? 'final-accounts' : 'budget';
  // The title lines (a cover's "X2025年部门综合预算公开") are the document's title, as printed: used here, not
  // narrative or unused. Without one, the title is made from the name and year.
  const titleLines = lines.flatMap((line, i) => (isTitle(line, name, year) ? [i] : []));
  const title = titleLines.length ? lines[titleLines[0]!]! : `${name}${year}年部门${kind === 'budget' ? '预算' : '决算'}`;
  const meta: Meta = {
    department: { name, ...(code ? { code } : {}) },
    region,
    year,
    publishedUnit,
    units: [{ name, ...(code ? { code } : {}) }],
    source: { title, ...(source.name ? { file: source.name } : {}) },
  };
  return { value: { meta, kind }, used: [...new Set(titleLines.map((i) => blockOf[i]!))], notes, found: [] };
}

/**
 * Narrative sections: a heading (一、 （一） 1、 第一部分) and the sentences under it, up to the next heading.
 * Lines that are not sentences (table cells, titles) are left to the tables recognisers; rows of a grid, and the
 * blocks in `skip` (those the tables were read from), are never a heading.
 */
import type { Section, SectionKind } from '../../../data/schema.js';
import type { SourceBlock } from '../../source.js';
import { squash } from '../tables/text.js';

const HEADING = /^([一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d+、|第[一二三四五六七八九十]+部分)/;

/** Heading words → section kind, the more specific first. */
const KINDS: [RegExp, SectionKind][] = [
  [/三公/, 'sangong'],
  [/机关运行经费/, 'operating-costs'],
  [/政府采购/, 'procurement'],
  [/国有资产|资产占用|资产占有/, 'assets'],
  // 专项资金 sections list the special funds a department manages, not its performance goals.
  [/专项资金/, 'other'],
  [/绩效/, 'performance'],
  [/政府性基金/, 'gov-fund'],
  [/国有资本/, 'state-capital'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/一般公共预算/, 'general-budget'],
  [/财政拨款收支/, 'fiscal'],
  [/收入/, 'income'],
  [/支出预算|支出说明/, 'expenditure'],
  [/总体情况|收支预算|收支总体|比上年增减/, 'overview'],
  [/职能|职责/, 'functions'],
  [/机构设置|内设机构/, 'structure'],
  [/单位构成/, 'units'],
  [/人员/, 'staffing'],
  [/重点工作|工作任务/, 'key-tasks'],
];

/** A heading's text without the bookmarks a DOCX extraction left before it ("[bookmark: _Toc_3_3_13]四、…"). */
export const headingText = (text: string) => text.replace(/^(\[bookmark:[^\]]*\]\s*)+/, '').trim();
/** A sub-heading with its text on the same line: "（一）收入预算：包括…", "(二) 项目支出: 2024年…". */
const INLINE_HEADING = /^([（(]\s*[一二三四五六七八九十]+\s*[）)]\s*[^：:，。,；;\s]{2,24}?)\s*[：:]\s*(\S.*)$/;
export const isHeading = (text: string) => {
  const heading = headingText(text);
  // A stop set apart after a space ("…具体使用情况 。") ends no sentence: the line is still a heading.
  return HEADING.test(heading) && heading.length <= 50 && (!/[。；]$/.test(heading) || /^[^，。；]+\s。$/.test(heading));
};
const kindOf = (title: string) => KINDS.find(([pattern]) => pattern.test(title))?.[1];
/** A label alone on its line ("部门职责：", "主要职责是："): a paragraph of its own, or a section of its own (below). */
const LABEL = /^[\u4e00-\u9fa5]{2,10}[：:]$/;
/** A heading's words without its number, to know the title line printed again under it. */
const headingWords = (title: string) => squash(title.replace(HEADING, '')).replace(/^[：:]/, '');
const isSentence = (text: string) => /[。；：:！]$/.test(text) || text.length > 40;
/**
 * Where a paragraph may start: a sentence, a line with a sentence's commas or stops in it (text wrapped at the
 * page width), or a line whose figure or unit the next line carries ("…基本支出 784.34" / "万元，其中：").
 */
const startsProse = (text: string, next: string | undefined) =>
  isSentence(text) || /[，。；]|、$/.test(text) || /^([\d.,]+\s*)?(亿元|万元|元|[%％，。；])/.test(next ?? '');
const opensProse = (text: string, next: string | undefined, afterNext: string | undefined) =>
  startsProse(text, next) || (next !== undefined && wrapsInto(text, next) && (/[。；！]$/.test(next) || startsProse(next, afterNext)));
/** A line that opens a numbered item: "1.", "2、", "(1)", "（二）". */
const ITEM = /^(\d+\s*[.．、]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)])/;
/**
 * An item's name on its own line: numbered, no sentence's punctuation, ending in the words that end a title
 * ("1.按照部门预算支出经济分类的类级科目说明", "（二）项目支出情况"). A sentence wrapped at the page width stops anywhere.
 */
const ITEM_NAME = new RegExp(`${ITEM.source}[^，。；：:]*(说明|情况)$`);
/** Words parted by spaces, three or more, with nothing else: a table's header cells ("报表 报表名称 是否空表"). */
const HEADER_CELLS = /^[\u4e00-\u9fa5]+(\s+[\u4e00-\u9fa5]+){2,}$/;
/**
 * A line the next one goes on from, the next ending the sentence ("…预算拨款安排的支" / "出 312.62 万元。") or going
 * on itself ("1．社会保障和就业（类）…（款）" / "…（项）2024 年预算数为" / "77.93 万元，…"): a sentence wrapped at the
 * page width, so a line of a page's width (a short one is a title, a cell or an item's name). Not a table's title, and
 * not when the next line opens an item of its own (a number, a bracket, a note, a label: "职责描述：…").
 */
const wrapsInto = (text: string, next: string) =>
  squash(text).length >= 16 &&
  !/表$/.test(text) &&
  !ITEM_NAME.test(text) &&
  !HEADER_CELLS.test(text) &&
  !next.includes('\t') &&
  !/^(\d+\s*[.．、]|[（(]|注|[^，。；：:\s]{1,8}[：:])/.test(next) &&
  !isHeading(next);

/** A line with a figure in it (a row's amount, a code): "一、上年结转 60.70", "2101501". */
const FIGURE = /\d[\d,]*\.\d+|\d{3,}/;
/** A label ("部门职责：") or a table's title: words a table's cells may hold that still lead into the narrative. */
const isLead = (text: string) => LABEL.test(text) || /表$/.test(headingText(text));
/**
 * A heading among the lines a table was read from heads narrative only when it prints no figure and what follows it
 * is not another of the table's cells with a figure: narrative printed between tables shares their span, rows do not.
 */
function headsNarrative(blocks: readonly SourceBlock[], index: number, skip: ReadonlySet<number>): boolean {
  const text = (blocks[index] as { text: string }).text;
  if (FIGURE.test(headingText(text))) return false;
  const next = blocks[index + 1];
  if (next?.kind !== 'paragraph' || !skip.has(index + 1)) return true;
  const nextText = next.text.trim();
  return !FIGURE.test(nextText) && (isHeading(nextText) || isLead(nextText) || !!INLINE_HEADING.exec(headingText(nextText)));
}

/**
 * After a line ending in a colon ("…456.72 万元，其中："), parts printed as sentences of their own (the next stop is
 * 。, or each opens with its number: "(1) 负责…；") are paragraphs of their own, as printed; parts run on in one
 * sentence (the next stop is ；) stay with it. A label alone ("其中：") leads into its sentence.
 */
function partsApart(blocks: readonly SourceBlock[], index: number): boolean {
  for (let at = index + 1; at < blocks.length; at += 1) {
    const block = blocks[at]!;
    if (block.kind !== 'paragraph' || isHeading(block.text.trim()) || ITEM.test(block.text.trim())) return true;
    const stop = /[。；]/.exec(block.text);
    if (stop) return stop[0] === '。';
  }
  return true;
}

/** How a heading is numbered: "一、", "（一）", "1、", "第一部分". */
const markerOf = (title: string) => {
  const marker = HEADING.exec(headingText(title))?.[1] ?? '';
  return marker.replace(/[一二三四五六七八九十]+/g, '一').replace(/\d+/g, '1').replace(/\s+/g, '').replace(/[(]/g, '（').replace(/[)]/g, '）');
};

export function findSections(blocks: readonly SourceBlock[], skip: ReadonlySet<number>): { sections: Section[]; used: number[] } {
  const sections: Section[] = [];
  const used: number[] = [];
  /** Where each section's heading stands. */
  const at: number[] = [];
  let current: { section: Section; open: string } | undefined;
  const open = (title: string, index: number) => {
    const opened = { section: { id: `section-${sections.length + 1}`, kind: kindOf(title) ?? 'other', title, paragraphs: [] }, open: '' };
    sections.push(opened.section);
    at.push(index);
    used.push(index);
    current = opened;
    return opened;
  };
  const flush = () => {
    if (current?.open) current.section.paragraphs.push(current.open);
    current = undefined;
  };
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' || block.row) return;
    const inline = INLINE_HEADING.exec(headingText(block.text.trim()));
    const text = inline ? inline[1]! : block.text.trim();
    if (skip.has(index) && !(inline || isHeading(text) ? headsNarrative(blocks, index, skip) : LABEL.test(text))) return;
    if (inline || isHeading(text)) {
      flush();
      const opened = open(headingText(text).replace(/\t+/g, ''), index);
      if (!inline) return;
      // The heading's text goes on after its colon on the same line.
      opened.open = inline[2]!;
      if (/[。；！]$/.test(opened.open)) flush();
      return;
    }
    if (!current || block.text.includes('\t')) return;
    if (current.open === '' && current.section.paragraphs.length === 0 && squash(text) === headingWords(current.section.title)) {
      // "第一部分 …情况说明" then "…情况说明": the part's number was printed before its title, and the title is the one printed.
      current.section.title = text;
      used.push(index);
      return;
    }
    // A label naming another kind than its section's ("机构设置：" under 部门职责及机构设置情况) heads what follows, one
    // naming the section's kind is its own line; one naming none ("其中：") leads into its sentence.
    const labelled = current.open === '' && LABEL.test(text) ? kindOf(text) : undefined;
    if (labelled) {
      if (labelled !== current.section.kind) open(text, index);
      else {
        current.section.paragraphs.push(text);
        used.push(index);
      }
      return;
    }
    if (current.open === '' && ITEM_NAME.test(text)) {
      // An item's name is a paragraph of its own, as printed, before the sentences it names.
      current.section.paragraphs.push(text);
      used.push(index);
      return;
    }
    // Lines the extraction broke inside a sentence are joined until the sentence ends.
    const line = (at: number) => (blocks[at]?.kind === 'paragraph' ? blocks[at].text.trim() : undefined);
    if (current.open !== '' || opensProse(text, line(index + 1), line(index + 2))) {
      current.open += text;
      used.push(index);
      if (/[。；！]$/.test(text) || (/：$/.test(text) && !LABEL.test(text) && partsApart(blocks, index))) {
        current.section.paragraphs.push(current.open);
        current.open = '';
      }
    }
  });
  flush();
  // A contents page lists the headings the body prints again: an entry with nothing under it gives way to the heading
  // printed later with the same words.
  const last = new Map(sections.map((section, i) => [squash(section.title), i]));
  // Lines numbered alike one straight after another with nothing under them are the rows of a list or a table
  // printed a cell a line ("二十一、粮油物资储备支出" / "二十二、国有资本经营预算支出"), not headings.
  const listed = (i: number) => sections[i]!.paragraphs.length === 0 && at[i + 1] === at[i]! + 1 && markerOf(sections[i + 1]!.title) === markerOf(sections[i]!.title);
  const rows = new Set(at.filter((_, i) => listed(i)));
  const kept = sections.filter((section, i) => !rows.has(at[i]!) && (section.paragraphs.length > 0 || last.get(squash(section.title)) === i));
  kept.forEach((section, i) => {
    section.id = `section-${i + 1}`;
  });
  // Such rows are left for review, unless a contents page's entries (their headings are printed again later).
  const contents = new Set(at.filter((_, i) => last.get(squash(sections[i]!.title)) !== i));
  return { sections: kept, used: used.filter((index) => !rows.has(index) || contents.has(index)) };
}

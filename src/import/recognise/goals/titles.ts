/**
 * Goal tables by their titles. A title line (…绩效目标表, …绩效目标申报表) is a printed table when an indicator
 * header or a form label follows it, and an entry of the contents otherwise. A printed title repeated on the
 * next page without a number of its own continues the table; a contents entry never printed is unavailable.
 */
import type { SourceBlock, SourcePlace } from '../../source.js';
import { squash } from '../tables/text.js';

export interface GoalTitle {
  kind: 'project-goals' | 'department-goals';
  number?: string;
  title: string;
  note?: string;
  at?: SourcePlace;
  /** Block ranges [from, to) of the printed table; none when only the contents list it. */
  regions: [number, number][];
  /** Blocks [note, to) from the table's last note to where its region ended: a PDF may print cells of the form there. */
  afterNote?: [number, number];
}

const TITLE = /绩效目标(申报)?表/;
/** A number printed on its own line before a title: 公开表6, 表13-1, 表 3. */
const NUMBER_LINE = /^(公开表\s*\d+(?:-\d+)?|表\s*\d+(?:-\d+)?)$/;
/** A number printed before the title on its line: "1、", "22、", "22\t", "（十四）". */
const NUMBER_PREFIX = /^(\d+(?:-\d+)?)(?:[、.．]\s*|\s+)|^[（(]([一二三四五六七八九十]+)[)）]\s*/;
/** Where a goal table ends: a narrative heading, another table's number, a part heading. */
const END = /^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|名词解释|(公开)?表\s*\d)/;
const cjkSpaces = (text: string) => text.replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, '');

function titleAt(blocks: readonly SourceBlock[], i: number): Omit<GoalTitle, 'regions'> | undefined {
  const block = blocks[i];
  if (block?.kind !== 'paragraph') return undefined;
  const text = block.text.trim();
  if (!TITLE.test(squash(text)) || squash(text).length > 60 || /[。，；]/.test(text)) return undefined;
  const prefix = NUMBER_PREFIX.exec(text);
  const previous = blocks[i - 1];
  const numberLine = previous?.kind === 'paragraph' && NUMBER_LINE.test(previous.text.trim()) ? previous.text.trim() : undefined;
  const title = cjkSpaces(prefix ? text.slice(prefix[0].length) : text).trim();
  const number = numberLine ?? prefix?.[1] ?? prefix?.[2];
  return { kind: /整体/.test(title) ? 'department-goals' : 'project-goals', ...(number ? { number } : {}), title, at: block.at };
}

/** A printed table has its indicator header or a form label within a few lines of the title. */
function printed(blocks: readonly SourceBlock[], i: number): boolean {
  for (let j = i + 1; j < Math.min(blocks.length, i + 40); j += 1) {
    const block = blocks[j]!;
    const text = block.kind === 'paragraph' ? squash(block.text) : '';
    if (titleAt(blocks, j)) return false;
    if (/一级指标|项目名称|项目编码|部门名称|预算(（单位）)?名称|年度主要任务/.test(text)) return true;
  }
  return false;
}

export function findGoalTables(blocks: readonly SourceBlock[]): GoalTitle[] {
  const tables: GoalTitle[] = [];
  const contents: Omit<GoalTitle, 'regions'>[] = [];
  let open: { table: GoalTitle; from: number } | undefined;
  const closeAt = (to: number) => {
    if (open) open.table.regions.push([open.from, to]);
    open = undefined;
  };
  for (let i = 0; i < blocks.length; i += 1) {
    const title = titleAt(blocks, i);
    if (title && printed(blocks, i)) {
      closeAt(title.number && NUMBER_LINE.test(title.number) ? i - 1 : i);
      const last = tables[tables.length - 1];
      const continued = last && last.title === title.title && !title.number && last.regions.length > 0;
      const table = continued ? last : { ...title, regions: [] };
      if (!continued) tables.push(table);
      open = { table, from: i + 1 };
      continue;
    }
    if (title) {
      contents.push(title);
      continue;
    }
    const block = blocks[i]!;
    if (open && block.kind === 'paragraph' && END.test(block.text.trim()) && !NUMBER_LINE.test(block.text.trim())) closeAt(i);
    if (open && block.kind === 'paragraph' && NUMBER_LINE.test(block.text.trim()) && !titleAt(blocks, i + 1)) closeAt(i);
  }
  closeAt(blocks.length);
  // Notes printed under a table (注：…) belong to it, not to its indicators.
  for (const table of tables) {
    const entry = contents.find((item) => squash(item.title) === squash(table.title) && item.number);
    if (!table.number && entry?.number) table.number = entry.number;
    const notes: string[] = [];
    for (const region of table.regions) {
      for (let i = region[0]; i < region[1]; i += 1) {
        const block = blocks[i]!;
        if (block.kind === 'paragraph' && /^注[:：]/.test(block.text.trim())) {
          notes.push(block.text.trim());
          table.afterNote = [i, region[1]];
          region[1] = i;
          break;
        }
      }
    }
    if (notes.length > 0) table.note = notes.join('\n');
  }
  const printedTitles = new Set(tables.map((table) => squash(table.title)));
  for (const entry of contents) {
    if (printedTitles.has(squash(entry.title))) continue;
    printedTitles.add(squash(entry.title));
    tables.push({ ...entry, regions: [] });
  }
  return tables;
}

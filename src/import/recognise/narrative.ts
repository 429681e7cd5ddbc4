/**
 * The narrative: sections under their headings, the 三公 figures (from the 三公 table, with the change as the
 * narrative words it), and the glossary (名词解释: "term：definition" lines).
 */
import type { BudgetDocument, Sangong, Section, Statement } from '../../data/schema.js';
import type { PartResult, RecogniseContext } from './part.js';
import { sangongOf } from './narrative/sangong.js';
import { findSections, headingText, isHeading } from './narrative/sections.js';
import { readStatements } from './narrative/statements.js';

type GlossaryEntry = NonNullable<BudgetDocument['glossary']>[number];

/** "较上年减少0.08万元", "与2024年相比减少0.08万元", "与上年持平": the change as published. */
const CHANGE = /(较上年|与上年|比上年|与\s*20\d{2}\s*年(?:预算)?相?比?)[^，。；]*?(增加|减少|持平|相同|增长|下降)[^，。；]*/;

export function recogniseNarrative(context: RecogniseContext): PartResult<{ sections: Section[]; statements: Statement[]; sangong?: Sangong; glossary: GlossaryEntry[] }> {
  const { blocks } = context.source;
  const { sections, used } = findSections(blocks, new Set());
  const glossary = readGlossary(context, used);
  const figures = sangongOf(context.tables);
  let sangong: Sangong | undefined;
  if (figures) {
    const section = sections.find((candidate) => candidate.kind === 'sangong');
    const changeText = section?.paragraphs.map((paragraph) => CHANGE.exec(paragraph)?.[0]).find(Boolean);
    sangong = { ...figures, ...(changeText ? { changeText } : {}), sources: [...figures.sources, ...(section ? [section.id] : [])] };
  }
  const statements = readStatements(sections, context.unit);
  return { value: { sections, statements, ...(sangong ? { sangong } : {}), glossary }, used, notes: [], found: [] };
}

function readGlossary(context: RecogniseContext, used: number[]): GlossaryEntry[] {
  const { blocks } = context.source;
  const start = blocks.findIndex((block, i) => block.kind === 'paragraph' && /名词解释/.test(block.text) && block.text.trim().length < 30 && i > blocks.length / 3);
  if (start < 0) return [];
  const entries: GlossaryEntry[] = [];
  for (let i = start + 1; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph') continue;
    const text = headingText(block.text.trim());
    const entry = /^(?:\d+[、.．]|[（(]\d+[）)])?\s*([^：:。，]{2,30})[：:]\s*(.+)$/.exec(text);
    if (entry) {
      entries.push({ term: entry[1]!.trim(), definition: entry[2]!.trim() });
      used.push(i);
    } else if (isHeading(block.text.trim()) && entries.length > 0) break;
    else if (entries.length > 0) entries[entries.length - 1]!.definition += text;
  }
  return entries;
}

/**
 * The narrative: sections under their headings, the statements (figures stated in words, with the change and
 * its reason as published), the 三公 figures (from the 三公 table, with what the narrative adds), and the
 * glossary (名词解释).
 */
import type { BudgetDocument, Sangong, Section, Statement } from '../../data/schema.js';
import type { PartResult, RecogniseContext } from './part.js';
import { meetingsAndTraining, narrativeSangong, sangongOf } from './narrative/sangong.js';
import { readGlossary } from './narrative/glossary.js';
import { findSections } from './narrative/sections.js';
import { readStatements } from './narrative/statements.js';

type GlossaryEntry = NonNullable<BudgetDocument['glossary']>[number];

/**
 * `tableBlocks` are the blocks the tables and goals recognisers read cells from (./narrative/sections.ts says which
 * of them may still be narrative).
 */
export function recogniseNarrative(context: RecogniseContext, tableBlocks: ReadonlySet<number> = new Set()): PartResult<{ sections: Section[]; statements: Statement[]; sangong?: Sangong; glossary: GlossaryEntry[] }> {
  const { blocks } = context.source;
  const { sections, used } = findSections(blocks, tableBlocks);
  const glossary = readGlossary(blocks, used);
  const statements = readStatements(sections, context.unit);
  const figures = sangongOf(context.tables);
  let sangong: Sangong | undefined;
  if (figures) {
    // The table's figures stand; the narrative adds what the table does not print.
    const { section, ...told } = narrativeSangong(statements, sections);
    const basic = told.meetings || told.training || figures.meetings || figures.training ? {} : meetingsAndTraining(context.tables);
    sangong = {
      ...(basic.meetings ? { meetings: basic.meetings } : {}),
      ...(basic.training ? { training: basic.training } : {}),
      ...told,
      ...figures,
      sources: [...figures.sources, ...(basic.source ? [basic.source] : []), ...(section ? [section] : [])],
    };
  }
  return { value: { sections, statements, ...(sangong ? { sangong } : {}), glossary }, used, notes: [], found: [] };
}

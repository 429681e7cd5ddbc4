/**
 * Grids (from PDF, DOCX, XLSX, HTML) as the tab-separated lines the text recognisers read: each row one
 * paragraph, a merged cell's text in its first column and blank cells under the rest of its span, so that
 * every figure keeps the column of its header; each is marked as a row, so that no recogniser of running text takes
 * it for a heading or a sentence. A row's trailing blank cells are kept: a grid knows its width, and a header that
 * names more columns than a row prints figures (上年结转安排's, blank this year) is the table's width, not a guess.
 * Paragraph blocks pass through unchanged.
 */
import type { SourceBlock, SourceCell, SourceDocument } from './source.js';

/** A grid's rows with merged cells expanded into a full rectangle of texts (blank under a span). */
export function expandSpans(rows: SourceCell[][]): string[][] {
  const out: string[][] = [];
  rows.forEach((row, r) => {
    const line = (out[r] ??= []);
    let column = 0;
    for (const cell of row) {
      while (line[column] !== undefined) column += 1;
      const across = Math.max(1, cell.colSpan ?? 1);
      const down = Math.max(1, cell.rowSpan ?? 1);
      for (let dr = 0; dr < down; dr += 1) {
        const target = (out[r + dr] ??= []);
        for (let dc = 0; dc < across; dc += 1) target[column + dc] = dr === 0 && dc === 0 ? cell.text : '';
      }
      column += across;
    }
  });
  return out.map((line) => Array.from(line, (text) => text ?? ''));
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, '').replace(/\t/g, ' ');

export function linearise(source: SourceDocument): SourceDocument {
  if (!source.blocks.some((block) => block.kind === 'grid')) return source;
  const blocks: SourceBlock[] = [];
  for (const block of source.blocks) {
    if (block.kind === 'paragraph') {
      blocks.push(block);
      continue;
    }
    expandSpans(block.rows).forEach((cells, index) => {
      const text = cells.map(oneLine).join('\t');
      if (text.trim() !== '') blocks.push({ kind: 'paragraph', text, at: { ...block.at, line: (block.at.line ?? 0) + index + 1 }, row: true });
    });
  }
  return { ...source, blocks };
}

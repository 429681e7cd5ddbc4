/**
 * A Word document (OOXML): paragraphs and tables in body order. Merged cells come out once with their
 * spans (w:gridSpan across, w:vMerge down), as the author merged them.
 */
import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { SourceBlock, SourceCell, SourceDocument } from '../source.js';
import { ReadError } from './errors.js';
import { normaliseText } from './text.js';

const isElement = (node: ChildNode): node is Element => node.type === 'tag';
const children = (node: Element, name?: string) => node.children.filter(isElement).filter((child) => !name || child.name === name);
const child = (node: Element | undefined, name: string) => node && children(node, name)[0];

/** Content controls and tracked insertions wrap content without changing it: look through them. */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:ins', 'w:customXml', 'w:smartTag', 'w:hyperlink', 'w:fldSimple']);
function flatten(nodes: Element[]): Element[] {
  return nodes.flatMap((node) => (WRAPPERS.has(node.name) ? flatten(children(node).filter((c) => c.name !== 'w:sdtPr')) : [node]));
}

/** A paragraph's text: w:t runs, tabs and breaks; deleted text (w:delText) and field codes are not shown. */
function paragraphText(paragraph: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (const c of node.children) {
      if (c.type === 'text') continue;
      if (!isElement(c)) continue;
      if (c.name === 'w:t') text += c.children.map((t) => (t.type === 'text' ? t.data : '')).join('');
      else if (c.name === 'w:tab') text += '\t';
      else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
      else if (c.name !== 'w:del' && c.name !== 'w:instrText' && c.name !== 'w:rPr' && c.name !== 'w:pPr') walk(c);
    }
  };
  walk(paragraph);
  return normaliseText(text);
}

/** A cell's text: its paragraphs one per line (a nested table's paragraphs too). */
function cellText(cell: Element): string {
  const lines: string[] = [];
  const walk = (node: Element) => {
    for (const c of flatten(children(node))) {
      if (c.name === 'w:p') lines.push(paragraphText(c).trim());
      else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc') walk(c);
    }
  };
  walk(cell);
  return lines.filter((line) => line !== '').join('\n');
}

const valOf = (node: Element | undefined) => node?.attribs['w:val'];

function gridOf(table: Element): SourceCell[][] {
  const rows: SourceCell[][] = [];
  /** The cell that started a vertical merge, by grid column. */
  const open = new Map<number, SourceCell>();
  for (const row of flatten(children(table)).filter((c) => c.name === 'w:tr')) {
    const cells: SourceCell[] = [];
    const rowProps = child(row, 'w:trPr');
    let column = Number(valOf(child(rowProps, 'w:gridBefore')) ?? 0);
    for (let i = 0; i < column; i++) cells.push({ text: '' });
    for (const cell of flatten(children(row)).filter((c) => c.name === 'w:tc')) {
      const props = child(cell, 'w:tcPr');
      const colSpan = Math.max(1, Number(valOf(child(props, 'w:gridSpan')) ?? 1) || 1);
      const vMerge = child(props, 'w:vMerge');
      const continues = vMerge !== undefined && valOf(vMerge) !== 'restart';
      const started = open.get(column);
      if (continues && started) {
        started.rowSpan = (started.rowSpan ?? 1) + 1;
      } else {
        const sourceCell: SourceCell = { text: cellText(cell), ...(colSpan > 1 ? { colSpan } : {}) };
        cells.push(sourceCell);
        if (vMerge) open.set(column, sourceCell);
        else open.delete(column);
      }
      column += colSpan;
    }
    rows.push(cells);
  }
  return rows;
}

/** The main document part of a DOCX; a damaged archive or a missing part is a corrupt file. */
function documentXml(bytes: Uint8Array): string {
  try {
    const entry = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
    if (!entry) throw new Error('no word/document.xml');
    return new TextDecoder('utf-8').decode(entry);
  } catch {
    throw new ReadError('corrupt', { what: 'docx' });
  }
}

export function readDocx(bytes: Uint8Array, name?: string): SourceDocument {
  const dom = parseDocument(documentXml(bytes), { xmlMode: true, decodeEntities: true });
  const root = dom.children.find(isElement);
  const body = child(root, 'w:body');
  if (!body) throw new ReadError('corrupt', { what: 'docx' });
  const blocks: SourceBlock[] = [];
  let tables = 0;
  let paragraphs = 0;
  for (const node of flatten(children(body))) {
    if (node.name === 'w:p') {
      paragraphs += 1;
      for (const line of paragraphText(node).split('\n')) {
        if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trimEnd(), at: { line: paragraphs } });
      }
    } else if (node.name === 'w:tbl') {
      tables += 1;
      blocks.push({ kind: 'grid', rows: gridOf(node), at: { table: tables } });
    }
  }
  return { format: 'docx', ...(name ? { name } : {}), blocks };
}

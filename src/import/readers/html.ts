/**
 * A saved web page: its tables as grids (colspan and rowspan kept as spans), everything else as
 * paragraphs in reading order. htmlparser2 parses the same way in Node and in the browser, forgives the
 * markup old CMSs write (unclosed cells and rows, upper-case tags) and runs no script.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { SourceBlock, SourceCell, SourceDocument } from '../source.js';
import { normaliseText } from './text.js';

/** Elements whose text is never shown. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'select', 'button', 'svg']);
/** Elements that end a paragraph: the text on either side is not one line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul',
]);

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Runs of HTML whitespace are one space; no-break and ideographic spaces are kept (they are published). */
const collapse = (text: string) => normaliseText(text.replace(/[ \t\n\r\f]+/g, ' '));

/** The text of a node, with a line break for <br> and between block children, trimmed line by line. */
function textOf(node: ChildNode): string {
  const parts: string[] = [];
  const walk = (child: ChildNode) => {
    if (child.type === 'text') parts.push(child.data);
    else if (isElement(child) && !HIDDEN.has(child.name)) {
      if (BLOCK.has(child.name)) parts.push('\n');
      child.children.forEach(walk);
      if (BLOCK.has(child.name)) parts.push('\n');
    }
  };
  walk(node);
  return collapse(parts.join('').replace(/\n/g, '\u0000'))
    .split('\u0000')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

const span = (element: Element, name: string): number | undefined => {
  const value = Number.parseInt(element.attribs[name] ?? '', 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, 1000) : undefined;
};

/** Rows of a table, its own only (a nested table's text stays in its cell). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') walk(child);
    }
  };
  walk(table);
  return rows;
}

function gridOf(table: Element): SourceCell[][] {
  return rowsOf(table).map((row) =>
    row.children
      .filter((child): child is Element => isElement(child) && (child.name === 'td' || child.name === 'th'))
      .map((cell) => {
        const colSpan = span(cell, 'colspan');
        const rowSpan = span(cell, 'rowspan');
        return { text: textOf(cell), ...(colSpan ? { colSpan } : {}), ...(rowSpan ? { rowSpan } : {}) };
      }),
  );
}

export function readHtml(html: string, name?: string): SourceDocument {
  const dom = parseDocument(html, { withStartIndices: true, decodeEntities: true, lowerCaseTags: true });
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (index: number | null) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= (index ?? 0)) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  const blocks: SourceBlock[] = [];
  let tables = 0;
  let buffer = '';
  let bufferStart: number | null = null;
  const flush = () => {
    for (const line of collapse(buffer).split('\n')) {
      const text = line.trim();
      if (text !== '') blocks.push({ kind: 'paragraph', text, at: { line: lineOf(bufferStart) } });
    }
    buffer = '';
    bufferStart = null;
  };
  const walk = (node: ChildNode) => {
    if (node.type === 'text') {
      if (bufferStart === null && node.data.trim() !== '') bufferStart = node.startIndex;
      buffer += node.data;
      return;
    }
    if (!isElement(node) || HIDDEN.has(node.name)) return;
    if (node.name === 'table') {
      flush();
      tables += 1;
      const rows = gridOf(node);
      if (rows.some((row) => row.length)) blocks.push({ kind: 'grid', rows, at: { table: tables, line: lineOf(node.startIndex) } });
      return;
    }
    if (BLOCK.has(node.name)) flush();
    node.children.forEach(walk);
    if (BLOCK.has(node.name)) flush();
  };
  dom.children.forEach(walk);
  flush();
  return { format: 'html', ...(name ? { name } : {}), blocks };
}

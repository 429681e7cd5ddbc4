/**
 * Plain extracted text (what pdftotext, a copy from a web page or a PDF viewer gives): one paragraph block per
 * non-blank line, with its line and page (form feeds separate pages). Layout is not guessed here: a line whose
 * cells are separated by tabs or runs of spaces stays one paragraph, and `cellsOf` splits it where a recogniser
 * wants cells, because the same extraction also prints one cell per line (the recogniser sees which).
 */
import type { SourceBlock, SourceDocument } from '../source.js';

const SPECIAL = /[\uFEFF\r\u200B-\u200D\u2060\u00A0\u2007\u202F]/;

/** CRLF/CR, no-break and ideographic spaces, zero-width characters and a byte-order mark, made plain. */
export function normaliseText(text: string): string {
  // Most text has none of these characters: return it as it is rather than run the four replacements.
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

export function readText(text: string, name?: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  let page = 1;
  normaliseText(text)
    .split('\n')
    .forEach((raw, index) => {
      const pages = raw.split('\f');
      pages.forEach((part, i) => {
        if (i > 0) page += 1;
        const line = part.replace(/\s+$/, '');
        if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line, at: { page, line: index + 1 } });
      });
    });
  return { format: 'text', ...(name ? { name } : {}), blocks, pages: page };
}

/** The cells of a text line: split at tabs and at runs of two or more spaces (ideographic spaces count). */
export const cellsOf = (line: string): string[] =>
  line
    .split(/\t|[ \u3000]{2,}/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');

/**
 * The narrow gap (under a quarter of the font size) a typesetter leaves between Han characters and digits or Latin
 * letters (目标 1：, 2025 年, a fifth of a font size in LibreOffice's PDFs): spacing between scripts, not a space
 * printed in the text. `gap` is in font sizes.
 */
export const isAutospace = (before: string, after: string, gap: number): boolean =>
  gap < 0.25 && ((/\p{Script=Han}$/u.test(before) && /^[\dA-Za-z]/.test(after)) || (/[\dA-Za-z]$/.test(before) && /^\p{Script=Han}/u.test(after)));

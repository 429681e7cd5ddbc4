/**
 * Any disclosure file → the format-neutral SourceDocument. The format is detected from the content
 * (./detect.ts), never from the name. Every failure is a ReadError with a bilingual message: a reader's
 * own failure on a damaged file is reported as a damaged file, never as a stack trace.
 */
import type { SourceDocument } from '../source.js';
import { decodeText, detectFormat } from './detect.js';
import { ReadError, isReadError } from './errors.js';
import type { PdfOptions } from './pdf.js';
import { readText } from './text.js';

export { ReadError, isReadError, type ReadErrorCode } from './errors.js';
export { detectFormat } from './detect.js';

/**
 * The largest file read: a 40-page disclosure is 1–5 MB, a scanned one up to about 50 MB. Callers with a
 * file on disk check its size before reading it (`checkSize`), so a 200 MB file is never loaded.
 */
export const MAX_SOURCE_BYTES = 100 * 1024 * 1024;

export interface ReadOptions {
  /** PDF only: where pdf.js's character maps are, and a callback per page. */
  pdf?: PdfOptions;
}

/** Throws a ReadError when a file of `size` bytes is over the limit. */
export function checkSize(size: number, limit = MAX_SOURCE_BYTES): void {
  if (size > limit) throw new ReadError('too-large', { size, limit });
}

export async function readSource(bytes: Uint8Array, name?: string, options: ReadOptions = {}): Promise<SourceDocument> {
  checkSize(bytes.length);
  const format = detectFormat(bytes);
  // Each reader, with its parser (pdf.js, SheetJS, htmlparser2), is loaded when a file needs it: a PDF
  // import does not pay for compiling the workbook reader and the HTML parser (about 150 ms of CPU in Node).
  try {
    switch (format) {
      case 'pdf':
        return await (await import('./pdf.js')).readPdf(bytes, name, options.pdf);
      case 'docx':
        return (await import('./docx.js')).readDocx(bytes, name);
      case 'xlsx':
      case 'xls':
        return (await import('./workbook.js')).readWorkbook(bytes, format, name);
      case 'html':
        return (await import('./html.js')).readHtml(decodeText(bytes), name);
      default:
        return readText(decodeText(bytes), name);
    }
  } catch (error) {
    if (isReadError(error)) throw error;
    throw new ReadError('corrupt', { what: format.toUpperCase() });
  }
}

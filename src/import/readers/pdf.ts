/**
 * A PDF's text layer through Mozilla's pdf.js (the legacy build, which runs in Node 20 and in older
 * browsers alike). Encrypted files and files without text (scans) are refused with the reason; the
 * page layout is turned into blocks by ./pdf-layout.ts, once every page is read (a row that a page break cuts in
 * two is joined across it: ./pdf-page-break.ts).
 */
import type { SourceDocument } from '../source.js';
import { ReadError } from './errors.js';
import type { TextRun } from './pdf-layout.js';
import { documentBlocks } from './pdf-page-break.js';

export interface PdfOptions {
  /** Folder (URL in the browser, path in Node) of pdf.js's packed character maps, for fonts in the Chinese CMaps (UniGB-UCS2-H …). */
  cMapUrl?: string;
  /** Browser: URL of pdf.js's worker script (same origin, for a `worker-src 'self'` policy). Node runs it in-thread. */
  workerSrc?: string;
  /** Called after each page, for a progress bar. */
  onPage?: (done: number, total: number) => void;
}

/** In Node, pdf.js's own character maps from its package folder; a browser page passes its URL. */
function defaultCMapUrl(): string | undefined {
  if (typeof process === 'undefined' || !process.getBuiltinModule) return undefined;
  const { fileURLToPath } = process.getBuiltinModule('node:url');
  return fileURLToPath(new URL('./cmaps/', import.meta.resolve('pdfjs-dist/package.json')));
}

/**
 * Built-ins as they were before pdf.js loaded. The legacy build bundles core-js, which on V8 before 12.2 (Node 20,
 * Safari 15) replaces native functions with JavaScript ones for spec edge cases nothing here meets, and does so for
 * the whole realm: pdf.js's parser, our layout and recognisers, and the host's own code all went through them.
 * - `Array.prototype.push`, swapped to throw on an array whose length is read-only: putting it back saves 0.1–0.25 s
 *   of CPU on a 40-page import in Node 20.
 * - `JSON.stringify`, wrapped for `JSON.rawJSON` (a proposal): it calls a replacer for every value and then copies
 *   the output a character at a time in JavaScript, 60–140 ms instead of 2 ms for the JSON that
 *   `budget-widgets import` writes for a 40-page PDF. `JSON.parse`, wrapped to pass a reviver the source text.
 * Once pdf.js and its worker have loaded (and so made their swaps), the originals are restored: the realm is left as
 * it was. (What core-js adds where nothing was, such as `Set.prototype.union`, stays: pdf.js calls it.)
 */
const builtinsBeforePdfjs = ([[Array.prototype, 'push'], [JSON, 'stringify'], [JSON, 'parse']] as const).map(
  ([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)!] as const,
);

function restoreBuiltins(): void {
  for (const [owner, key, before] of builtinsBeforePdfjs) {
    if (Object.getOwnPropertyDescriptor(owner, key)?.value !== before.value) Object.defineProperty(owner, key, before);
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs')['getDocument']>['promise']>['getPage']>>;

/**
 * A page's text runs, read from pdf.js's stream with a reader: `getTextContent()` iterates the stream with
 * `for await`, which WebKit's ReadableStream (Safari before 18) does not support.
 */
async function textItems(page: PdfPage): Promise<Awaited<ReturnType<PdfPage['getTextContent']>>['items']> {
  const reader = page.streamTextContent().getReader();
  const items: Awaited<ReturnType<PdfPage['getTextContent']>>['items'] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) items.push(...(chunk.value as { items: typeof items }).items);
  return items;
}

export async function readPdf(bytes: Uint8Array, name?: string, options: PdfOptions = {}): Promise<SourceDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  const cMapUrl = options.cMapUrl ?? defaultCMapUrl();
  // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    restoreBuiltins();
    await task.destroy();
    const kind = (error as { name?: string }).name;
    throw kind === 'PasswordException' ? new ReadError('encrypted', { what: 'PDF' }) : new ReadError('corrupt', { what: 'PDF' });
  }
  // The document is open, so pdf.js's worker has loaded too (in Node it runs in this thread).
  restoreBuiltins();
  try {
    const pages: TextRun[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const runs: TextRun[] = [];
      for (const item of await textItems(page)) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // Upright text only: rotated stamps and watermarks are not part of a table.
        if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3) continue;
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.abs(d!) || Math.abs(a!) || item.height });
      }
      pages.push(runs);
      page.cleanup();
      options.onPage?.(number, pdf.numPages);
    }
    const blocks = documentBlocks(pages);
    if (!blocks.length) throw new ReadError('needs-ocr');
    return { format: 'pdf', ...(name ? { name } : {}), blocks, pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

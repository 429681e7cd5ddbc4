/**
 * The default per-file task of the import pool: read one file into its SourceDocument. A task module
 * default-exports `(file, options) => Promise<TaskResult<T>>` and never throws for bad input: it returns
 * the bilingual failure, which the command prints and turns into the exit code.
 */
import { MAX_SOURCE_BYTES, isReadError, readSource } from '../import/readers/index.js';
import type { SourceDocument } from '../import/source.js';
import { readBytes, type Failure } from './files.js';
import { EXIT } from './streams.js';

/*
 * pdf.js loads @napi-rs/canvas in Node, for rendering, which an import never does; as it loads, that package
 * registers every font installed on the system: about 200 ms of CPU here, more on a machine with many fonts,
 * a tenth of a 40-page import. Its own switch turns that off, for this process only (the pool's workers run
 * this module too). Set before any file is read, since pdf.js is loaded with the first PDF.
 */
process.env['DISABLE_SYSTEM_FONTS_LOAD'] ??= '1';

export type TaskResult<T> = { ok: true; value: T } | Failure;

/** The file's bytes (its size checked before reading) as a SourceDocument, or why not. */
export async function readSourceFile(file: string): Promise<TaskResult<SourceDocument>> {
  const read = await readBytes(file, MAX_SOURCE_BYTES);
  if (!read.ok) return read;
  try {
    return { ok: true, value: await readSource(read.bytes, file) };
  } catch (error) {
    if (!isReadError(error)) throw error;
    // A file with no text to read (scanned, empty) holds no recognisable budget (1); the rest could not be read (2).
    const exit = error.code === 'needs-ocr' || error.code === 'empty' ? EXIT.invalid : EXIT.usage;
    return { ok: false, exit, code: error.code, reason: error.bilingual, message: `${file}: ${error.message}` };
  }
}

export default readSourceFile;

/**
 * The importer for pages (the data desk): a separate bundle, `dist/budget-widgets-import.js`, so that the
 * one-file bundle of the elements never carries pdf.js or the workbook reader. The page passes the URLs of
 * pdf.js's worker and character maps, which the build copies next to the bundle.
 */
export { readSource, detectFormat, checkSize, MAX_SOURCE_BYTES, ReadError, isReadError, type ReadOptions, type ReadErrorCode } from './readers/index.js';
export type { SourceDocument, SourceBlock, SourceCell, SourcePlace } from './source.js';
export { importSource, type ImportResult, type ImportOptions } from './assemble.js';

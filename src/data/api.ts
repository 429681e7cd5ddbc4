/** The data API, as the one-file bundle exports it: validation without the consistency checks unless they are installed (see checks.ts). */
export * from './schema.js';
export * from './issues.js';
export { validate, validateText, type ValidationResult } from './validate.js';
export type { ConsistencyWarning } from './checker.js';
export { headline, type Headline } from './headline.js';
export { summarize, type Summary } from './summary.js';
export { loadDocument, clearDocumentCache, type LoadError, type LoadErrorCode } from './load.js';

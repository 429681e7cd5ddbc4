export * from './schema.js';
export * from './issues.js';
export { validate, validateText, type ValidationResult } from './validate.js';
export type { ConsistencyWarning } from './consistency.js';
export { headline, type Headline } from './headline.js';
export { summarize, type Summary } from './summary.js';
export { loadDocument, clearDocumentCache, type LoadError, type LoadErrorCode } from './load.js';

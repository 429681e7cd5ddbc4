export * from './schema.js';
export * from './issues.js';
export { validate, validateText, type ValidationResult } from './validate.js';
export type { ConsistencyWarning } from './consistency.js';

/** The shared validator: every document, from any source, goes through `validate`. */
import * as v from 'valibot';
import { BudgetDocument, SCHEMA_MAJOR, Table, type Row } from './schema.js';
import { isPlainRow } from './plain-row.js';
import type { ErrorCode, ValidationIssue } from './issues.js';
import { structureIssues } from './structure-messages.js';
import { referenceIssues } from './references.js';
import type { ConsistencyWarning } from './checker.js';
import { consistencyChecks } from './checks.js';

export type ValidationResult =
  | { ok: true; document: BudgetDocument; errors: []; warnings: ConsistencyWarning[] }
  | { ok: false; code: ErrorCode; errors: ValidationIssue[]; warnings: [] };

const fail = (code: ErrorCode, errors: ValidationIssue[]): ValidationResult => ({ ok: false, code, errors, warnings: [] });

/**
 * Documents this validator produced, with their result. A document handed on as it came out
 * (the report passes its document to each element it embeds) is not validated again; these
 * documents are treated as immutable, like the one `budget-ready` carries.
 */
const results = new WeakMap<object, ValidationResult>();

/**
 * `BudgetDocument` with the rows taken as they are, when each passes `isPlainRow`. A document
 * it rejects goes through `BudgetDocument`, for the messages (or because a row is valid but not plain).
 */
const OfPlainRows = v.strictObject({
  ...BudgetDocument.entries,
  tables: v.array(v.strictObject({ ...Table.entries, rows: v.array(v.custom<Row>(isPlainRow)) })),
});

/**
 * Validates a parsed JSON value: structure first (errors), then arithmetic (warnings, from the
 * consistency checks when they are installed: see checks.ts). The arithmetic is done when
 * `warnings` is first read, once per document, so that a caller can show a large document
 * before its consistency checks run.
 */
export function validate(input: unknown): ValidationResult {
  const known = typeof input === 'object' && input !== null ? results.get(input) : undefined;
  if (known) return known;
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'string' && /^\d+\.\d+$/.test(version) && Number(version.split('.')[0]) !== SCHEMA_MAJOR) {
    return fail('unsupported-version', [
      {
        code: 'unsupported-version',
        path: '$.schemaVersion',
        message: {
          'zh-CN': `不支持的数据版本 ${version}：本组件读取 ${SCHEMA_MAJOR}.x 版本`,
          en: `unsupported schema version ${version}: this library reads ${SCHEMA_MAJOR}.x`,
        },
      },
    ]);
  }
  const fast = v.safeParse(OfPlainRows, input);
  const parsed = fast.success ? fast : v.safeParse(BudgetDocument, input);
  if (!parsed.success) return fail('invalid-schema', structureIssues(parsed.issues));
  const document = parsed.output;
  const references = referenceIssues(document);
  if (references.length) return fail('invalid-schema', references);
  // The consistency checks run when `warnings` is first read: elements draw the document first.
  let warnings: ConsistencyWarning[] | undefined;
  const result: ValidationResult = {
    ok: true,
    document,
    errors: [],
    get warnings() {
      return (warnings ??= consistencyChecks(document));
    },
  };
  results.set(document, result);
  return result;
}

/** Parses JSON text and validates it; invalid JSON is reported, never thrown. */
export function validateText(textInput: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(textInput);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('invalid-json', [
      { code: 'invalid-json', path: '$', message: { 'zh-CN': `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` } },
    ]);
  }
  return validate(value);
}

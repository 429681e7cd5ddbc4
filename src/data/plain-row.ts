/**
 * A row that is certainly valid, told by hand: `validate` takes a table's rows as they are when
 * each one passes, instead of having valibot copy them (a table may print 20,000 rows, and the
 * copies were most of the time and garbage of validating it). The test is stricter than `Row` in
 * schema.ts, never looser (test/data/plain-row.test.mjs checks it against the schema): a row that
 * fails it is not thereby invalid; it goes through valibot, which says what is wrong with it.
 */
import { DIGITS, SLUG, type Row } from './schema.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isText = (value: unknown, max: number, min = 1): boolean => typeof value === 'string' && value.length >= min && value.length <= max;

const matches = (pattern: RegExp) => (value: unknown) => typeof value === 'string' && pattern.test(value);

/** `test` holds for every enumerable field, own or inherited (valibot sees both). A loop: no array made per row. */
function everyField(object: Record<string, unknown>, test: (key: string, value: unknown) => boolean): boolean {
  for (const key in object) if (!test(key, object[key])) return false;
  return true;
}

/** What `Row` accepts for each field, or less. */
const FIELDS: Record<string, (value: unknown) => boolean> = {
  name: (value) => isText(value, 500, 0),
  values: (value) =>
    isPlainObject(value) && everyField(value, (column, cell) => SLUG.test(column) && (cell === null || Number.isFinite(cell) || isText(cell, 20_000, 0))),
  code: matches(DIGITS),
  key: matches(SLUG),
  section: matches(SLUG),
  unit: (value) => isText(value, 500),
  level: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6,
  role: (value) => ['total', 'subtotal', 'unit', 'heading'].includes(value as string),
  note: (value) => isText(value, 20_000),
};

export const isPlainRow = (value: unknown): value is Row =>
  isPlainObject(value) && 'name' in value && 'values' in value && everyField(value, (key, field) => Object.hasOwn(FIELDS, key) && FIELDS[key]!(field));

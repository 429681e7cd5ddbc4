/**
 * A row that is certainly valid, told by hand: `validate` takes a table's rows as they are when
 * each one passes, instead of having valibot copy them (a table may print 20,000 rows, and the
 * copies were most of the time and garbage of validating it). The test is stricter than `Row` in
 * schema.ts, never looser (test/data/plain-row.test.mjs checks it against the schema): a row that
 * fails it is not thereby invalid; it goes through valibot, which says what is wrong with it.
 */
import type { Row } from './schema.js';
import { DIGITS, SLUG } from './patterns.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isSlug = (value: unknown) => isString(value, 500) && SLUG.test(value);

/** `test` holds for every enumerable field, own or inherited (valibot sees both). A loop: no array made per row. */
function everyField(object: Record<string, unknown>, test: (key: string, value: unknown) => boolean): boolean {
  for (const key in object) if (!test(key, object[key])) return false;
  return true;
}

/** What `Row` accepts for each field, or less (a row with a note, say, goes through valibot). */
const FIELDS: Record<string, (value: unknown) => boolean> = {
  name: (value) => isString(value, 500),
  values: (value) => isPlainObject(value) && everyField(value, (column, cell) => SLUG.test(column) && (cell === null || Number.isFinite(cell) || isString(cell, 20_000))),
  code: (value) => isString(value, 12) && DIGITS.test(value),
  key: isSlug,
  section: isSlug,
  unit: (value) => isString(value, 500) && value !== '',
  level: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6,
  role: (value) => ['total', 'subtotal', 'unit', 'heading'].includes(value as string),
};

export const isPlainRow = (value: unknown): value is Row =>
  isPlainObject(value) && 'name' in value && 'values' in value && everyField(value, (key, field) => Object.hasOwn(FIELDS, key) && FIELDS[key]!(field));

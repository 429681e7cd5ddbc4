// Writes schema/budget.schema.json from the valibot definition (the one source of truth).
// With --check (run by `npm run build`), fails instead when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { BudgetDocument, SCHEMA_VERSION } from '../dist/data/schema.js';

const target = new URL('../schema/budget.schema.json', import.meta.url);
// errorMode 'ignore': rules JSON Schema cannot express (two decimals at most, finite numbers) stay in the validator.
const schema = toJsonSchema(BudgetDocument, { errorMode: 'ignore' });
const text = `${JSON.stringify({ $schema: schema.$schema, title: `Normalised department budget document (部门预算公开), schema v${SCHEMA_VERSION}`, ...schema }, null, 2)}\n`;

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('schema/budget.schema.json is out of date: run `npm run schema` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}

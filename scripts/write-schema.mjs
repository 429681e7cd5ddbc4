// Writes schema/budget.schema.json from the valibot definition (the one source of truth).
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { BudgetDocument, SCHEMA_VERSION } from '../dist/data/schema.js';

const schema = toJsonSchema(BudgetDocument, { errorMode: 'ignore' });
const out = {
  $schema: schema.$schema,
  title: 'Normalised department budget document (部门预算公开)',
  ...schema,
};
writeFileSync(new URL('../schema/budget.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);

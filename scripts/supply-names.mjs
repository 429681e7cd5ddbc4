// `npm run names [-- --check]`: fills each demo document's `suppliedNames` from the function
// classification vocabulary (src/data/classification/function-names.ts), so that the elements can
// show a name where the source prints a code alone, marked as supplied. Only a document whose names
// change is rewritten. With --check (run by the tests), fails instead when a document is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { supplyFunctionNames } from '../dist/data/classification/function-names.js';

const dir = new URL('../demo/data/', import.meta.url);
const check = process.argv.includes('--check');
const stale = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const doc = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  const filled = supplyFunctionNames(doc);
  if (JSON.stringify(filled) === JSON.stringify(doc)) continue;
  stale.push(file);
  if (!check) writeFileSync(new URL(file, dir), `${JSON.stringify(filled, null, 2)}\n`);
}
if (check && stale.length) {
  console.error(`Supplied names are out of date in ${stale.join(', ')}: run \`npm run names\` and commit them.`);
  process.exit(1);
}
if (!check) console.log(stale.length ? `Supplied names written to ${stale.join(', ')}.` : 'Supplied names are up to date.');

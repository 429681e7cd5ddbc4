// The package's public entry points (package.json "exports") exist after the build and resolve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

test('every export target exists', () => {
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const missing = targets.filter((path) => !existsSync(new URL(`../${path}`, import.meta.url)));
  assert.deepEqual(missing, []);
});

test('the data API works from its export, in node', async () => {
  const { validateText, summarize } = await import('budget-widgets/data');
  const text = readFileSync(new URL('../demo/data/yuanjiang-2024.json', import.meta.url), 'utf8');
  const result = validateText(text);
  assert.equal(result.ok, true);
  assert.equal(summarize(result.document).expenditureTotal, 5_829_700);
});

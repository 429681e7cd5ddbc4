// The demo documents hold the names `npm run names` supplies (a stale document would show bare codes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('demo documents carry the supplied names of the current vocabulary', () => {
  const run = spawnSync(process.execPath, ['scripts/supply-names.mjs', '--check'], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

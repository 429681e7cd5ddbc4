// Import of many files in worker threads: results in the order of the files, progress per file, and bad
// files reported with their reason instead of stopping the run. Runs against the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../../dist/cli/import-pool.js';

const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test('files are read in parallel threads and come back in order, bad ones with their reason', async () => {
  const files = ['kaijiang-2025.pdf', 'gaoyang-2025.xlsx', 'encrypted.pdf', 'pingli-2025.docx', 'quxian-2024.html'].map(fixture);
  const progress = [];
  const results = await importFiles(files, { threads: 2 }, (file, done, total) => progress.push([done, total]));
  assert.deepEqual(
    results.map((result) => (result.ok ? result.value.format : `exit ${result.exit}`)),
    ['pdf', 'xlsx', 'exit 2', 'docx', 'html'],
  );
  assert.deepEqual(results.map((result) => result.file), files);
  assert.match(results[2].message, /已加密.*encrypted/);
  assert.deepEqual(progress, [1, 2, 3, 4, 5].map((done) => [done, 5]));
});

test('a 200 MB file is refused from its size, before it is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-pool-'));
  try {
    const big = join(dir, 'big.pdf');
    writeFileSync(big, '%PDF-1.7\n');
    truncateSync(big, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    const [result] = await importFiles([big]);
    assert.equal(result.ok, false);
    assert.match(result.message, /文件过大.*200\.0 MB.*file too large/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

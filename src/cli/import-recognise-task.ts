/**
 * The import command's per-file task for the worker pool: read the file in whatever format it is, then
 * recognise the budget in it. Runs inside a worker thread, so its result is plain data (structured clone).
 */
import { importSource, type ImportOptions, type ImportResult } from '../import/assemble.js';
import { readSourceFile, type TaskResult } from './import-task.js';

export default async function recogniseFile(file: string, options: ImportOptions = {}): Promise<TaskResult<ImportResult>> {
  const read = await readSourceFile(file);
  return read.ok ? { ok: true, value: importSource(read.value, options) } : read;
}

/**
 * Import of many files in parallel worker threads (PDF parsing is CPU-bound: one thread per core).
 * Each worker runs a task module (./import-task.ts by default; the import command passes the module that
 * reads and recognises a file) on one file at a time; results come back in the order of `files`, whatever
 * order the workers finish in. One file runs in this thread: a worker would only add its start-up.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TaskResult } from './import-task.js';

export interface PoolOptions {
  /** The task module's URL; its default export runs on each file. */
  task?: URL;
  /** Handed to the task with each file; must survive structured cloning. */
  taskOptions?: unknown;
  /** Worker threads; defaults to the cores, at most 4 and at most one per file. */
  threads?: number;
}

export type FileResult<T> = { file: string } & TaskResult<T>;

type Task<T> = (file: string, options?: unknown) => Promise<TaskResult<T>>;

const DEFAULT_TASK = new URL('./import-task.js', import.meta.url);
const WORKER = new URL('./import-worker.js', import.meta.url);

export async function importFiles<T = unknown>(
  files: string[],
  options: PoolOptions = {},
  onProgress?: (file: string, done: number, total: number) => void,
): Promise<FileResult<T>[]> {
  const task = options.task ?? DEFAULT_TASK;
  const results: FileResult<T>[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: TaskResult<T>) => {
    results[index] = { file: files[index]!, ...result };
    done += 1;
    onProgress?.(files[index]!, done, files.length);
  };
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 4), files.length));
  if (threads === 1) {
    const run = ((await import(task.href)) as { default: Task<T> }).default;
    for (const [index, file] of files.entries()) finish(index, await run(file, options.taskOptions));
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER, { workerData: { task: task.href, options: options.taskOptions } });
        let current = -1;
        const feed = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          current = next++;
          worker.postMessage(files[current]);
        };
        worker.on('message', (result: TaskResult<T>) => {
          finish(current, result);
          feed();
        });
        worker.once('error', reject);
        feed();
      }),
    ),
  );
  return results;
}

/** A worker thread of the import pool: runs the task module on each file name it is sent, and posts back the result. */
import { parentPort, workerData } from 'node:worker_threads';
import type { TaskResult } from './import-task.js';

const { task, options } = workerData as { task: string; options?: unknown };
const run = ((await import(task)) as { default: (file: string, options?: unknown) => Promise<TaskResult<unknown>> }).default;

parentPort!.on('message', (file: string) => {
  void run(file, options).then((result) => parentPort!.postMessage(result));
});

#!/usr/bin/env node
/** The `budget-widgets` command: see ./run.ts for its subcommands. */
import { run } from './run.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours, so end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

try {
  process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
} catch (error) {
  // A bug of ours, not the user's input: one line, no stack trace, exit 2.
  process.stderr.write(`✗ 内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}

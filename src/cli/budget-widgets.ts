#!/usr/bin/env node
/** `budget-widgets validate FILE...` and `budget-widgets summary FILE [--json]`. */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

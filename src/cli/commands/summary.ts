/** `budget-widgets summary FILE [--json]`: the headline figures of one document. */
import type { Command } from 'commander';
import { summarize } from '../../data/summary.js';
import { formatSummary } from '../format-summary.js';
import { loadValidDocument } from '../files.js';
import { EXIT, type Streams } from '../streams.js';

async function summary(file: string, json: boolean, { stdout, stderr }: Streams): Promise<number> {
  const loaded = await loadValidDocument(file, stderr);
  if (!loaded.ok) return loaded.exit;
  const data = summarize(loaded.document);
  stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : formatSummary(data));
  return EXIT.ok;
}

export function register(program: Command, streams: Streams, done: (exit: number) => void): void {
  program
    .command('summary')
    .description('概要 / print a summary')
    .argument('<FILE>', 'a normalised budget JSON document')
    .option('--json', '以 JSON 输出（金额单位：元） / print JSON (amounts in 元)')
    .action(async (file: string, options: { json?: boolean }) => done(await summary(file, options.json === true, streams)));
}

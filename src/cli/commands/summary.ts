/** `budget-widgets summary FILE [--json]`: the headline figures of one document. */
import type { Command } from 'commander';
import { summarize } from '../../data/summary.js';
import { formatSummary } from '../format-summary.js';
import { loadDocument } from '../files.js';
import { EXIT, type Streams } from '../streams.js';

async function summary(file: string, json: boolean, { stdout, stderr }: Streams): Promise<number> {
  const loaded = await loadDocument(file);
  if (!loaded.ok) {
    stderr.write(`✗ ${loaded.message}\n`);
    return loaded.exit;
  }
  if (!loaded.result.ok) {
    stderr.write(`✗ ${file}: 无效 / invalid [${loaded.result.code}]\n`);
    loaded.result.errors.slice(0, 20).forEach((e) => stderr.write(`  ${e.path}: ${e.message['zh-CN']} / ${e.message.en}\n`));
    return EXIT.invalid;
  }
  const data = summarize(loaded.result.document);
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

/** `budget-widgets validate FILE...`: is each file a valid schema v1 document, and what do the consistency checks say. */
import type { Command } from 'commander';
import type { ValidationIssue } from '../../data/issues.js';
import { loadDocument } from '../files.js';
import { EXIT, worst, type Streams } from '../streams.js';

const line = (issue: ValidationIssue) => `  ${issue.path}: ${issue.message['zh-CN']} / ${issue.message.en}\n`;

async function validateFiles(files: string[], { stdout, stderr }: Streams): Promise<number> {
  let exit: number = EXIT.ok;
  for (const file of files) {
    const loaded = await loadDocument(file);
    if (!loaded.ok) {
      stderr.write(`✗ ${loaded.message}\n`);
      exit = worst(exit, loaded.exit);
      continue;
    }
    const { result } = loaded;
    if (result.ok) {
      stdout.write(`✓ ${file}: 有效 / valid (${result.warnings.length} 条一致性提示 / consistency warnings)\n`);
      result.warnings.forEach((w) => stdout.write(line(w)));
    } else {
      stderr.write(`✗ ${file}: 无效 / invalid [${result.code}] (${result.errors.length} 个错误 / errors)\n`);
      result.errors.slice(0, 50).forEach((e) => stderr.write(line(e)));
      if (result.errors.length > 50) stderr.write(`  … ${result.errors.length - 50} more\n`);
      exit = worst(exit, EXIT.invalid);
    }
  }
  return exit;
}

export function register(program: Command, streams: Streams, done: (exit: number) => void): void {
  program
    .command('validate')
    .description('校验文档 / validate documents')
    .argument('<FILE...>', 'normalised budget JSON documents')
    .action(async (files: string[]) => done(await validateFiles(files, streams)));
}

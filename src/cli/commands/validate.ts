/**
 * `budget-widgets validate [--json] FILE...`: is each file a valid schema v1 document, and what
 * do the consistency checks say. `--json` prints one result per file, in order, for pipelines.
 */
import type { Command } from 'commander';
import type { Localized, ValidationIssue } from '../../data/issues.js';
import type { ConsistencyWarning } from '../../data/consistency.js';
import { loadDocument, type Failure } from '../files.js';
import { EXIT, worst, type Streams } from '../streams.js';

/** One file's result as `--json` prints it; amounts in 元. */
export interface FileResult {
  file: string;
  valid: boolean;
  errors: { code: string; path: string; message: Localized }[];
  warnings: { path: string; code: string; published: number; expected: number; message: Localized }[];
}

const line = (issue: ValidationIssue) => `  ${issue.path}: ${issue.message['zh-CN']} / ${issue.message.en}\n`;

const jsonError = ({ code, path, message }: ValidationIssue) => ({ code, path, message });
const jsonWarning = ({ path, code, figures, message }: ConsistencyWarning) => ({ path, code, published: figures.stated, expected: figures.computed, message });
const unreadable = (file: string, { code, reason }: Failure): FileResult => ({ file, valid: false, errors: [{ code, path: '$', message: reason }], warnings: [] });

async function validateFiles(files: string[], json: boolean, { stdout, stderr }: Streams): Promise<number> {
  let exit: number = EXIT.ok;
  const results: FileResult[] = [];
  for (const file of files) {
    const loaded = await loadDocument(file);
    if (!loaded.ok) {
      if (json) results.push(unreadable(file, loaded));
      else stderr.write(`✗ ${loaded.message}\n`);
      exit = worst(exit, loaded.exit);
      continue;
    }
    const { result } = loaded;
    if (!result.ok) exit = worst(exit, EXIT.invalid);
    if (json) {
      results.push({ file, valid: result.ok, errors: result.errors.map(jsonError), warnings: result.warnings.map(jsonWarning) });
    } else if (result.ok) {
      stdout.write(`✓ ${file}: 有效 / valid (${result.warnings.length} 条一致性提示 / consistency warnings)\n`);
      result.warnings.forEach((w) => stdout.write(line(w)));
    } else {
      stderr.write(`✗ ${file}: 无效 / invalid [${result.code}] (${result.errors.length} 个错误 / errors)\n`);
      result.errors.slice(0, 50).forEach((e) => stderr.write(line(e)));
      if (result.errors.length > 50) stderr.write(`  … ${result.errors.length - 50} more\n`);
    }
  }
  if (json) stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return exit;
}

export function register(program: Command, streams: Streams, done: (exit: number) => void): void {
  program
    .command('validate')
    .description('校验文档 / validate documents')
    .argument('<FILE...>', 'normalised budget JSON documents')
    .option('--json', '以 JSON 数组输出，每个文件一项（金额单位：元） / print a JSON array, one result per file (amounts in 元)')
    .action(async (files: string[], options: { json?: boolean }) => done(await validateFiles(files, options.json === true, streams)));
}

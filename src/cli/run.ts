/**
 * The CLI as a function of its arguments and streams, so tests can run it in-process.
 * Exit codes: 0 valid, 1 invalid document, 2 usage or I/O error. Never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { validateText, type ValidationResult } from '../data/validate.js';
import type { ValidationIssue } from '../data/issues.js';
import { summarize } from '../data/summary.js';
import { formatSummary } from './format-summary.js';

/** Larger than any real department document by two orders of magnitude. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = `用法 / usage:
  budget-widgets validate FILE...        校验文档 / validate documents
  budget-widgets summary FILE [--json]   概要 / print a summary

exit codes: 0 valid, 1 invalid, 2 usage or I/O error
`;

const line = (issue: ValidationIssue) => `  ${issue.path}: ${issue.message['zh-CN']} / ${issue.message.en}\n`;

type Loaded = { ok: true; result: ValidationResult } | { ok: false; exit: 1 | 2; message: string };

async function load(file: string): Promise<Loaded> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, exit: 2, message: `${file}: 不是文件 / not a file` };
    if (info.size > MAX_FILE_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return {
        ok: false,
        exit: 1,
        message: `${file}: 文件过大（${mb(info.size)} MB，上限 ${mb(MAX_FILE_BYTES)} MB） / file too large (${mb(info.size)} MB, limit ${mb(MAX_FILE_BYTES)} MB)`,
      };
    }
    return { ok: true, result: validateText(await readFile(file, 'utf8')) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在 / no such file' : code === 'EACCES' ? '没有读取权限 / permission denied' : `无法读取 / cannot read (${code ?? String(error)})`;
    return { ok: false, exit: 2, message: `${file}: ${reason}` };
  }
}

async function validateFiles(files: string[], { stdout, stderr }: Streams): Promise<number> {
  let exit = 0;
  for (const file of files) {
    const loaded = await load(file);
    if (!loaded.ok) {
      stderr.write(`✗ ${loaded.message}\n`);
      exit = Math.max(exit, loaded.exit);
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
      exit = Math.max(exit, 1);
    }
  }
  return exit;
}

async function summary(file: string, json: boolean, { stdout, stderr }: Streams): Promise<number> {
  const loaded = await load(file);
  if (!loaded.ok) {
    stderr.write(`✗ ${loaded.message}\n`);
    return loaded.exit;
  }
  if (!loaded.result.ok) {
    stderr.write(`✗ ${file}: 无效 / invalid [${loaded.result.code}]\n`);
    loaded.result.errors.slice(0, 20).forEach((e) => stderr.write(line(e)));
    return 1;
  }
  const data = summarize(loaded.result.document);
  stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : formatSummary(data));
  return 0;
}

export async function run(args: string[], streams: Streams): Promise<number> {
  const [command, ...rest] = args;
  const flags = rest.filter((a) => a.startsWith('-'));
  const files = rest.filter((a) => !a.startsWith('-'));
  if (command === 'help' || command === '--help' || command === '-h') {
    streams.stdout.write(USAGE);
    return 0;
  }
  if (command === 'validate' && files.length > 0 && flags.length === 0) return validateFiles(files, streams);
  if (command === 'summary' && files.length === 1 && flags.every((f) => f === '--json')) {
    return summary(files[0]!, flags.includes('--json'), streams);
  }
  streams.stderr.write(USAGE);
  return 2;
}

/** Reading the files users name on the command line, with bilingual messages instead of stack traces. */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
// The CLI reports every consistency warning.
import '../data/install-checks.js';
import { validateText, type ValidationResult } from '../data/validate.js';
import type { Localized } from '../data/issues.js';
import type { BudgetDocument } from '../data/schema.js';
import type { ReadErrorCode } from '../import/readers/errors.js';
import { EXIT, type Streams } from './streams.js';

/** Larger than any real department document by two orders of magnitude. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** `message`: the file and both languages in one line; `code` and `reason` for machine-readable output. */
export type Failure = { ok: false; exit: 1 | 2; message: string; code: 'unreadable' | 'not-a-file' | 'too-large' | ReadErrorCode; reason: Localized };

const failure = (file: string, exit: 1 | 2, code: Failure['code'], reason: Localized): Failure => ({
  ok: false,
  exit,
  code,
  reason,
  message: `${file}: ${reason['zh-CN']} / ${reason.en}`,
});

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);

/** A bilingual reason for a failed read, from the error's errno code. */
export function readFailure(file: string, error: unknown): Failure {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? { 'zh-CN': '文件不存在', en: 'no such file' }
      : code === 'EACCES'
        ? { 'zh-CN': '没有读取权限', en: 'permission denied' }
        : { 'zh-CN': `无法读取（${code ?? String(error)}）`, en: `cannot read (${code ?? String(error)})` };
  return failure(file, EXIT.usage, 'unreadable', reason);
}

/** Reads a file of at most `limit` bytes; a directory, a missing file or a larger file is a Failure. */
export async function readBytes(file: string, limit = MAX_FILE_BYTES): Promise<{ ok: true; bytes: Buffer } | Failure> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return failure(file, EXIT.usage, 'not-a-file', { 'zh-CN': '不是文件', en: 'not a file' });
    if (info.size > limit) {
      return failure(file, EXIT.invalid, 'too-large', {
        'zh-CN': `文件过大（${megabytes(info.size)} MB，上限 ${megabytes(limit)} MB）`,
        en: `file too large (${megabytes(info.size)} MB, limit ${megabytes(limit)} MB)`,
      });
    }
    return { ok: true, bytes: await readFile(file) };
  } catch (error) {
    return readFailure(file, error);
  }
}

/** Reads and validates a normalised budget document. */
export async function loadDocument(file: string): Promise<{ ok: true; result: ValidationResult } | Failure> {
  const read = await readBytes(file);
  return read.ok ? { ok: true, result: validateText(read.bytes.toString('utf8')) } : read;
}

/**
 * Reads a document that must be valid: on failure, says why on stderr (the first 20 errors of an
 * invalid document, bilingually) and gives the exit code instead.
 */
export async function loadValidDocument(file: string, stderr: Streams['stderr']): Promise<{ ok: true; document: BudgetDocument } | { ok: false; exit: number }> {
  const loaded = await loadDocument(file);
  if (!loaded.ok) {
    stderr.write(`✗ ${loaded.message}\n`);
    return loaded;
  }
  if (!loaded.result.ok) {
    stderr.write(`✗ ${file}: 无效 / invalid [${loaded.result.code}]\n`);
    loaded.result.errors.slice(0, 20).forEach((e) => stderr.write(`  ${e.path}: ${e.message['zh-CN']} / ${e.message.en}\n`));
    return { ok: false, exit: EXIT.invalid };
  }
  return { ok: true, document: loaded.result.document };
}

const WRITE_REASONS: Record<string, string> = {
  ENOENT: '目录不存在 / no such directory',
  ENOTDIR: '目录不存在 / no such directory',
  EACCES: '没有写入权限 / permission denied',
  EPERM: '没有写入权限 / permission denied',
  EROFS: '只读文件系统 / read-only file system',
  EISDIR: '是目录 / is a directory',
  ENOSPC: '磁盘已满 / no space left on device',
};

/**
 * Writes a whole file or nothing: the text goes to a temporary file beside it, renamed over
 * `file` once complete, so a failure never leaves half a file (or a stale one half-replaced).
 */
export async function writeWhole(file: string, text: string): Promise<{ ok: true } | { ok: false; exit: 2; message: string }> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
    return { ok: true };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, exit: EXIT.usage, message: `${file}: ${WRITE_REASONS[code] ?? `无法写入 / cannot write (${code || String(error)})`}` };
  }
}

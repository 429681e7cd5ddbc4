/** Reading the files users name on the command line, with bilingual messages instead of stack traces. */
import { readFile, stat } from 'node:fs/promises';
import { validateText, type ValidationResult } from '../data/validate.js';
import type { Localized } from '../data/issues.js';
import type { ReadErrorCode } from '../import/readers/errors.js';
import { EXIT } from './streams.js';

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

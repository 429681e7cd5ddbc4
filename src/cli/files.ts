/** Reading the files users name on the command line, with bilingual messages instead of stack traces. */
import { readFile, stat } from 'node:fs/promises';
import { validateText, type ValidationResult } from '../data/validate.js';
import { EXIT } from './streams.js';

/** Larger than any real department document by two orders of magnitude. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type Failure = { ok: false; exit: 1 | 2; message: string };

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);

/** A bilingual reason for a failed read, from the error's errno code. */
export function readFailure(file: string, error: unknown): Failure {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? '文件不存在 / no such file' : code === 'EACCES' ? '没有读取权限 / permission denied' : `无法读取 / cannot read (${code ?? String(error)})`;
  return { ok: false, exit: EXIT.usage, message: `${file}: ${reason}` };
}

/** Reads a file of at most `limit` bytes; a directory, a missing file or a larger file is a Failure. */
export async function readBytes(file: string, limit = MAX_FILE_BYTES): Promise<{ ok: true; bytes: Buffer } | Failure> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, exit: EXIT.usage, message: `${file}: 不是文件 / not a file` };
    if (info.size > limit) {
      return {
        ok: false,
        exit: EXIT.invalid,
        message: `${file}: 文件过大（${megabytes(info.size)} MB，上限 ${megabytes(limit)} MB） / file too large (${megabytes(info.size)} MB, limit ${megabytes(limit)} MB)`,
      };
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

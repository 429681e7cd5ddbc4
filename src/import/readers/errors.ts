/**
 * Why a file could not be read, as a typed error with a bilingual message. Readers throw only this;
 * the CLI turns it into exit code 2 and one line on stderr, the data desk into a status message.
 */
import type { Bilingual } from '../report.js';

export type ReadErrorCode = 'too-large' | 'unsupported' | 'encrypted' | 'needs-ocr' | 'corrupt' | 'empty';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const MESSAGES: Record<ReadErrorCode, (detail: { size?: number; limit?: number; what?: string }) => Bilingual> = {
  'too-large': ({ size = 0, limit = 0 }) => ({
    'zh-CN': `文件过大（${megabytes(size)} MB，上限 ${megabytes(limit)} MB），未读取`,
    en: `file too large (${megabytes(size)} MB, limit ${megabytes(limit)} MB); not read`,
  }),
  unsupported: ({ what }) => ({
    'zh-CN': `不支持的文件类型${what ? `（${what}）` : ''}：请提供 PDF、Word（.docx）、Excel（.xlsx/.xls）、网页（.html）或文本文件`,
    en: `unsupported file type${what ? ` (${what})` : ''}: give a PDF, Word (.docx), Excel (.xlsx/.xls), web page (.html) or text file`,
  }),
  encrypted: ({ what = 'PDF' }) => ({
    'zh-CN': `${what} 文件已加密（有密码保护），无法读取其内容：请提供未加密的文件`,
    en: `the ${what} file is encrypted (password-protected), so its content cannot be read: give an unencrypted file`,
  }),
  'needs-ocr': () => ({
    'zh-CN': 'PDF 没有文字层（可能是扫描件）：需要先进行文字识别（OCR）',
    en: 'the PDF has no text layer (probably scanned): it needs OCR first',
  }),
  corrupt: ({ what }) => ({
    'zh-CN': `文件已损坏或不完整${what ? `（${what}）` : ''}，无法读取`,
    en: `the file is damaged or incomplete${what ? ` (${what})` : ''} and cannot be read`,
  }),
  empty: () => ({ 'zh-CN': '文件为空', en: 'the file is empty' }),
};

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly bilingual: Bilingual;

  constructor(code: ReadErrorCode, detail: { size?: number; limit?: number; what?: string } = {}) {
    const bilingual = MESSAGES[code](detail);
    super(`${bilingual['zh-CN']} / ${bilingual.en}`);
    this.name = 'ReadError';
    this.code = code;
    this.bilingual = bilingual;
  }
}

export const isReadError = (error: unknown): error is ReadError => error instanceof ReadError;

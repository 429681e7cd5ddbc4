/**
 * The format of a file, from its content rather than its name: a government site serves
 * "附件1.doc" that is really HTML, and ".xls" files that are OOXML.
 */
import { unzipSync } from 'fflate';
import type { SourceFormat } from '../source.js';
import { ReadError } from './errors.js';

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((byte, i) => bytes[at + i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Other formats people drop by mistake, named in the message. */
const KNOWN_OTHERS: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['gzip', [0x1f, 0x8b]],
];

/** "%PDF-" may follow a little junk (some servers prepend a BOM or whitespace); the spec allows 1024 bytes. */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Names of the entries of a zip, without inflating any; a damaged directory is a corrupt file. */
function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    throw new ReadError('corrupt', { what: 'zip' });
  }
  return names;
}

/** Control characters other than tab, line feed, form feed and carriage return mark a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) if (byte === 0 || (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13)) control++;
  return control > sample.length / 100;
}

/** Text as UTF-8 when it is valid UTF-8, otherwise GB18030 (which covers GBK and GB2312, as old CMSs save). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|table)\b/i;

export function isHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096)) || /<table\b[\s\S]*<\/table>/i.test(text.slice(0, 65536));
}

/** The format of `bytes`; throws a ReadError for an empty, damaged or unsupported file. */
export function detectFormat(bytes: Uint8Array): SourceFormat {
  if (bytes.length === 0) throw new ReadError('empty');
  if (isPdf(bytes)) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    const names = zipEntries(bytes);
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    throw new ReadError('unsupported', { what: 'zip' });
  }
  if (startsWith(bytes, OLE2)) return 'xls';
  const other = KNOWN_OTHERS.find(([, magic]) => startsWith(bytes, magic));
  if (other) throw new ReadError('unsupported', { what: other[0] });
  if (looksBinary(bytes)) throw new ReadError('unsupported');
  return isHtml(decodeText(bytes.subarray(0, 65536))) ? 'html' : 'text';
}

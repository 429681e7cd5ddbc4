/**
 * A page's text runs grouped the way a reader sees them: runs on one baseline are a line; runs of a line closer than
 * half a font size are one phrase (pdf.js cuts a phrase where its font or spacing changes); single characters printed
 * a few spaces apart ("合    计") are one letter-spaced label. Shared by the page layout (./pdf-layout.ts) and the
 * header reader (./pdf-header.ts), which keeps apart the characters that head columns of their own.
 */
import type { Cell } from './pdf-wraps.js';
import { isAutospace } from './text.js';

/** One run of text as pdf.js gives it: left edge, baseline and width in points (y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

/** A gap wider than this many font sizes separates two cells; runs of one phrase are closer. */
const CELL_GAP = 0.5;
/**
 * Labels printed letter-spaced ("合    计", "收    入") come as one run per character, a few spaces apart:
 * single Han characters closer than this many font sizes are one label. (Adjacent one-character headers
 * such as 类 款 项 are joined too, and the columns of the rows below then split them by span.)
 */
const LETTER_GAP = 3;
const LETTER_END = /(?:^|\s)\p{Script=Han}$/u;
const LETTER_START = /^\p{Script=Han}(?:\s|$)/u;
const LETTER = /^\p{Script=Han}$/u;

/** The page's runs with text, grouped by baseline: top to bottom, each line left to right. */
export function baselines(runs: TextRun[]): TextRun[][] {
  const sorted = runs.filter((run) => /\S/.test(run.text)).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - run.y) <= Math.min(line.size, run.size) * 0.5) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines.map((line) => line.runs.sort((a, b) => a.x - b.x));
}

/** Two pieces of one label printed a few spaces apart: a single character each side of the gap. */
const spaced = (left: Cell, right: Cell) => LETTER_END.test(left.text) && LETTER_START.test(right.text);

/**
 * `piece` added to `cell` on its right. A visible gap between the two is a space (Latin words, "收 入"), unless it is
 * a typesetter's spacing between scripts (目标 1：); the characters of a letter-spaced label stay listed with their extents.
 */
function append(cell: Cell, piece: Cell): void {
  const gap = piece.x0 - cell.x1;
  cell.letters = cell.letters && piece.letters && spaced(cell, piece) ? [...cell.letters, ...piece.letters] : undefined;
  const space = gap > piece.size * 0.15 && !isAutospace(cell.text, piece.text, gap / piece.size) && !/\s$/.test(cell.text);
  cell.text += (space ? ' ' : '') + piece.text;
  cell.x1 = Math.max(cell.x1, piece.x1);
  cell.y = Math.min(cell.y, piece.y);
  if (!cell.letters) delete cell.letters;
}

/** A line's runs (left to right) joined into phrases: runs closer than half a font size are one phrase. */
export function phrasesOf(line: TextRun[]): Cell[] {
  const phrases: Cell[] = [];
  let size = 0;
  for (const run of line) {
    const piece: Cell = { text: run.text, x0: run.x, x1: run.x + run.width, y: run.y, size: run.size };
    if (LETTER.test(run.text)) piece.letters = [{ text: run.text, x0: piece.x0, x1: piece.x1 }];
    const last = phrases.at(-1);
    if (last && piece.x0 - last.x1 < Math.max(size, run.size) * CELL_GAP) append(last, piece);
    else phrases.push(piece);
    size = run.size;
  }
  return phrases;
}

/**
 * A line's phrases with each letter-spaced label joined (in place: the first phrase of a label takes in the
 * others): a single character and the next one closer than LETTER_GAP font sizes, unless `apart` says the two
 * head columns of their own.
 */
export function joinLetters(phrases: Cell[], apart: (left: Cell, right: Cell) => boolean = () => false): Cell[] {
  const out: Cell[] = [];
  for (const phrase of phrases) {
    const last = out.at(-1);
    if (last && spaced(last, phrase) && phrase.x0 - last.x1 < phrase.size * LETTER_GAP && !apart(last, phrase)) append(last, phrase);
    else out.push(phrase);
  }
  return out;
}

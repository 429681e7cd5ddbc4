/**
 * A table's header read by position. A column name is the text stacked inside its column, read top to bottom
 * however many characters a line: printed upright a character a line (科 / 目 / 编 / 码), a character or two a line
 * in a narrow column (办 / 公 / 费 beside 印 / 刷 / 费), or wrapped in a wide one (公务用车 / 运行维护 / 费). Names
 * start on different lines (a group header above the names it spans, a name whose first line stands beside another
 * name's second): each is read whole and placed on the line where it starts, so the layout sees one header line
 * per level of names, whatever the heights at which their text lines fall.
 */
import { baselines, joinLetters, phrasesOf, type TextRun } from './pdf-runs.js';
import { joined, overlap, wrapsUnder, type Cell, type Line } from './pdf-wraps.js';
import { normaliseText } from './text.js';

/** The phrases overlapping `box` on the first of `lines` that has any. */
function nearest(lines: Cell[][], box: Cell): Cell[] {
  for (const line of lines) {
    const hit = line.filter((phrase) => overlap(phrase, box));
    if (hit.length) return hit;
  }
  return [];
}

/**
 * Each phrase that is a further text line of the phrase above it, mapped to that phrase. A phrase continues the one
 * above when it stands a text line below it (closer than the table's rows stand, `pitch`, which add the cell's
 * padding), and every phrase under the upper one stands under it alone: a name stands over its own next line only.
 * (A group header stands over several names, a row's height apart.)
 */
function continuations(lines: Cell[][], pitch: number): Map<Cell, Cell> {
  const lineOf = new Map(lines.flatMap((line, i) => line.map((phrase) => [phrase, i] as const)));
  /** The one phrase standing over `lower`, or undefined when none or several do. */
  const over = (lower: Cell) => {
    const above = nearest(lines.slice(0, lineOf.get(lower)).reverse(), lower);
    return above.length === 1 ? above[0] : undefined;
  };
  const found = new Map<Cell, Cell>();
  lines.forEach((line, i) => {
    for (const upper of line) {
      const under = nearest(lines.slice(i + 1), upper);
      const own = (lower: Cell) => over(lower) === upper && wrapsUnder(upper, lower, pitch);
      if (under.length && under.every(own)) for (const lower of under) found.set(lower, upper);
    }
  });
  return found;
}

/**
 * The header's names, a line for each level: the runs of the header's lines (above the table's first line of
 * figures), and the page's row pitch (undefined: no text line is known to wrap, and each line is read as printed).
 * Single characters side by side are one letter-spaced label ("合    计") unless either continues in a name of its
 * own below or above: then they are the first characters of narrow columns side by side.
 */
export function readHeader(runs: TextRun[], pitch: number | undefined): Line[] {
  const lines = baselines(runs).map(phrasesOf);
  const owners = pitch === undefined ? new Map<Cell, Cell>() : continuations(lines, pitch);
  const linked = new Set([...owners.keys(), ...owners.values()]);
  const nameOf = new Map<Cell, Cell>();
  const levels: Line[] = [];
  for (const line of lines) {
    const started: Cell[] = [];
    for (const phrase of joinLetters(line, (left, right) => linked.has(left) || linked.has(right))) {
      const name = nameOf.get(owners.get(phrase)!);
      if (name) {
        name.text = joined(name.text, phrase.text);
        name.x0 = Math.min(name.x0, phrase.x0);
        name.x1 = Math.max(name.x1, phrase.x1);
        name.y = Math.min(name.y, phrase.y);
        nameOf.set(phrase, name);
      } else {
        const first: Cell = { ...phrase };
        delete first.letters;
        started.push(first);
        nameOf.set(phrase, first);
      }
    }
    if (started.length) levels.push({ y: Math.max(...started.map((name) => name.y)), bottom: 0, cells: started });
  }
  return levels.map((level) => {
    const cells = level.cells.map((name) => ({ ...name, text: normaliseText(name.text).trim() }));
    return { y: level.y, bottom: Math.min(...cells.map((name) => name.y)), cells };
  });
}

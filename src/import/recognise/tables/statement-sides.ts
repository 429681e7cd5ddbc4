/**
 * Which side of a statement each label of a line belongs to, when the line prints fewer labels than there are
 * sides. Extraction that drops blank cells prints a line whose income side has run out ("七、文化旅游体育与传媒支出"
 * under "六、其他收入 六、科学技术支出") with nothing to say which side is missing. The label says it itself:
 * - a class of the function classification (文化旅游体育与传媒支出) stands on the side classified by function;
 * - otherwise its ordinal continues one side's numbering (三十二、 after 三十一、), or its words name a side
 *   (…收入 is income, …支出 expenditure).
 * A label nothing claims takes the side a lone label took on the line before, or else the first side left.
 */
import type { TableSection } from '../../../data/schema.js';
import { functionClassCode } from './codes.js';
import { economicClassCode } from './economic-classes.js';
import { squash } from './text.js';

export interface SideInfo {
  side: 'income' | 'expenditure';
  classification?: TableSection['classification'];
}

const DIGITS = '一二三四五六七八九';

/** "三十二、…" → 32, "（十）…" → 10, "3、…" → 3; undefined without an ordinal. */
export function ordinalOf(label: string): number | undefined {
  const match = /^(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+|\d+)[)）]|(\d+)、)/.exec(squash(label));
  if (!match) return undefined;
  const text = match[1] ?? match[2] ?? match[3]!;
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? DIGITS.indexOf(tens) + 1 : 1) * 10 : 0) + (ones ? DIGITS.indexOf(ones) + 1 : 0);
}

function claims(label: string, side: SideInfo, lastOrdinal: number | undefined): boolean {
  if (functionClassCode(label) !== undefined) return side.side === 'expenditure' && (side.classification ?? 'function') === 'function';
  const ordinal = ordinalOf(label);
  if (ordinal !== undefined && lastOrdinal !== undefined) return ordinal === lastOrdinal + 1;
  const t = squash(label);
  return /收入$/.test(t) ? side.side === 'income' : /支出$/.test(t) ? side.side === 'expenditure' : false;
}

/** What the lines so far tell about the sides: each side's last ordinal, and the side a line of one label took. */
export interface SideState {
  ordinals: (number | undefined)[];
  alone?: number;
}

/**
 * The side index of each label of a line, in order (a later label never stands on an earlier side); `state` is
 * updated. A lone label nothing claims stays on the side the lone label before it took: once one side has run out,
 * the other goes on alone.
 */
export function sidesOfLabels(labels: string[], sides: SideInfo[], state: SideState): number[] {
  const out: number[] = [];
  let from = 0;
  labels.forEach((label, k) => {
    // Room must stay for the labels after this one.
    const open = sides.map((_, s) => s).filter((s) => s >= from && s <= sides.length - (labels.length - k));
    const fallback = labels.length === 1 && state.alone !== undefined && open.includes(state.alone) ? state.alone : open[0]!;
    const chosen = labels.length === sides.length ? open[0]! : (open.find((s) => claims(label, sides[s]!, state.ordinals[s])) ?? fallback);
    out.push(chosen);
    state.ordinals[chosen] = ordinalOf(label) ?? state.ordinals[chosen];
    from = chosen + 1;
  });
  state.alone = labels.length === 1 ? out[0] : undefined;
  return out;
}

/** The side a label names by its words alone: income by …收入 / …拨款, an expenditure view by a class of its own. */
function namedBy(label: string, side: SideInfo): boolean {
  if (side.side === 'income') return /(收入|拨款)$/.test(squash(label));
  const classification = side.classification ?? 'function';
  if (classification === 'function') return functionClassCode(label) !== undefined;
  return classification !== 'basic-project' && economicClassCode(label, classification) !== undefined;
}

/**
 * Sides for lines whose ordinals cannot tell the sides apart (every side begins at 一、): the order-keeping
 * placements where each label stands on a side that names it, or, when no side names it, anywhere. A label keeps
 * the side every such placement gives it, and none (undefined) when they differ.
 */
export function sidesNamed(labels: string[], sides: SideInfo[]): (number | undefined)[] {
  if (labels.length === sides.length) return labels.map((_, k) => k);
  const placements: number[][] = [];
  const walk = (k: number, from: number, chosen: number[]) => {
    if (k === labels.length) return void placements.push(chosen);
    const named = sides.some((side) => namedBy(labels[k]!, side));
    for (let s = from; s <= sides.length - (labels.length - k); s += 1) if (!named || namedBy(labels[k]!, sides[s]!)) walk(k + 1, s + 1, [...chosen, s]);
  };
  walk(0, 0, []);
  return labels.map((_, k) => (placements.length > 0 && placements.every((p) => p[k] === placements[0]![k]) ? placements[0]![k] : undefined));
}

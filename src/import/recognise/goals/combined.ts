/**
 * A combined project goal table: one header, then per project a row of its own cells (unit, code-name, amount,
 * goal) followed by its indicator rows. Unit subtotal rows (a unit and an amount, no goal, no indicators) are
 * recorded in `performance.units`. A project row is recognised by its shape, text then an amount, since the
 * extraction may wrap a cell over several lines.
 */
import type { ProjectGoal, Unit } from '../../../data/schema.js';
import { parseAmount } from '../../amount.js';
import type { Cell } from './cells.js';
import { isLevelName } from './levels.js';
import { readIndicators, type IndicatorColumn } from './indicators.js';

/** A printed amount: a figure with decimals (12.80, 1,097.06), which weights and targets are not. */
const AMOUNT = /^-?\d{1,3}(?:,\d{3})*\.\d{1,2}$|^-?\d+\.\d{1,2}$/;
/** A project code glued to the name ("51172324R000011017965-福利费"). */
const CODED = /^([0-9A-Z]*[A-Z][0-9A-Z]*)-(.+)$/;
/** A unit code glued to its name ("309-…", "402001-…"). */
const UNIT_CODED = /^\d{3,}-/;
/** Cells of an indicator row (a figure, an operator, a direction), which a project's own row never holds. */
const NOT_A_NAME = /^[\d.,%％]+$|^(≥|≤|＝|=|＜|＞|<|>|定性|定量)$|^(正向|反向)/;

export interface CombinedResult {
  projects: ProjectGoal[];
  units: { name: string; amount: number | null }[];
}

/**
 * `knownUnits`: names of the budget units the document lists, to split a unit printed before a project name in
 * the same run of text ("402001-某县" / "卫生健康局" / "2024 年城乡…").
 */
export function readCombined(
  cells: readonly Cell[],
  columns: readonly IndicatorColumn[],
  unit: Unit,
  table: string,
  knownUnits: readonly string[],
  goalKey: 'goal' | 'periodGoal',
): CombinedResult {
  const result: CombinedResult = { projects: [], units: [] };
  let currentUnit: string | undefined;
  let i = 0;
  while (i < cells.length) {
    const head = headAt(cells, i);
    if (!head) {
      i += 1;
      continue;
    }
    let j = head.next;
    const goal: string[] = [];
    while (j < cells.length && !isLevelName(cells[j]!.text) && !headAt(cells, j)) goal.push(cells[j++]!.text);
    let k = j;
    while (k < cells.length && !headAt(cells, k)) k += 1;
    const amount = parseAmount(head.amount, unit);
    const parts = splitUnit(head.texts, knownUnits);
    if (k === j && goal.length === 0) {
      // Nothing under it: a unit subtotal.
      result.units.push({ name: parts.join(''), amount });
      currentUnit = parts.join('');
    } else {
      let texts = head.texts;
      if (parts.length > 1) {
        result.units.push({ name: parts[0]!, amount: null });
        currentUnit = parts[0];
        texts = [parts.slice(1).join('')];
      } else if (head.texts.length > 1 && /^\d+$/.test(head.texts[0]!)) {
        currentUnit = head.texts[0];
        texts = head.texts.slice(1);
      }
      const printed = texts.join('');
      const coded = CODED.exec(printed);
      const last = result.projects[result.projects.length - 1];
      if (last && last.name === (coded?.[2] ?? printed) && last.amount === amount) {
        // The project's row printed again at the top of the next page: its indicators continue.
        last.indicators.push(...readIndicators(columns, cells.slice(j, k)));
        i = k;
        continue;
      }
      result.projects.push({
        table,
        ...(coded ? { code: coded[1]!, name: coded[2]! } : { name: printed }),
        ...(currentUnit ? { unit: currentUnit } : {}),
        amount,
        ...(goal.length > 0 ? { [goalKey]: goal.join('') } : {}),
        indicators: readIndicators(columns, cells.slice(j, k)),
      });
    }
    i = k;
  }
  return result;
}

/** Text cells then an amount, starting at i: a project's (or unit's) own row. */
function headAt(cells: readonly Cell[], i: number): { texts: string[]; amount: string; next: number } | undefined {
  const texts: string[] = [];
  let j = i;
  while (j < cells.length && !AMOUNT.test(cells[j]!.text) && !isLevelName(cells[j]!.text) && texts.length < 8) {
    // A unit code in its own column (201001) may open the row; other figures belong to indicator rows.
    const code = j === i && cells[j]!.rowStart && /^\d+$/.test(cells[j]!.text);
    if (NOT_A_NAME.test(cells[j]!.text) && !code) return undefined;
    if (j > i && cells[j]!.rowStart) return undefined;
    texts.push(cells[j++]!.text);
  }
  if (texts.length === 0 || j >= cells.length || !AMOUNT.test(cells[j]!.text)) return undefined;
  // A goal sentence before an amount is not a row head: heads are names, not sentences.
  if (texts.some((text) => /[。；]$/.test(text))) return undefined;
  return { texts, amount: cells[j]!.text, next: j + 1 };
}

/** "402001-某县卫生健康局2024 年…" → ["402001-某县卫生健康局", "2024 年…"] when the unit is a known one. */
function splitUnit(texts: readonly string[], knownUnits: readonly string[]): string[] {
  const joined = texts.join('');
  const coded = UNIT_CODED.exec(joined);
  if (!coded) return [joined];
  const rest = joined.slice(coded[0].length);
  const known = knownUnits.filter((name) => rest.startsWith(name)).sort((a, b) => b.length - a.length)[0];
  if (!known || rest.length === known.length) return [joined];
  return [coded[0] + known, rest.slice(known.length)];
}

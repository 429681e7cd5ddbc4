/**
 * Two-sided statements (收支总表, 财政拨款收支总表, 政府性基金收支表): income on the left, one or more expenditure
 * views on the right (by function, by department or government economic classification), each a label followed by
 * its figures. Each side becomes a section; each label, a row of that section.
 */
import type { Column, Row, TableSection, Unit } from '../../../data/schema.js';
import { functionClassCode, withoutOrdinal } from './codes.js';
import { economicClassCode } from './economic-classes.js';
import type { CellRow } from './cells.js';
import type { ReportNote } from '../../report.js';
import { keyOf } from './columns.js';
import { buildRow } from './rows.js';
import { ordinalOf, sidesNamed, sidesOfLabels, type SideState } from './statement-sides.js';
import { placeOpenLines, type OpenLine } from './statement-figures.js';
import { totalFigures, totalLines } from './statement-totals.js';
import { halfWidth, isFigure, squash, STATEMENT_HEADER_WORD } from './text.js';

/** Income and total lines every statement prints, by their published names. */
const ROW_KEYS: [RegExp, string][] = [
  [/^本年收入(合计)?$/, 'income-this-year'],
  [/^本年支出(合计)?$/, 'expenditure-this-year'],
  [/^收入总计$/, 'income-total'],
  [/^支出总计$/, 'expenditure-total'],
  [/^上年结转(结余)?$|^年初(财政拨款)?结转和?结余$/, 'carry-over'],
  [/^年终结转结余$|^结转下年$|^年末(财政拨款)?结转和?结余$/, 'carry-forward'],
  [/^一般公共预算(拨款)?(收入)?$/, 'general-budget'],
  [/^政府性基金(预算)?(拨款)?(收入)?$/, 'gov-fund'],
  [/^国有资本经营(预算)?(拨款)?(收入)?$/, 'state-capital'],
  [/^财政专户管理资金(收入)?$/, 'special-account'],
  [/^社会保[障险]基金预算资金$/, 'social-insurance-fund'],
  [/^单位资金$/, 'unit-funds'],
  [/^事业收入$/, 'service-income'],
  [/^事业单位经营收入$/, 'business-income'],
  [/^上级补助收入$|^上级单位补助收入$/, 'subsidy'],
  [/^附属单位上缴收入$/, 'remittance'],
  [/^其他收入$/, 'other-income'],
  [/^上级财政补助收入$/, 'fiscal-subsidy'],
  [/^部门预算$/, 'department-budget'],
  [/^财政拨款(收入)?$/, 'fiscal'],
  [/^使用非财政拨款结余$/, 'non-fiscal-balance-used'],
  [/^上年实户资金余额$/, 'prior-account-balance'],
  [/^未安排支出的实户资金$/, 'unallocated-account-funds'],
  [/^用事业基金弥补收支差额$/, 'business-fund'],
  [/^事业单位结余分配$/, 'surplus-distribution'],
  [/^(其中[:：])?转入事业基金$/, 'to-business-fund'],
  [/^国库拨款专用$/, 'treasury-special'],
  // Basic and project expenditure under the names some provinces give them (人员经费和公用经费, 专项业务经费).
  [/^基本支出$|^人员经费和公用经费支出$/, 'basic'],
  [/^项目支出$|^专项业务经费支出$/, 'project'],
  [/^上缴上级支出$/, 'remit-to-higher'],
  [/^事业单位经营(服务)?支出$/, 'business-expenditure'],
  [/^对附属单位补助支出$/, 'subordinate-subsidy'],
];

/** A line's label that is its ordinal alone ("5、"). */
const isBareOrdinal = (label: string): boolean => ordinalOf(label) !== undefined && /^([一二三四五六七八九十]+、|[（(]([一二三四五六七八九十]+|\d+)[)）]|\d+、)$/.test(squash(label));

const rowKey = (name: string): string | undefined => {
  const t = halfWidth(withoutOrdinal(name));
  return ROW_KEYS.find(([p]) => p.test(t))?.[1];
};

interface Side {
  key: string;
  label: string;
  side: 'income' | 'expenditure';
  classification?: TableSection['classification'];
  /** Figure columns after the label. */
  columns: Column[];
}

/** The sides, from the header row that labels each side's item column (项目, 项目（按功能分类）…) and its figures. */
function sidesOf(header: string[]): Side[] {
  const sides: Side[] = [];
  for (const raw of header) {
    const label = raw.trim();
    if (!label) continue;
    if (/^(项目|科目)|分类科目|按.*分类/.test(squash(label))) {
      const expenditure = sides.length > 0;
      const classification = /政府.*经济/.test(label) ? 'gov-economic' : /经济/.test(label) ? 'dept-economic' : 'function';
      const key = !expenditure ? 'income' : sides.length === 1 && !/经济|功能/.test(label) ? 'expenditure' : `expenditure-${classification.replace('economic', 'economic')}`;
      sides.push({ key, label, side: expenditure ? 'expenditure' : 'income', ...(expenditure ? { classification } : {}), columns: [] });
    } else if (sides.length) {
      const key = /^(预算数|金额)$/.test(squash(label)) ? 'amount' : keyOf(label);
      if (key) sides[sides.length - 1]!.columns.push({ key, label });
    }
  }
  return sides;
}

/**
 * A header printed with single spaces comes as one cell ("项目预算数项目合计一般公共预算…"): split before each word a
 * statement header begins with, when every piece is a word the header vocabulary knows.
 */
function headerCells(cells: string[]): string[] {
  // A letter-spaced 项目 ("项    目 预算数 支出功能分类科目（按大类） …") splits the line at its spaces: read as words.
  const whole = squash(cells.join(''));
  if (/分类科目/.test(whole) && whole.replace(STATEMENT_HEADER_WORD, '') === '') return whole.match(STATEMENT_HEADER_WORD)!;
  return cells.flatMap((cell) => {
    const words = squash(cell).split(/(?=项目|预算数|金额|合计|小计|一般公共预算|政府性基金|国有资本经营)/);
    return words.length > 1 && words.every((w) => /^(项目|预算数|金额)$/.test(w) || keyOf(w) !== undefined) ? words : [cell];
  });
}

/**
 * An income line and a function class printed as one cell ("国有资本经营预算拨款收入国防支出"; single spaces
 * between words are read as letter spacing): split when the first part is an income line and the rest a class.
 */
function unglued(cell: string): string[] {
  const t = squash(cell);
  const lines = totalLines(t);
  if (lines) return lines;
  for (let at = 2; at < t.length - 1; at += 1) {
    const first = t.slice(0, at);
    if ((rowKey(first) !== undefined || /收入$/.test(first)) && functionClassCode(t.slice(at)) !== undefined) return [first, t.slice(at)];
  }
  return [cell];
}

/**
 * A line every expenditure side prints under one name, glued to the income side's ("使用非财政拨款结余结转下年结转下年
 * 结转下年"): split when the cell ends in one label repeated once for each expenditure side and something is left.
 */
export function repeatedTail(cell: string, times: number): string[] {
  const t = squash(cell);
  if (times < 2 || isFigure(t) || totalLines(t)) return [cell];
  for (let length = 2; length * times < t.length; length += 1) {
    const word = t.slice(-length);
    if (t.endsWith(word.repeat(times)) && !t.slice(0, -length * times).endsWith(word)) return [t.slice(0, -length * times), ...Array.from({ length: times }, () => word)];
  }
  return [cell];
}

/** A part split at runs of spaces keeps its label and figure together ("1、一般公共预算拨款 4,567,178.00"): apart. */
function labelAndFigure(cell: string): string[] {
  const match = /^(.*\S)\s+(\S+)$/.exec(cell.trim());
  return match && isFigure(match[2]!) && !isFigure(match[1]!) ? [match[1]!, match[2]!] : [cell];
}

/** A line's cells as labels, each with the figures after it (figures before the first label are not a row's). */
function labelled(cells: string[]): { label: string; figures: string[] }[] {
  const items: { label: string; figures: string[]; shut?: boolean }[] = [];
  for (const cell of cells.flatMap(labelAndFigure)) {
    // A cut figure ("4," with "567,178.00" printed elsewhere) is no label.
    if (/^[\d,.\s]+$/.test(cell) && !isFigure(cell)) continue;
    // Total lines printed glued ("本年收入合计本年支出合计…") and a figure line joined after them: which figure is
    // whose is not printed, so none is taken.
    const shut = totalLines(squash(cell)) !== undefined;
    if (!isFigure(cell)) items.push(...unglued(cell).map((label) => ({ label, figures: [] as string[], shut })));
    else if (!items[items.length - 1]?.shut) items[items.length - 1]?.figures.push(cell);
  }
  return items.map(({ label, figures }) => ({ label, figures }));
}

/**
 * A figure cut where the page turns: its head alone ("4,") the last line before the title, its tail ("567,178.00")
 * the first figure printed after the header. Joined when the tail groups as a figure's tail does; the arithmetic
 * still decides whose it is.
 */
function withCutHead(last: CellRow | undefined, after: CellRow[]): CellRow[] {
  const head = last && last.cells.length === 1 ? last.cells[0]!.trim() : '';
  if (!/^\d{1,3},$/.test(head)) return after;
  const first = after.findIndex((row) => row.cells.some((c) => isFigure(c.trim())));
  const cell = first < 0 ? -1 : after[first]!.cells.findIndex((c) => isFigure(c.trim()));
  const tail = after[first]?.cells[cell]?.trim() ?? '';
  if (!/^\d{3}(,\d{3})*(\.\d+)?$/.test(tail)) return after;
  return after.map((row, k) => (k === first ? { ...row, cells: row.cells.map((c, j) => (j === cell ? head + tail : c)) } : row));
}

/**
 * `before`: lines printed before the statement's title (at the foot of the table before it), read first when their
 * first line prints one label for each side, so that every side is there to take its label.
 */
export function readStatement(
  rows: CellRow[],
  unit: Unit,
  before: CellRow[] = [],
): { columns: Column[]; sections: TableSection[]; rows: Row[]; notes: ReportNote[]; readBefore: boolean } | undefined {
  const headerAt = rows.findIndex((r) => headerCells(r.cells).filter((c) => /^(项目|科目)|分类科目/.test(squash(c))).length >= 2);
  if (headerAt < 0) return undefined;
  const sides = sidesOf(headerCells(rows[headerAt]!.cells));
  if (sides.length < 2) return undefined;
  // The side labels above (收入 / 支出) name the sections when printed.
  const top = rows.slice(Math.max(0, headerAt - 2), headerAt).flatMap((r) => r.cells.filter((c) => c.trim() !== ''));
  if (top.length >= 2 && sides.length === 2) {
    sides[0]!.label = top[0]!.trim();
    sides[1]!.label = top[1]!.trim();
  }
  const width = sides.map((s) => 1 + Math.max(1, s.columns.length));
  // Cells before the first side's label column: a 序号 column (its header may stand a row higher, blank here).
  // A letter-spaced 项目 ("项    目 预算数 …") splits as "项" / "目 预算数 …": its first letter begins the label column.
  const lead = Math.max(0, rows[headerAt]!.cells.findIndex((c) => /^(项目|科目)|^[项科]$|分类科目|按.*分类/.test(squash(c))));
  const out: Row[] = [];
  const classCode = (label: string, classification: NonNullable<Side['classification']>) =>
    classification === 'function' ? functionClassCode(label) : classification === 'basic-project' ? undefined : economicClassCode(label, classification);
  const state: SideState = { ordinals: sides.map((): number | undefined => undefined) };
  // A label cut where the page turns ("5、" above the title, "附属单位上缴收入" below the header): its ordinal waits
  // for the side's next label that prints none, totals aside.
  const cut = new Map<Side, string>();
  const push = (side: Side, text: string, figures: string[]) => {
    if (squash(text) === '' && figures.every((f) => f.trim() === '')) return;
    if (isBareOrdinal(text) && figures.length === 0) return void cut.set(side, squash(text));
    const pending = cut.get(side);
    const joins = pending !== undefined && ordinalOf(text) === undefined && !/合计$|总计$/.test(squash(text)) && !totalLines(squash(text));
    if (joins) cut.delete(side);
    const label = joins ? pending + text.trim() : text;
    const keys = side.columns.length ? side.columns.map((c) => c.key) : ['amount'];
    const built = buildRow({ lead: [], name: label, values: figures }, keys, unit);
    const key = rowKey(label);
    const code = side.side === 'expenditure' ? classCode(label, side.classification ?? 'function') : undefined;
    const role = /合计$|总计$/.test(squash(label)) ? 'total' : undefined;
    out.push({ section: side.key, ...(key ? { key } : {}), ...(code ? { code } : {}), ...(role ? { role } : {}), name: label.trim(), values: built.values });
  };
  const openLines = new Map<Side, OpenLine[]>();
  const after = rows.slice(headerAt + 1);
  // A side whose labels are all printed after the header, one a line, each a class of the function classification:
  // lines printed before the title that print one label for every other side are those sides' (表9's function side).
  const single = after.map((r) => labelled(r.cells)).filter((items) => items.length > 0 && !items.every((i) => totalLines(squash(i.label)) || /合计$|总计$/.test(squash(i.label))));
  const apart = sides.findIndex((side) => side.classification === 'function');
  const functionApart = apart >= 0 && single.length > 0 && single.every((items) => items.length === 1 && functionClassCode(items[0]!.label) !== undefined);
  const firstLabels = before[0] ? labelled(before[0].cells).length : 0;
  const everySide = firstLabels === sides.length;
  const otherSides = functionApart && firstLabels === sides.length - 1 ? sides.filter((_, s) => s !== apart) : undefined;
  const readBefore = everySide || otherSides !== undefined;
  const lines = [...(readBefore ? before : []), ...withCutHead(before.at(-1), after)];
  const unplaced: string[] = [];
  // Total lines printed apart from their figures, matched by the arithmetic (statement-totals.ts).
  const totals = totalFigures(lines, sides.map((side) => side.side === 'income'));
  /** Cells of a line that prints every side's label and columns, blank ones included. */
  const fullLine = lead + width.reduce((a, b) => a + b, 0);
  for (const row of lines) {
    const totalLinesOfRow = totals.byRow.get(row);
    if (totalLinesOfRow) {
      for (const line of totalLinesOfRow) line.labels.forEach((label, s) => push(sides[s]!, label, line.figures[s] ? [line.figures[s]] : []));
      continue;
    }
    const cells = row.cells;
    // The column numbers under the header (栏次 1 2 3 4) label nothing.
    if (cells.every((c) => c.trim() === '' || /^\d+$/.test(c.trim()) || squash(c) === '栏次')) continue;
    // A line one cell short is positional with its last cell blank, unless blank cells were lost anywhere in it; a
    // line split at tabs keeps every blank cell but its trailing ones, so it is positional however short.
    const positional = row.tabbed === true || cells.length >= fullLine - (row.lossy === true ? 0 : 1);
    const at = positional || (lead > 0 && /^\d{1,3}$/.test(cells[0]?.trim() ?? '')) ? lead : 0;
    if (positional) {
      sides.reduce((from, side, s) => {
        push(side, cells[from] ?? '', cells.slice(from + 1, from + width[s]!));
        return from + width[s]!;
      }, at);
      continue;
    }
    // Blank cells lost: each label with the figures up to the next label; a line whose sides ran out prints fewer.
    const lineSides = otherSides && before.includes(row) ? otherSides : sides;
    const items = labelled(cells.slice(at).flatMap((c) => repeatedTail(c, lineSides.length - 1))).slice(0, lineSides.length);
    // Lines of the other sides only, every one numbered from 一、: only what the labels' words decide is placed.
    const placed = lineSides === sides ? sidesOfLabels(items.map((i) => i.label), sides, state) : sidesNamed(items.map((i) => i.label), lineSides);
    items.forEach((item, k) => {
      if (placed[k] === undefined) return void unplaced.push(item.label.trim());
      const side = lineSides[placed[k]]!;
      // Fewer figures than the side's columns, blank cells lost: only the side's 合计 column is certain until the
      // arithmetic places them (statement-figures.ts).
      const open = row.lossy === true && side.columns.length > 1 && item.figures.length < side.columns.length;
      push(side, item.label, !open ? item.figures : side.columns[0]!.key === 'total' ? item.figures.slice(0, 1) : []);
      if (open) openLines.set(side, [...(openLines.get(side) ?? []), { row: out.length - 1, figures: item.figures }]);
    });
  }
  // An ordinal no label followed stays as printed.
  for (const [side, ordinal] of cut) out.push({ section: side.key, name: ordinal, values: {} });
  const income = out.filter((r) => sides.some((s) => s.key === r.section && s.side === 'income'));
  const notes = [...openLines].flatMap(([side, lines]) => placeOpenLines(out, side.key, side.columns, lines, unit, income));
  const sections: TableSection[] = sides.map((side) => ({
    key: side.key,
    label: side.label,
    side: side.side,
    ...(side.classification ? { classification: side.classification } : {}),
    ...(side.columns.length > 1 ? { columns: side.columns } : {}),
  }));
  notes.push(
    ...totals.undecided.map((label): ReportNote => ({
    kind: 'ambiguity',
    message: {
      'zh-CN': `“${label}”等合计行与其数值分开印出，加总关系无法确定哪一行数值属于哪一行，数值未取`,
      en: `"${label}" and the other total lines are printed apart from their figures, and the sums cannot decide which figures are whose, so none is taken`,
    },
  })),
  );
  if (unplaced.length) {
    notes.push({
      kind: 'ambiguity',
      message: {
        'zh-CN': `标题前印出的 ${unplaced.length} 个名称（“${unplaced[0]}”等）无法按其文字确定所在栏，未列入`,
        en: `${unplaced.length} labels printed before the title ("${unplaced[0]}" …) name no side by their words and are left out`,
      },
    });
  }
  return { columns: [{ key: 'amount', label: sides[0]!.columns[0]?.label ?? '预算数' }], sections, rows: out, notes, readBefore };
}

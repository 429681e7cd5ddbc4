/**
 * A goal table laid out as a form (one table per project, or the department's): labelled cells (项目名称,
 * 预算数, 其中：财政拨款, 资金支出计划, 绩效目标 …) then the indicator grid. PDF text may print a label after its
 * value ("45.00实施期资金总额：") or one character per line ("总" / "体" / "目" / "标"); both are read.
 */
import type { ProjectGoal, Unit } from '../../../data/schema.js';
import { parseAmount } from '../../amount.js';
import type { Cell } from './cells.js';
import { squash } from '../tables/text.js';

type Slot = 'code' | 'name' | 'amount' | 'funding' | 'schedule' | 'goal' | 'periodGoal' | 'field';

const LABELS: [RegExp, Slot][] = [
  [/^项目(编码|代码)/, 'code'],
  [/^项目名称|^部门(（单位）)?名称|^预算(（单位）)?名称/, 'name'],
  [/^其中[:：]?(财政(资金|拨款)|.*资金)|^其他资金/, 'funding'],
  [/预算数|资金总额[:：]?|年度资金总额/, 'amount'],
  [/^资金支出计划/, 'schedule'],
  [/^实施期(绩效)?目标/, 'periodGoal'],
  [/^(年度)?(总体|绩效)目标$|^年度目标$|^整体绩效目标$|^年度总体目标$/, 'goal'],
  [/^(主管部门|实施单位|项目负责人|预算规模及资金用途|项目属性|项目期限)|(主管部门|实施单位)$/, 'field'],
];

/** Spaces a PDF put between Chinese characters or around Chinese punctuation are not the text's. */
export const cjkText = (text: string) => text.replace(/(?<=[\u3000-\u303f\u4e00-\u9fa5\uff00-\uffef])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fa5\uff00-\uffef])/g, (space, offset: number, whole: string) => (/\d/.test(whole[offset - 1] ?? '') ? space : ''));
const FIGURE = /-?\d[\d,]*(?:\.\d+)?/;
/** Labels of a budget columns' header row. */
const BUDGET_COLUMN = /^(资金总额|财政拨款|财政资金|其他资金|专户资金|单位资金)$/;
/** A numbered goal item: 目标二：, 目标2：, 2、, 2. */
const GOAL_ITEM = /^(目标[一二三四五六七八九十\d]+[:：]|\d{1,2}[、.．](?!\d))/;

function labelOf(text: string): { slot: Slot; label: string; rest: string } | undefined {
  const flat = squash(text);
  for (const [pattern, slot] of LABELS) {
    const hit = pattern.exec(flat);
    if (hit) return { slot, label: hit[0].replace(/[:：]$/, ''), rest: (flat.slice(0, hit.index) + flat.slice(hit.index + hit[0].length)).replace(/^[:：]/, '') };
  }
  return undefined;
}

/** The project (or department) a form's cells describe; indicators are read by the caller. */
export function readForm(cells: readonly Cell[], unit: Unit): Omit<ProjectGoal, 'indicators'> & { funding: NonNullable<ProjectGoal['funding']> } {
  const project: Omit<ProjectGoal, 'indicators'> & { funding: NonNullable<ProjectGoal['funding']> } = { name: '', funding: [] };
  const fields: { label: string; value: string }[] = [];
  const scheduleLabels: string[] = [];
  const scheduleAmounts: number[] = [];
  let pending: { slot: Slot; label: string } | undefined;
  /** The slot a goal went to: its numbered items on the next lines (目标二：…, 2.…) belong to it. */
  let goalSlot: 'goal' | 'periodGoal' | undefined;
  const amountOf = (text: string) => {
    const figure = FIGURE.exec(text.replace(/[（(][^）)]*[）)]/g, ''));
    return figure ? parseAmount(figure[0], unit) : null;
  };
  const fill = (slot: Slot, label: string, value: string) => {
    if (slot === 'code') project.code = value;
    else if (slot === 'name') project.name = value;
    else if (slot === 'amount') project.amount = amountOf(value);
    else if (slot === 'funding') project.funding.push({ label, amount: amountOf(value) });
    else if (slot === 'goal' || slot === 'periodGoal') {
      project[slot] = cjkText(value);
      goalSlot = slot;
    }
    else if (slot === 'field') fields.push({ label, value });
  };
  for (let c = 0; c < cells.length; c += 1) {
    const text = cells[c]!.text.trim();
    if (/^\d{1,2}月(底|末)?$/.test(text)) {
      scheduleLabels.push(text);
      continue;
    }
    if (goalSlot && project[goalSlot] && GOAL_ITEM.test(text)) {
      project[goalSlot] += `\n${cjkText(text)}`;
      continue;
    }
    // A goal cut inside its sentence ("…提高经办服务效" / "率 。") ends on the next line.
    if (goalSlot && !/[。；;！.]$/.test(project[goalSlot] ?? '') && /[。！]$/.test(text) && !labelOf(text)) {
      project[goalSlot] += cjkText(text).replace(/\s+(?=[。！]$)/, '');
      continue;
    }
    goalSlot = undefined;
    // A row of budget column labels (资金总额 财政拨款 其他资金) over a row of their figures, blank ones dropped.
    const heads: string[] = [];
    while (c + heads.length < cells.length && BUDGET_COLUMN.test(squash(cells[c + heads.length]!.text))) heads.push(squash(cells[c + heads.length]!.text));
    if (heads.length >= 2) {
      const figures: string[] = [];
      let k = c + heads.length;
      while (k < cells.length && figures.length < heads.length && /^[\d,.]+$/.test(cells[k]!.text.trim())) figures.push(cells[k++]!.text.trim());
      if (figures.length > 0) {
        if (pending?.slot === 'funding') fill('funding', pending.label, '');
        pending = undefined;
        heads.forEach((head, i) => project.funding.push({ label: head, amount: figures[i] === undefined ? null : parseAmount(figures[i]!, unit) }));
        c = k - 1;
        continue;
      }
    }
    // A label a narrow column wrapped ("整体绩效" / "目标") is read whole.
    const wrapped = !labelOf(text) && cells[c + 1] ? labelOf(text + cells[c + 1]!.text.trim()) : undefined;
    if (wrapped?.rest === '') c += 1;
    const label = wrapped?.rest === '' ? wrapped : labelOf(text);
    if (label) {
      if (pending?.slot === 'funding') fill('funding', pending.label, '');
      if (pending?.slot === 'field') fields.push({ label: pending.label, value: '' });
      pending = undefined;
      if (label.slot === 'schedule') continue;
      if (label.rest !== '') fill(label.slot, label.label, label.rest);
      else pending = label;
      continue;
    }
    if (scheduleLabels.length > scheduleAmounts.length && FIGURE.test(text) && /^[\d,.]+$/.test(text)) {
      scheduleAmounts.push(parseAmount(text, unit)!);
      continue;
    }
    if (pending) {
      const numeric = /^[\d,.]+$/.test(text);
      const wantsFigure = pending.slot === 'amount' || pending.slot === 'funding';
      if (numeric === wantsFigure) {
        fill(pending.slot, pending.label, text);
        pending = undefined;
      } else if (!numeric) {
        // A label with no value (其他资金 left blank) before a text cell: the text belongs to an earlier field.
        if (pending.slot === 'funding') fill('funding', pending.label, '');
        const open = fields.find((field) => field.value === '');
        if (open) open.value = text;
        pending = undefined;
      }
      continue;
    }
    const open = fields.find((field) => field.value === '');
    if (open) open.value = text;
  }
  if (pending?.slot === 'funding') fill('funding', pending.label, '');
  if (pending?.slot === 'field') fields.push({ label: pending.label, value: '' });
  if (scheduleAmounts.length > 0) project.schedule = scheduleLabels.map((label, i) => ({ label, ...(scheduleAmounts[i] !== undefined ? { amount: scheduleAmounts[i] } : {}) }));
  const kept = fields.filter((field) => field.value !== '');
  if (kept.length > 0) project.fields = kept;
  return project;
}

type Form = ReturnType<typeof readForm>;

/**
 * A form whose amount labels came out empty while bare figures follow the indicator grid: PDF text may print
 * a merged cell's figures at the table's foot. They are the amount then its parts, in label order, but only
 * when they add up (the first is the sum of the rest); otherwise the amounts stay unread. Returns the grid's
 * cells without the figures taken, and whether any were.
 */
export function placeFooterFigures(form: Form, grid: readonly Cell[], unit: Unit): { grid: readonly Cell[]; placed: boolean } {
  const unread = (form.amount ?? null) === null && form.funding.length > 0 && form.funding.every((part) => part.amount === null);
  if (!unread) return { grid, placed: false };
  const kept = grid.filter((cell) => !cell.vertical);
  let from = kept.length;
  while (from > 0 && /^\d[\d,]*\.\d+$/.test(kept[from - 1]!.text)) from -= 1;
  const figures = kept.slice(from).map((cell) => parseAmount(cell.text, unit)!);
  const [total, ...parts] = figures;
  const adds = total !== undefined && parts.length > 0 && parts.length <= form.funding.length && Math.abs(total - parts.reduce((sum, part) => sum + part, 0)) < 0.005;
  if (!adds) return { grid, placed: false };
  form.amount = total;
  parts.forEach((amount, i) => (form.funding[i]!.amount = amount));
  const taken = new Set(kept.slice(from));
  return { grid: grid.filter((cell) => !taken.has(cell)), placed: true };
}

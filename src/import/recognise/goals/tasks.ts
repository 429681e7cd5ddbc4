/**
 * The department goal table's 年度主要任务: rows of 任务名称 and 主要内容, sometimes with the task's budget
 * (总额, 财政拨款, 其他资金). Extractions print a row one cell per line, on one line ("名称 内容 315.72 315.72"),
 * or with the name on its own line and the content wrapped at the column width over several lines.
 */
import type { DepartmentGoal, Unit } from '../../../data/schema.js';
import { parseAmount } from '../../amount.js';
import type { Cell } from './cells.js';
import { cjkText } from './form.js';

type Task = DepartmentGoal['tasks'][number];

/** Where the task rows end: the next part of the form (budget, goal, indicators) or the total row. */
const END = /^(金额合计|合计|总计|资金总额|年度|整体|总体|预算支出总额|一级指标)/;
/** Header cells of the task budget columns. */
const BUDGET_HEADER = /^(预算金额|金额|总额|合计|财政拨款|其他资金|专户资金|单位资金|[（(]?万?元[)）]?)/;
const TRAILING_FIGURES = /(?:\s+-?[\d,]+(?:\.\d+)?)+\s*$/;
const STOP = /[。；;！.]$/;

/** The tasks and the cells they took (the form reads the rest). */
export function readTasks(cells: readonly Cell[], unit: Unit): { tasks: Task[]; taken: Set<Cell> } {
  const taken = new Set<Cell>();
  const open = cells.findIndex((cell) => /主要内容/.test(cell.text));
  if (open < 0 || !cells.slice(Math.max(0, open - 1), open + 1).some((cell) => /任务名称/.test(cell.text))) return { tasks: [], taken };
  const lines: { text: string; cells: Cell[] }[] = [];
  for (let i = open + 1; i < cells.length; i += 1) {
    const cell = cells[i]!;
    if (lines.length === 0 || lines.at(-1)!.cells[0]!.block !== cell.block) {
      // A label printed vertically (整/体/绩/效) opens the next part of the form.
      if (END.test(cell.text.trim()) || cell.vertical) break;
      lines.push({ text: '', cells: [] });
    }
    const line = lines.at(-1)!;
    line.cells.push(cell);
    line.text = line.text === '' ? cell.text.trim() : `${line.text} ${cell.text.trim()}`;
  }
  // The budget columns' header lines, before the first task.
  const labels: string[] = [];
  while (lines.length > 0 && lines[0]!.text.split(/\s+/).every((word) => BUDGET_HEADER.test(word))) {
    labels.push(...lines[0]!.text.split(/\s+/).filter((word) => !/^(预算金额|金额|[（(]?万?元[)）]?)/.test(word)));
    for (const cell of lines.shift()!.cells) taken.add(cell);
  }
  // The content column's width: a line as wide (spaces aside) was cut there and goes on in the next line.
  const width = (text: string) => text.replace(/\s+/g, '').length;
  const widest = Math.max(0, ...lines.filter((line) => !startsRow(line.text)).map((line) => width(line.text)));
  // Text wrapped at a column's width prints several lines of about that width; a table of short cells does not.
  const wraps = lines.filter((line) => !startsRow(line.text) && width(line.text) >= widest * 0.9).length >= 2;
  const tasks: Task[] = [];
  /** The task being read: its name lines, content lines, and whether its content may go on. */
  let current: { name: string[]; content: string[]; continues: boolean; split: boolean } | undefined;
  const finish = (figures?: string[]) => {
    if (!current || current.name.length === 0) return;
    if (figures && !current.split && current.content.length > 1) {
      // The row's amounts print on its content's line: lines before it are the name, wrapped.
      current.name.push(...current.content.splice(0, current.content.length - 1));
    }
    const content = cjkText(current.content.join(''));
    const amounts = (figures ?? []).map((figure) => parseAmount(figure, unit));
    tasks.push({
      name: cjkText(current.name.join('')),
      ...(content ? { content } : {}),
      ...(labels.length > 0 ? { amount: amounts[0] ?? null, funding: labels.slice(1).map((label, i) => ({ label, amount: amounts[i + 1] ?? null })) } : {}),
    });
    current = undefined;
  };
  for (const line of lines) {
    for (const cell of line.cells) taken.add(cell);
    const figures = labels.length > 0 ? TRAILING_FIGURES.exec(line.text)?.[0].trim().split(/\s+/) : undefined;
    const text = figures ? line.text.replace(TRAILING_FIGURES, '').trim() : line.text;
    const full = wraps && width(text) >= widest * 0.8;
    // Content goes on while the task has none yet, while its last line was cut at the column width, or, where
    // the rows print amounts, until the line that prints them.
    const goesOn = current && (current.content.length === 0 || current.continues || (labels.length > 0 && !current.split)) && !startsRow(text);
    if (current && goesOn) {
      current.content.push(text);
      current.continues = full && !STOP.test(text);
    } else {
      finish();
      // A row on one line: a short name, a space, the content.
      const row = /^([^\s，。；,;]{2,30})\s+(\S.*)$/.exec(text);
      current = row ? { name: [row[1]!], content: [row[2]!], continues: false, split: true } : { name: [text], content: [], continues: false, split: false };
    }
    if (figures) finish(figures);
  }
  finish();
  return { tasks, taken };
}

/** A line that holds a whole row (name and content) cannot be the content of a name printed alone. */
const startsRow = (text: string) => /^[^\s，。；,;]{2,30}\s+\S*[，。；,;]/.test(text);

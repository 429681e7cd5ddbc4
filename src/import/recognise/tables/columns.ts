/**
 * Header labels → column keys of the document vocabulary (docs/schema.md). Headers that label the rows (项目, 科目编码,
 * 类/款/项, 单位代码, 序号, 栏次) are not columns of figures. A 合计 or 小计 takes its meaning from the spanning header
 * above it: 小计 under 公务用车购置及运行费 is `vehicles`, 合计 under 基本支出 is the table's `total`.
 */
import type { Column } from '../../../data/schema.js';
import { nestedColumns } from './nested.js';
import { halfWidth, squash } from './text.js';

/** Labels of the row-label columns, and of the text columns (TEXT_KEYS) that are the rows' words, not figures. */
export const isRowHeader = (label: string): boolean =>
  textColumnKeyOf(label) !== undefined ||
  /^(项目|科目编码|科目名称|功能科目(编码|名称)?|(部门|政府)经济科目(编码|名称)|类|款|项|单位代码|单位编码|单位(\(项目\))?名称(\(.*\))?|序号|栏次|编码|名称|预算科目|功能分类科目|支出功能分类科目|经济分类科目|部门预算支出经济分类科目|政府预算支出经济分类科目|项目名称|单位)$/.test(
    halfWidth(squash(label)),
  );

const KEYS: [RegExp, string][] = [
  [/^(合计|总计)$|^“?三公”?经费合计$/, 'total'],
  [/^基本支出$/, 'basic'],
  [/^项目支出$|^专项业务经费支出$/, 'project'],
  [/^人员经费(支出)?$/, 'personnel'],
  [/^公用经费(支出)?$/, 'operating'],
  [/^上(缴|解)上级支出$/, 'remit-to-higher'],
  [/^对附属单位补助支出$/, 'subordinate-subsidy'],
  [/经营支出$/, 'business-expenditure'],
  [/^当年财政拨款(预算)?安排$/, 'current-year'],
  [/^上年结转(安排)?$/, 'carry-over'],
  [/^用事业基金弥补收支差额$/, 'business-fund'],
  [/^(事业单位)?经营收入$/, 'business-income'],
  [/^事业收入$/, 'service-income'],
  [/^上级补助收入$/, 'subsidy'],
  [/^(对)?附属单位上缴收入$/, 'remittance'],
  [/^其他收入$/, 'other-income'],
  // 陕西's templates: the balance of the unit's own bank accounts (实户) brought forward, a source beside 上年结转.
  [/^(上年)?实户资金余额$/, 'prior-account-balance'],
  // A part of the fund named above it (其中：专项资金列入部门预算的项目 under 一般公共预算拨款): prefixed by PARTS_OF.
  [/^其中[:：]?专项资金/, 'special-funds'],
  [/^财政拨款收入$/, 'current-year'],
  [/财政专户/, 'special-account'],
  [/^单位资金$/, 'unit-funds'],
  [/^社会保险基金(预算)?(资金|拨款(收入)?)?$/, 'social-insurance-fund'],
  [/^经费拨款(收入)?$/, 'general-budget-funding'],
  [/^一般公共预算/, 'general-budget'],
  [/^政府性基金/, 'gov-fund'],
  [/^国有资本经营/, 'state-capital'],
  [/因公出国/, 'outbound'],
  [/^公务用车购置费$/, 'vehicle-purchase'],
  [/^公务用车运行(维护)?费$/, 'vehicle-operation'],
  [/^公务用车购置及运行(维护)?费$/, 'vehicles'],
  [/^公务接待费$/, 'reception'],
  [/^会议费$/, 'meetings'],
  [/^培训费$/, 'training'],
  // 专项资金预算汇总表: the general public budget's sources, and how each fund is budgeted (预算编制方式).
  [/^纳入一般公共预算管理的非税收入$/, 'general-budget-non-tax'],
  [/^一般债券$/, 'general-budget-bonds'],
  [/^外国政府和国际组织贷款$/, 'general-budget-foreign-loans'],
  [/^外国政府和国际组织赠款$/, 'general-budget-foreign-grants'],
  [/^编入部门预算金额$/, 'in-department-budget'],
  [/^财政代编金额$/, 'compiled-by-finance'],
  [/^商品和服务支出$/, 'goods-services'],
  [/^(预算数|金额|预算金额|项目金额)$/, 'amount'],
  // 部门固定资产占用情况表: how many (a count, not an amount) and their value.
  [/^数量$/, 'quantity'],
  [/^价值$/, 'value'],
  [/^备注$/, 'remarks'],
];

/**
 * Columns of a table by goods-and-services item (商品和服务支出 by 部门预算经济分类: 办公费, 印刷费 … the items of
 * class 302). In such a table 公务接待费 or 会议费 is one item among the rest, so the 三公 keys give way to these.
 */
const ITEM_KEYS: [RegExp, string][] = [
  [/^办公(费|经费)$/, 'office'],
  [/^印刷费$/, 'printing'],
  [/^咨询费$/, 'consulting'],
  [/^手续费$/, 'handling-fees'],
  [/^水费$/, 'water'],
  [/^电费$/, 'electricity'],
  [/^邮电费$/, 'postage'],
  [/^取暖费$/, 'heating'],
  [/^物业管理费$/, 'property-management'],
  [/^差旅费$/, 'travel'],
  [/^因公出国\(境\)费用?$/, 'outbound-costs'],
  [/^维修\(护\)费$/, 'maintenance'],
  [/^租赁费$/, 'rent'],
  [/^会议费$/, 'meetings'],
  [/^培训费$/, 'training'],
  [/^公务接待费$/, 'reception-costs'],
  [/^专用材料(购置)?费$/, 'special-materials'],
  [/^被装购置费$/, 'uniforms'],
  [/^专用燃料费$/, 'special-fuel'],
  [/^劳务费$/, 'labour'],
  [/^委托业务费$/, 'commissioned'],
  [/^工会(经)?费$/, 'union'],
  [/^福利费$/, 'welfare'],
  [/^公务用车运行维护费$/, 'vehicle-operation-costs'],
  [/^其他交通费(用)?$/, 'other-transport'],
  [/^税金及附加(费用)?$/, 'taxes'],
  [/^其他商品和服务支出$/, 'other-goods-services'],
];

/** Spanning headers of the national templates over columns of their own keys (专项资金预算汇总表's 预算额度 / 预算编制方式). */
const TEMPLATE_GROUP = /^(机关商品和服务支出|对事业单位经常性补助|预算额度|预算编制方式)$/;

/**
 * Groups whose parts are the group's own (对事业单位经常性补助 › 商品和服务支出 is
 * `institution-subsidy-goods-services`), so that they keep apart from the same part elsewhere in the table.
 */
const PARTS_OF: [RegExp, string][] = [
  [/^对事业单位经常性补助$/, 'institution-subsidy'],
  // 小计 and 其中：专项资金… under 一般公共预算拨款 (or 公共预算拨款, as the 支出总表 of the same templates print it).
  [/^(一般)?公共预算拨款(收入)?$/, 'general-budget'],
];

/** A goods-and-services class over its items (机关商品和服务支出, 商品和服务支出): the columns below are items. */
const isItemGroup = (group: string | undefined): boolean => group !== undefined && /商品和服务支出$/.test(halfWidth(squash(group)));

const itemKeyOf = (label: string): string | undefined => ITEM_KEYS.find(([p]) => p.test(halfWidth(squash(label))))?.[1];

/** Items only such a table prints (not 三公 or 会议/培训 columns): three of them make it one. */
const isItemTable = (labels: string[]): boolean =>
  labels.filter((l) => ['office', 'printing', 'consulting', 'handling-fees', 'water', 'electricity', 'postage', 'travel', 'rent', 'labour', 'union', 'welfare'].includes(itemKeyOf(l) ?? '')).length >= 3;

/** A 小计 / 合计 under a spanning header: the header's own key. */
const SUBTOTAL_OF: [RegExp, string][] = [
  [/^公务用车购置及运行/, 'vehicles'],
  [/^本年收入$/, 'income-this-year'],
  [/^机关商品和服务支出$/, 'goods-services'],
  ...PARTS_OF,
];

/** The key of a column labelled `label` under the spanning header `group`, in a table by goods-and-services item or not. */
function keyUnder(label: string, group: string | undefined, items: boolean): string | undefined {
  const plain = group === undefined ? undefined : halfWidth(squash(group));
  if (/^(小计|合计)$/.test(squash(label)) && plain !== undefined) {
    const sub = SUBTOTAL_OF.find(([p]) => p.test(plain))?.[1];
    if (sub) return sub;
  }
  const key = (items || isItemGroup(group) ? itemKeyOf(label) : undefined) ?? keyOf(label);
  const whole = plain === undefined ? undefined : PARTS_OF.find(([p]) => p.test(plain))?.[1];
  return key && whole ? `${whole}-${key}` : key;
}

/** Keys of columns that count things (房屋 in 平方米, 车辆 in 辆): their figures are numbers as printed, not amounts. */
export const isCountKey = (key: string): boolean => key === 'quantity';

/** A figure column, typed `number` when it counts things. */
const column = (key: string, label: string, groups?: string[]): Column => ({
  key,
  label,
  ...(isCountKey(key) ? { type: 'number' as const } : {}),
  ...(groups ? { groups } : {}),
});

export const keyOf = (label: string): string | undefined => {
  const text = halfWidth(squash(label)).replace(/\(.*?\)$/, (m) => (/出国/.test(label) ? m : ''));
  return KEYS.find(([pattern]) => pattern.test(text) || pattern.test(halfWidth(squash(label))))?.[1];
};

/** Headers whose labels span the columns below them rather than label a column of figures. */
const isGroup = (label: string): boolean => TEMPLATE_GROUP.test(halfWidth(squash(label))) || /^(本年收入|当年财政拨款(预算)?安排|本年.*预算支出|公务用车购置及运行(维护)?费|资金性质|部门预算|上年|当年|增减变化情况|省级当年财政拨款安排|上年结转安排|中央提前通知专项转移支付等|上年应返还额度结转|一般公共预算基本支出)$/.test(halfWidth(squash(label)));

/**
 * Columns of words in a table of figures, each row's text and never its code or a figure: what a project is for
 * (项目简介), and the government economic classification a row falls in, printed beside its own code and name
 * (政府经济科目编码 50101, 政府经济科目名称 工资奖金津补贴).
 */
const TEXT_KEYS: [RegExp, string][] = [
  [/^项目(简介|概述|说明)$/, 'description'],
  [/^(对应)?政府(预算)?(支出)?经济(分类)?科目(编码|代码)$/, 'gov-code'],
  [/^(对应)?政府(预算)?(支出)?经济(分类)?科目名称$/, 'gov-name'],
];

/** The key of a text column (TEXT_KEYS) a header label names, else undefined. */
export const textColumnKeyOf = (label: string): string | undefined => {
  const text = halfWidth(squash(label));
  return TEXT_KEYS.find(([pattern]) => pattern.test(text))?.[1];
};

/** A label the vocabulary knows: a column's, a row-label column's, a text column's or a spanning header's. */
export const isKnown = (label: string): boolean =>
  keyOf(label) !== undefined || isRowHeader(label) || isGroup(label) || squash(label) === '小计';

/** Two labels printed with no space between them ("上年结转安排科目编码"), split where both halves are known. */
function unglued(label: string): string[] {
  const text = label.trim();
  if (isKnown(text)) return [text];
  for (let at = 2; at <= text.length - 2; at += 1) {
    if (isKnown(text.slice(0, at)) && isKnown(text.slice(at))) return [text.slice(0, at), text.slice(at)];
  }
  return [text];
}

/** Labels printed side by side with single spaces ("类 款 小计", "合计 上年结转安排科目编码"): each one the vocabulary knows. */
const sideBySide = (label: string): string[] => {
  const parts = label.trim().split(/[ \u3000]+/).flatMap(unglued);
  return parts.length > 1 && parts.every(isKnown) ? parts : [label];
};

/**
 * The shortest join of `labels[i]` with the non-blank labels after it (up to five lines) that `fits`. A join never
 * takes in a label the vocabulary knows as it stands: that is a column of its own.
 */
function joinFrom(labels: string[], i: number, fits: (candidate: string) => boolean): { text: string; end: number } | undefined {
  let text = labels[i]!.trim();
  for (let j = i + 1, lines = 1; j < labels.length && lines < 6; j += 1) {
    if (!labels[j]!.trim()) continue;
    if (isKnown(labels[j]!)) return undefined;
    text += labels[j]!.trim();
    lines += 1;
    if (fits(text)) return { text, end: j };
  }
  return undefined;
}

/**
 * Narrow header cells wrap their label over lines ("一般公共预" / "算拨款收入", or letter by letter "基" / "本" / "支" /
 * "出"), and extraction makes each line a label. A label the vocabulary does not know as a column is joined with
 * the ones after it when the join is a label it knows, and the join goes on over a line that begins no label of
 * its own while it stays known ("国有资本" / "经营预算" / "安排"). A spanning header's word or a row-label word may
 * begin a column's label (上年 / 结转, 项目 / 支出): joined when the join is a column.
 */
export function joinWrapped(labels: string[]): string[] {
  const flat = labels.flatMap(sideBySide);
  const out: string[] = [];
  for (let i = 0; i < flat.length; i += 1) {
    const label = flat[i]!;
    if (!label.trim() || keyOf(label) !== undefined || squash(label) === '小计') {
      // No label begins with a bracket: a line that does continues the one above ("因公出国" / "（境）费用").
      const at = flat.findIndex((l, k) => k > i && l.trim() !== '');
      const next = at < 0 ? '' : flat[at]!.trim();
      const continued = /^[(（]/.test(next) && keyOf(label) !== undefined && keyOf(label + next) === keyOf(label);
      out.push(continued ? label.trim() + next : label);
      if (continued) i = at;
      continue;
    }
    const fits = isGroup(label) || isRowHeader(label) ? (c: string) => keyOf(c) !== undefined : isKnown;
    const found = joinFrom(flat, i, fits);
    if (!found) {
      out.push(label);
      continue;
    }
    for (;;) {
      const next = flat.findIndex((l, k) => k > found.end && l.trim() !== '');
      const more = next < 0 ? '' : flat[next]!.trim();
      if (!more || isKnown(more) || joinFrom(flat, next, isKnown) || !fits(found.text + more)) break;
      found.text += more;
      found.end = next;
    }
    out.push(found.text);
    i = found.end;
  }
  return out;
}

/**
 * The figure columns named by a table's header labels (in reading order). `count` is how many figure columns the
 * data rows hold; when the labels name more, the last ones are taken (spanning headers come first in extraction).
 */
export function columnsOf(labels: string[], count: number): Column[] {
  const joined = joinWrapped(labels);
  const nested = nestedColumns(
    joined.filter((l) => l.trim() && !isRowHeader(l)),
    count,
    keyOf,
  );
  if (nested) return nested;
  const items = isItemTable(joined);
  const columns: Column[] = [];
  let group: string | undefined;
  // A spanning header with no column label after it spans nothing: it is a column of its own (当年财政拨款安排 and
  // 上年结转安排 side by side, each over one column of figures).
  const spansLater = (i: number) => joined.slice(i + 1).some((l) => l.trim() !== '' && !isRowHeader(l) && !isGroup(l) && keyOf(l) !== undefined);
  for (const [i, raw] of joined.entries()) {
    const label = raw.trim();
    if (!label || isRowHeader(label)) continue;
    if (isGroup(label) && !(columns.length === 0 && keyOf(label) === 'total') && (spansLater(i) || !keyOf(label))) {
      group = label;
      if (keyOf(label) && /基本支出/.test(label)) group = label;
      continue;
    }
    const key = keyUnder(label, group, items);
    if (!key) continue;
    columns.push(column(columns.some((c) => c.key === key) ? `${key}-${columns.length + 1}` : key, label));
  }
  // Spanning headers come first in extraction, so the last `count` columns are the rows'. A flat header that begins
  // with the table's one 合计 spans nothing: its rows hold fewer figures only because trailing blank cells were not
  // printed, and every column stays.
  const flat = !joined.some((l) => isGroup(l)) && columns[0]?.key === 'total' && columns.filter((c) => c.key.startsWith('total')).length === 1;
  if (count > columns.length && columns.length > 1 && unkeyedAmong(joined)) {
    // Rows hold more figure places than the header names columns the vocabulary knows, and a label it does not know
    // stands among them: which place each known column takes is not certain, only that the first is the total.
    return columns[0]!.key === 'total' ? columns.slice(0, 1) : [];
  }
  if (count === 0 || columns.length <= count || flat) return columns;
  // Rows of one figure under a header that begins with 合计 (an empty table's 合计 line): whichever part the figure
  // stands under, the row's 合计 equals it, so it is the total; the part is not known and not guessed.
  if (count === 1 && columns[0]?.key === 'total') return columns.slice(0, 1);
  return columns.slice(columns.length - count);
}

/** A label after the first figure column that is neither a column the vocabulary knows, a group nor a row label. */
function unkeyedAmong(labels: string[]): boolean {
  const figureLabels = labels.map((l) => l.trim()).filter((l) => l && !isRowHeader(l));
  const first = figureLabels.findIndex((l) => keyOf(l) !== undefined);
  return first >= 0 && figureLabels.slice(first).some((l) => !isKnown(l) && !/^其中/.test(l));
}

interface Placed {
  label: string;
  groups?: string[];
}

const isBlank = (cell: string | undefined): boolean => (cell ?? '').trim() === '';

/** A header row of column numbers ("栏次 1 2 3 …"), which labels nothing. */
const isNumbering = (row: string[]): boolean => row.every((c) => isBlank(c) || /^\d+$/.test(c.trim()) || squash(c) === '栏次');

/**
 * Two header rows in grid positions: the columns' own labels below (`leaf`) and, above, labels that either stand
 * over a blank leaf cell (one column, merged down) or span the run of leaf labels under them (a group). The upper
 * row's positions are not trusted (extraction shifts them), only its order: walking the leaf row from `from`, a
 * blank cell takes the next upper label, a run of labels takes the next upper label as its group (a 合计 / 小计 inside
 * a run begins the next group). Upper labels left
 * when the leaf row ends stand over its trailing blank cells, which extraction does not print, as many as the upper
 * row prints cells beyond the leaf row. It fits when every upper label is used exactly once and at least one spans
 * a run.
 */
export function spanHeaders(upperCells: string[], leaf: string[], from = 0): Placed[] | undefined {
  // A unit's code and name printed above the header ("450某某局") is not a header label.
  const upper = upperCells.map((c) => c.trim()).filter((c) => c !== '' && !/^\d{3,}\D/.test(c));
  const placed: Placed[] = [];
  let u = 0;
  let spans = false;
  for (let j = from; j < leaf.length; ) {
    if (u >= upper.length) return undefined;
    if (isBlank(leaf[j])) {
      placed.push({ label: upper[u]! });
      j += 1;
    } else {
      const group = upper[u]!;
      let run = 0;
      // Every group's columns begin with its own 合计 / 小计: one inside a run begins the next group's, when an upper
      // label is left for it (two groups side by side, 机关商品和服务支出 then 对事业单位经常性补助).
      const beginsGroup = (k: number) => run > 0 && u + 1 < upper.length && /^(合计|小计)$/.test(squash(leaf[k]!));
      for (; j < leaf.length && !isBlank(leaf[j]) && !beginsGroup(j); j += 1, run += 1) placed.push({ label: leaf[j]!.trim(), groups: [group] });
      spans ||= run > 1;
    }
    u += 1;
  }
  const trailing = upper.slice(u);
  if (trailing.length > Math.max(0, upperCells.length - leaf.length)) return undefined;
  placed.push(...trailing.map((label) => ({ label })));
  return spans ? placed : undefined;
}

/** Placed labels → figure columns, row-label columns left out. */
function placedColumns(placed: Placed[]): Column[] {
  const items = isItemTable(placed.map((p) => p.label));
  const columns: Column[] = [];
  for (const { label, groups } of placed) {
    const group = groups?.[0];
    if (isRowHeader(label) || (group && isRowHeader(group))) continue;
    const key = keyUnder(label, group, items);
    if (!key) continue;
    columns.push(column(columns.some((c) => c.key === key) ? `${key}-${columns.length + 1}` : key, label, groups));
  }
  return columns;
}

/**
 * Spanning headers over a leaf row whose first blank cells may stand under row-label columns named in a row above
 * (单位编码 / 单位名称 over a three-row header): read from the row's start when that gives as many columns as the
 * rows hold figures, else from the one later blank cell that does. Two later starts that both fit decide nothing.
 * Rows that stop before the header's last columns (their trailing blank cells not printed) fit none of those: they
 * are read from the one start the header names, after the `rowLabels` row-label columns of the rows above, when
 * the columns placed there reach at least as far as the rows' figures.
 */
function spanningColumns(upper: string[], leaf: string[], count: number, rowLabels: number): Column[] | undefined {
  const columnsFrom = (from: number) => {
    const placed = spanHeaders(upper, leaf, from);
    return placed && placedColumns(placed);
  };
  const fits = (from: number) => {
    const columns = columnsFrom(from);
    return columns && (count === 0 || columns.length === count) ? columns : undefined;
  };
  const whole = fits(0);
  if (whole || count === 0) return whole;
  const leading = leaf.findIndex((c) => !isBlank(c));
  const later = Array.from({ length: Math.max(0, leading) }, (_, k) => fits(k + 1)).filter((c) => c !== undefined);
  if (later.length === 1) return later[0];
  if (later.length > 1 || leaf.slice(0, rowLabels).some((c) => !isBlank(c))) return undefined;
  const named = columnsFrom(rowLabels);
  return named && named.length > count ? named : undefined;
}

/**
 * The figure columns of a table's header rows (cells in grid positions). Two label rows that fit as spanning
 * headers over columns give columns with `groups`; otherwise the labels are read in order (columnsOf).
 */
export function columnsFromRows(rows: string[][], count: number): Column[] {
  const labelled = rows.filter((r) => r.some((c) => !isBlank(c)) && !isNumbering(r));
  // Row-label columns a row above the two lowest names (单位代码 / 单位名称 over a three-row header).
  const rowLabels = labelled.slice(0, -2).flat().filter((c) => !isBlank(c) && isRowHeader(c)).length;
  const spanning = labelled.length >= 2 ? spanningColumns(labelled[labelled.length - 2]!, labelled[labelled.length - 1]!, count, rowLabels) : undefined;
  return spanning ?? columnsOf(labelled.flat(), count);
}

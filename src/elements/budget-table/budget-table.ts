import { html, nothing, svg, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BudgetDocument, CellValue, Column, Table } from '../../data/schema.js';
import {
  displayLabel,
  findTable,
  headerRows,
  isGoalTable,
  isSortable,
  tableBlocks,
  visibleRows,
  type HeaderCell,
  type Sort,
  type TableBlock,
} from '../../data/table-view.js';
import { formatNumber, plainAmount, unitLabel, type DisplayUnit } from '../../format/amount.js';
import { tableCsv, toCsv } from '../../format/csv.js';
import { BudgetElement } from '../budget-element.js';
import { RovingFocusController, STEPS, clampIndex } from '../../controllers/roving-focus-controller.js';
import { scrollRegion } from '../scroll-region.js';
import { numberedTitle, publishedText, zh } from '../published-text.js';
import { tableStyles } from '../../styles/table.js';
import { styles } from './budget-table.styles.js';

/** A block with more rows than this renders only the rows in and near its scroll window. */
const WINDOWED = 600;
/** Rows rendered beyond each edge of the window, so fast scrolling rarely shows the spacer. */
const OVERSCAN = 30;

/** What one block of the table shows now: its rows in order, sorted and collapsed. */
interface BlockView {
  block: TableBlock;
  visible: number[];
  headers: HeaderCell[][];
  /** Row indices with children: the tree's parent rows. */
  parents: Set<number>;
  /** What `visible` was computed from. */
  sort?: Sort;
  collapsed?: ReadonlySet<number>;
}

/**
 * Any one published table of a disclosure (收支总表, 支出总表, 三公, 政府采购 …) as a native
 * table: caption, column headers (spanning groups as published), item names as row
 * headers, 类/款/项 indented. A table with a hierarchy is a WAI-ARIA treegrid: parent
 * rows expand and collapse (`aria-expanded`), one tab stop, arrow keys. Figure columns sort
 * within each level of the outline; the new order is announced. "Download CSV" gives
 * exactly the rows shown (UTF-8 with a byte-order mark, for Excel). A very long table
 * renders the rows in and around its scroll window, with `aria-rowcount` and
 * `aria-rowindex` telling assistive technology where they sit; printing renders them all.
 *
 * @summary One published budget table, complete, sortable and exportable.
 *
 * @attr table - Table id (`general-budget-basic`) or kind (`sangong`); default: the first published table.
 * @attr expand-level - Rows deeper than this start collapsed (0 shows top-level rows only); absent: all expanded.
 *
 * @csspart base - The container around the heading, controls and tables.
 * @csspart title - The heading.
 * @csspart controls - The expand, collapse and download buttons.
 * @csspart table - Each table.
 * @csspart note - The published note under the table.
 *
 * @cssproperty [--budget-table-max-height=70vh] - Height past which the table scrolls under its sticky header.
 */
export class BudgetTable extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles, styles];

  static override properties: PropertyDeclarations = {
    table: { reflect: true },
    expandLevel: { attribute: 'expand-level', converter: { fromAttribute: (value: string | null) => (value?.trim() ? Number(value) : undefined) } },
    sort: { state: true },
    collapsed: { state: true },
    announcement: { state: true },
    windows: { state: true },
    printing: { state: true },
  };

  /** Table id or kind; default: the first published table. */
  table?: string;

  /** Rows deeper than this start collapsed; absent: all expanded. */
  expandLevel?: number;

  private sort?: Sort & { block: number };
  /** Collapsed parent rows, per block. */
  private collapsed: ReadonlySet<number>[] = [];
  private announcement = '';
  /** Scroll position of each block's region, for windowed blocks. */
  private windows: { top: number; height: number }[] = [];
  /** While printing, everything is expanded and rendered. */
  private printing = false;

  #views: BlockView[] = [];
  #shown?: { table: Table; blocks: TableBlock[] };
  /** Each treegrid's one tab stop (its rows keyed by `data-row`), per block; made when a tree block first shows. */
  readonly #roving: RovingFocusController[] = [];
  /** Measured height of a body row in windowed blocks (rows do not wrap there). */
  #rowHeight = 32;

  readonly #beforePrint = () => (this.printing = true);
  readonly #afterPrint = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#beforePrint);
    addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#beforePrint);
    removeEventListener('afterprint', this.#afterPrint);
  }

  protected override firstUpdated(): void {
    // Scroll events do not bubble: one capturing listener serves every block's region.
    this.renderRoot.addEventListener('scroll', (event) => this.#onScroll(event), { capture: true, passive: true });
  }

  /** The block an element is in: each block has one scroll region, in block order. */
  #blockOf(element: Element | null): number {
    const region = element?.closest('.table-scroll');
    return region ? [...this.renderRoot.querySelectorAll('.table-scroll')].indexOf(region) : -1;
  }

  #onScroll(event: Event): void {
    const region = event.target as HTMLElement;
    const b = this.#blockOf(region);
    if (b < 0 || !this.#isWindowed(b)) return;
    const previous = this.windows[b];
    // Re-render only when the window has moved by a good part of the overscan.
    if (previous && Math.abs(previous.top - region.scrollTop) < (OVERSCAN / 2) * this.#rowHeight && previous.height === region.clientHeight) return;
    this.#setWindow(b, region);
  }

  #setWindow(b: number, region: HTMLElement): void {
    const windows = [...this.windows];
    windows[b] = { top: region.scrollTop, height: region.clientHeight };
    this.windows = windows;
  }

  #isWindowed(b: number): boolean {
    return !this.printing && (this.#views[b]?.visible.length ?? 0) > WINDOWED;
  }

  /** The rows of a block to render: all of them, or those in and around its scroll window. */
  #range(b: number): [number, number] {
    const count = this.#views[b]!.visible.length;
    if (!this.#isWindowed(b)) return [0, count];
    const { top, height } = this.windows[b] ?? { top: 0, height: 800 };
    const shown = Math.ceil(height / this.#rowHeight) + 2 * OVERSCAN;
    // Clamped, so that a stale scroll position never leaves the window empty.
    const first = Math.max(0, Math.min(count - shown, Math.floor(top / this.#rowHeight) - OVERSCAN));
    return [first, Math.min(count, first + shown)];
  }

  /** The table shown, as CSV: exactly the rows and columns on screen, in their order, in the display unit. */
  csv(): string {
    const state = this.dataController.state;
    if (state.status !== 'ready' || !this.#shown) return toCsv([]);
    const published = (this.#shown.table.unit ?? state.document.meta.publishedUnit) as DisplayUnit;
    const { code, item } = this.locale.t;
    return tableCsv(
      this.#views.map(({ block, visible }) => ({ block, rows: visible })),
      { code, item, unit: unitLabel(this.displayUnit, this.locale.lang), amount: (yuan) => plainAmount(yuan, this.displayUnit, published) },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.dataController.state;
    const table = state.status === 'ready' ? findTable(state.document, this.table) : undefined;
    if (table !== this.#shown?.table) {
      // A new table starts as published: no sort, collapsed to expand-level, scrolled to the top.
      const blocks = table ? tableBlocks(table) : [];
      this.#shown = table && { table, blocks };
      this.sort = undefined;
      this.collapsed = blocks.map((block) => this.#initiallyCollapsed(block));
      for (const roving of this.#roving) roving.activeKey = undefined;
      this.windows = [];
    } else if (changed.has('expandLevel') && this.#shown) {
      this.collapsed = this.#shown.blocks.map((block) => this.#initiallyCollapsed(block));
    }
    this.#views = (this.#shown?.blocks ?? []).map((block, b) => {
      if (block.parent.some((p) => p >= 0)) this.#rovingFor(b);
      const sort = this.sort?.block === b ? this.sort : undefined;
      const collapsed = this.printing ? undefined : this.collapsed[b];
      const previous = this.#views[b];
      // Scrolling a long table updates the element often: the rows to show change only with the order or what is open.
      if (previous?.block === block && previous.sort === sort && previous.collapsed === collapsed) return previous;
      // The headers and the parent rows change only with the block.
      const shape = previous?.block === block ? previous : { block, headers: headerRows(block.columns), parents: new Set(block.parent.filter((p) => p >= 0)) };
      return { ...shape, sort, collapsed, visible: visibleRows(block, { sort, collapsed }) };
    });
  }

  #initiallyCollapsed(block: TableBlock): Set<number> {
    const level = this.expandLevel;
    if (level === undefined || !Number.isFinite(level)) return new Set();
    return new Set(block.rows.map((_, i) => i).filter((i) => block.depth[i]! >= level && block.children[i]!.length > 0));
  }

  /**
   * WebKit can lose a windowed region's scroll position while its rows are replaced (it clamps the position to
   * the rows alone, as if the spacers were not there) and sends no scroll event: the position is put back.
   */
  protected override update(changed: PropertyValues<this>): void {
    const regions = [...this.renderRoot.querySelectorAll<HTMLElement>('.table-scroll')].filter((_, b) => this.#isWindowed(b));
    const tops = regions.map((region) => region.scrollTop);
    super.update(changed);
    // The spacers are sized first, so that the position put back is not clamped to the rows alone. Through the
    // CSSOM, which a strict CSP allows (a style attribute it would block).
    for (const td of this.renderRoot.querySelectorAll<HTMLElement>('tr.spacer > td')) td.style.height = `${Number(td.parentElement!.dataset.rows) * this.#rowHeight}px`;
    regions.forEach((region, i) => (region.scrollTop = tops[i]!));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Windowed rows do not wrap, so the rendered rows' pitch (borders included) gives every row's height.
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('table.windowed tbody tr[data-row]');
    if (rows.length > 1) {
      const pitch = (rows[rows.length - 1]!.offsetTop - rows[0]!.offsetTop) / (rows.length - 1);
      // A pitch from rows not yet laid out (0 or less than a line) is no measure.
      if (pitch >= 12 && Math.abs(pitch - this.#rowHeight) > 0.01) {
        this.#rowHeight = pitch;
        this.requestUpdate();
      }
    }
  }

  protected renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.locale.t;
    const table = this.#shown?.table;
    const missing = t.noTable(this.table ?? '');
    const heading = this.heading(table ? zh(numberedTitle(table)) : missing, { id: 'title', part: 'title' });
    if (!table) return this.#message(heading, missing);
    if (table.status === 'unavailable') return this.#message(heading, t.tableUnavailable);
    if (isGoalTable(table)) return this.#message(heading, t.goalTableElsewhere);
    // Published empty with nothing to head a table: its note says it all.
    if (!table.rows.length && !table.columns.length) return this.#message(heading, table.note ?? t.emptyTable);
    const unit = unitLabel(this.displayUnit, this.locale.lang);
    const fund = table.fund && table.fund !== 'all' ? ` · ${t.fundNames[table.fund]}` : '';
    const tree = this.#views.some((v) => v.parents.size > 0);
    const tables = this.#views.map((view, b) => this.#renderBlock(doc, table, view, b));
    // Not a landmark: the table's own scroll region is the labelled region.
    return html`<div class="base" part="base" lang=${this.locale.lang}>
      <header>
        ${heading}
        <p class="meta">${this.markChinese(`${doc.meta.department.name} · ${doc.meta.year} · ${t.unitNote(unit)}${fund}`)}</p>
      </header>
      <div class="controls" part="controls">
        ${tree
          ? html`<button type="button" @click=${() => this.#setAllCollapsed(false)}>${t.expandAll}</button>
              <button type="button" @click=${() => this.#setAllCollapsed(true)}>${t.collapseAll}</button>`
          : nothing}
        <button type="button" @click=${this.#download}>${t.downloadCsv}</button>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${tree ? html`<p id="help" class="visually-hidden">${t.treegridHelp}</p>` : nothing} ${tables}
      ${table.note ? html`<p class="note" part="note" lang="zh-CN">${table.note}</p>` : nothing}
    </div>`;
  }

  #message(heading: TemplateResult, text: string): TemplateResult {
    return html`<div class="base" part="base" lang=${this.locale.lang}>
      ${heading}
      <p class="state" part="state" role="status">${text}</p>
    </div>`;
  }

  #renderBlock(doc: BudgetDocument, table: Table, view: BlockView, b: number): TemplateResult {
    const { block, visible, headers } = view;
    const tree = view.parents.size > 0;
    const label = block.label ? displayLabel(block.label) : '';
    const caption = numberedTitle(table) + (label ? `（${label}）` : '');
    const columns = block.columns.length + 1;
    const windowed = this.#isWindowed(b);
    const [start, end] = this.#range(b);
    // Rows outside the window are stood in for by two spacer rows, sized in update().
    const spacer = (rows: number) => (rows > 0 ? html`<tr class="spacer" aria-hidden="true" data-rows=${rows}><td colspan=${columns}></td></tr>` : nothing);
    // An empty block says so; its published note is printed once, under the table.
    const empty = block.rows.length === 0;
    return html`${label && this.#views.length > 1 ? this.heading(zh(label), { sub: true }) : nothing}
    ${scrollRegion(
      `b${b}-caption`,
      html`<table
        part="table"
        class=${windowed ? 'windowed' : ''}
        lang="zh-CN"
        role=${ifDefined(tree ? 'treegrid' : undefined)}
        aria-describedby=${ifDefined(tree ? 'help' : undefined)}
        aria-rowcount=${ifDefined(windowed ? visible.length + headers.length : undefined)}
        @keydown=${tree ? (e: KeyboardEvent) => this.#onKeydown(e, b) : nothing}
        @click=${tree ? (e: Event) => this.#onClick(e, b) : nothing}
        @focusin=${this.#onFocusIn}
      >
        <caption id="b${b}-caption" class="visually-hidden">${caption}</caption>
        <thead>
          ${headers.map(
            (cells, level) => html`<tr>
              ${level === 0 ? html`<th scope="col" class="name" rowspan=${headers.length} id="b${b}-h-name">${this.locale.t.item}</th>` : nothing}
              ${cells.map((cell) => this.#renderHeader(cell, b, headers))}
            </tr>`,
          )}
        </thead>
        <tbody>
          ${empty
            ? html`<tr><td colspan=${columns} class="empty">${this.locale.t.emptyTable}</td></tr>`
            : html`${spacer(start)}${this.#renderRows(doc, table, view, b, start, end)}${spacer(visible.length - end)}`}
        </tbody>
      </table>`,
      this.locale.t.scrollHint,
    )}`;
  }

  #renderHeader(cell: HeaderCell, b: number, headers: HeaderCell[][]): TemplateResult {
    const id = headerId(b, cell, headers);
    const column = cell.column;
    if (!column) {
      return html`<th scope="colgroup" colspan=${cell.span} id=${id}>${displayLabel(cell.label)}</th>`;
    }
    const label = displayLabel(column.label) + (column.unit ? `（${column.unit}）` : '');
    if (!isSortable(column)) return html`<th scope="col" rowspan=${cell.rowSpan} id=${id}>${label}</th>`;
    // Sortable columns hold figures: their headers align with them.
    const sorted = this.sort?.block === b && this.sort.column === column.key ? this.sort.direction : undefined;
    return html`<th scope="col" rowspan=${cell.rowSpan} id=${id} class="num" aria-sort=${ifDefined(sorted)}>
      <button type="button" class="sort" aria-label=${this.locale.t.sortBy(label)} @click=${() => this.#cycleSort(b, column, label)}>${label}${sortGlyph(sorted)}</button>
    </th>`;
  }

  #renderRows(doc: BudgetDocument, table: Table, view: BlockView, b: number, start: number, end: number): TemplateResult[] {
    const { block, visible, headers } = view;
    const tree = view.parents.size > 0;
    const grouped = headers.length > 1;
    const leafIds = grouped ? leafHeaderIds(b, headers) : [];
    const collapsed = this.printing ? undefined : this.collapsed[b];
    const windowed = this.#isWindowed(b);
    // A treegrid's rows and cells take focus from its keys (never from Tab: the roving tab stop is the row's).
    const focusable = tree ? -1 : undefined;
    return visible.slice(start, end).map((i, n) => {
      const row = block.rows[i]!;
      const parent = view.parents.has(i);
      const rowId = `b${b}-r${i}`;
      const name = displayLabel(row.name);
      return html`<tr
        class="depth-${Math.min(block.depth[i]!, 4)} ${row.role ?? ''}"
        data-row=${i}
        aria-rowindex=${ifDefined(windowed ? headers.length + start + n + 1 : undefined)}
        tabindex=${ifDefined(focusable)}
        aria-level=${ifDefined(tree ? block.depth[i]! + 1 : undefined)}
        aria-expanded=${ifDefined(tree && parent ? (collapsed?.has(i) ? 'false' : 'true') : undefined)}
      >
        <th scope="row" id=${ifDefined(grouped ? rowId : undefined)} tabindex=${ifDefined(focusable)}>
          ${parent ? html`<span class="twisty" aria-hidden="true"></span>` : nothing}${row.code ? html`<span class="code">${row.code}</span> ` : nothing}${name ||
          html`<span class="unnamed" lang=${this.locale.lang}>${this.locale.t.unnamedRow}</span>`}
        </th>
        ${block.columns.map(
          (column, c) => html`<td
            class=${isSortable(column) ? 'num' : ''}
            headers=${ifDefined(grouped ? `${rowId} ${leafIds[c]}` : undefined)}
            tabindex=${ifDefined(focusable)}
          >
            ${this.#cell(doc, table, column, row.values[column.key])}
          </td>`,
        )}
      </tr>`;
    });
  }

  #cell(doc: BudgetDocument, table: Table, column: Column, value: CellValue | undefined): unknown {
    if (value === null || value === undefined || value === '') return nothing;
    if (typeof value === 'string') return publishedText(value);
    const type = column.type ?? 'amount';
    return type === 'amount' ? this.money(doc, value, false, table.unit) : type === 'percent' ? `${value}%` : formatNumber(value, this.locale.lang);
  }


  #cycleSort(b: number, column: Column, label: string): void {
    const t = this.locale.t;
    const current = this.sort?.block === b && this.sort.column === column.key ? this.sort.direction : undefined;
    // Figures sort largest first, then smallest first, then back to the published order.
    const next = current === undefined ? 'descending' : current === 'descending' ? 'ascending' : undefined;
    this.sort = next && { block: b, column: column.key, direction: next };
    this.announcement = next ? t.sortedBy(label, next) : t.sortCleared;
  }

  #setAllCollapsed(collapse: boolean): void {
    this.collapsed = this.#views.map((view) => (collapse ? new Set(view.parents) : new Set()));
    // Collapsing everything leaves the tab stop on the top-level row above it.
    if (collapse) this.#roving.forEach((roving, b) => roving.activeKey && (roving.activeKey = String(topRow(this.#views[b]!.block, Number(roving.activeKey)))));
  }

  #toggle(b: number, row: number, expand?: boolean): void {
    const collapsed = new Set(this.collapsed[b]);
    const isCollapsed = collapsed.has(row);
    if (expand === undefined ? isCollapsed : expand) collapsed.delete(row);
    else collapsed.add(row);
    if (collapsed.has(row) !== isCollapsed) this.collapsed = this.collapsed.map((set, i) => (i === b ? collapsed : set));
  }

  #onClick(event: Event, b: number): void {
    const tr = rowOf(event);
    if (!tr) return;
    const row = Number(tr.dataset.row);
    this.#roving[b]!.setActive(tr);
    if ((event.target as Element).closest('th') && this.#views[b]!.parents.has(row)) this.#toggle(b, row);
  }

  /**
   * The treegrid's keys (WAI-ARIA APG treegrid, rows first). On a row: ↑/↓, Page Up/Down and
   * Home/End move between rows; → expands, or enters the row's first cell; ← collapses, or
   * goes to the parent row; Enter toggles. On a cell: ←/→ move along the row (← from the first
   * cell back to the row), Home/End to its ends, ↑/↓ and Page Up/Down to the same column.
   */
  async #onKeydown(event: KeyboardEvent, b: number): Promise<void> {
    const tr = rowOf(event);
    if (!tr || event.altKey || event.ctrlKey || event.metaKey) return;
    const cell = event.target === tr ? null : (event.target as Element).closest<HTMLTableCellElement>('th, td');
    if (cell && this.#moveInRow(event, tr, cell)) return;
    if (event.target !== tr && !cell) return;
    const view = this.#views[b]!;
    const row = Number(tr.dataset.row);
    const at = view.visible.indexOf(row);
    const isParent = view.parents.has(row);
    const expanded = isParent && !this.collapsed[b]?.has(row);
    // Rows are stepped through in `visible`, not in the DOM: a windowed block renders only some of them.
    const step = { ...STEPS, PageDown: 10, PageUp: -10 }[event.key];
    let target = step ? view.visible[clampIndex(at, step, view.visible.length)] : undefined;
    switch (event.key) {
      case 'ArrowRight':
        if (isParent && !expanded) this.#toggle(b, row, true);
        else tr.cells[0]?.focus();
        break;
      case 'ArrowLeft':
        if (expanded) this.#toggle(b, row, false);
        else if (view.block.parent[row]! >= 0) target = view.block.parent[row]!;
        break;
      case 'Enter':
        if (cell) return;
        if (isParent) this.#toggle(b, row);
        break;
      default:
        if (!step) return;
    }
    event.preventDefault();
    if (target === undefined) return;
    const roving = this.#roving[b]!;
    const key = String(target);
    roving.activeKey = key;
    // In a windowed block the row may be outside the window: scroll to it first.
    const [first, last] = this.#range(b);
    const index = view.visible.indexOf(target);
    if (index < first || index >= last) {
      const region = tr.closest<HTMLElement>('.table-scroll')!;
      region.scrollTop = Math.max(0, index * this.#rowHeight - region.clientHeight / 2);
      this.#setWindow(b, region);
      await this.updateComplete;
    }
    const next = roving.item(key) as HTMLTableRowElement | undefined;
    if (!next) return;
    roving.setActive(next);
    // From a cell, the same column of the row reached.
    (cell ? next.cells[cell.cellIndex]! : next).focus();
  }

  /**
   * Keeps what takes focus clear of the sticky header and name column (WCAG 2.4.11): a row
   * scrolls to its start, where its name is; a cell or column header scrolls beside the names.
   * Runs before the browser scrolls the focused element into view.
   */
  #onFocusIn(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    const region = target.closest<HTMLElement>('.table-scroll')!;
    // 8 px beyond the sticky header and names: room for the focus ring (2 px, offset 2 px) and a margin.
    region.style.scrollPadding = `${region.querySelector('thead')!.offsetHeight + 8}px 0 0 ${region.querySelector<HTMLElement>('th.name')!.offsetWidth + 8}px`;
    if (target.localName === 'tr') region.scrollLeft = 0;
    // Before the browser's own scroll, which ignores the padding (and then finds the target in view).
    else if (!target.closest('tbody th, th.name')) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** ←, →, Home and End on a cell move along its row; true when the key was one of them. */
  #moveInRow(event: KeyboardEvent, tr: HTMLTableRowElement, cell: HTMLTableCellElement): boolean {
    const cells = tr.cells;
    const at = cell.cellIndex;
    const moves: Record<string, HTMLElement | undefined> = { ArrowRight: cells[at + 1], ArrowLeft: at > 0 ? cells[at - 1] : tr, Home: cells[0], End: cells[cells.length - 1] };
    if (!(event.key in moves)) return false;
    const to = moves[event.key];
    if (to) {
      event.preventDefault();
      to.focus();
    }
    return true;
  }

  /** Block b's roving tab stop: its rendered rows while it is a tree (a later table may show no tree there). */
  #rovingFor(b: number): RovingFocusController {
    return (this.#roving[b] ??= new RovingFocusController(this, {
      items: () =>
        this.#views[b]?.parents.size
          ? [...(this.renderRoot.querySelector(`#b${b}-caption`)?.closest('table')?.querySelectorAll<HTMLElement>('tbody tr[data-row]') ?? [])]
          : [],
      key: (tr) => tr.dataset.row!,
    }));
  }

  #download(): void {
    const table = this.#shown?.table;
    const state = this.dataController.state;
    if (!table || state.status !== 'ready') return;
    const url = URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${state.document.meta.department.name}-${state.document.meta.year}-${table.title}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

const rowOf = (event: Event): HTMLTableRowElement | undefined => (event.target as Element).closest?.<HTMLTableRowElement>('tr[data-row]') ?? undefined;

/** The top-level row above a row (where focus goes when everything collapses). */
function topRow(block: TableBlock, row: number | undefined): number | undefined {
  if (row === undefined) return undefined;
  let r = row;
  while (block.parent[r]! >= 0) r = block.parent[r]!;
  return r;
}

const headerId = (b: number, cell: HeaderCell, headers: HeaderCell[][]): string =>
  `b${b}-h${headers.findIndex((r) => r.includes(cell))}-${cell.start}`;

/** For each column, the ids of its header and of the groups above it, for the cells' `headers`. */
function leafHeaderIds(b: number, headers: HeaderCell[][]): string[] {
  const flat = headers.flat();
  const leaves = flat.filter((cell) => cell.column).sort((x, y) => x.start - y.start);
  const groupsAbove = (cell: HeaderCell) => flat.filter((g) => !g.column && g.start <= cell.start && cell.start < g.start + g.span);
  return leaves.map((leaf) => [...groupsAbove(leaf), leaf].map((cell) => headerId(b, cell, headers)).join(' '));
}

/** Sort state drawn by shape as well as position: ▲ ascending, ▼ descending, ⇅ unsorted. */
function sortGlyph(direction: 'ascending' | 'descending' | undefined): TemplateResult {
  const up = svg`<path d="M5 1 9 6H1z"></path>`;
  const down = svg`<path d="M5 15 1 10h8z"></path>`;
  return html`<svg class="glyph" viewBox="0 0 10 16" width="10" height="16" aria-hidden="true">
    ${direction !== 'descending' ? up : nothing}${direction !== 'ascending' ? down : nothing}
  </svg>`;
}

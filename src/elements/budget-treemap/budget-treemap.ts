import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BudgetDocument } from '../../data/schema.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import { expenditureTree, type FundFilter, type TreeBy, type TreeNode } from '../../data/hierarchy.js';
import { drawnChildren, layoutLevel, type Level, type Omitted, type Tile } from '../../layout/treemap.js';
import { labelColor, tint } from '../../layout/contrast.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { BudgetElement } from '../budget-element.js';
import { formatAmount, formatShare, unitLabel } from '../../format/amount.js';
import { tableStyles } from '../../styles/table.js';
import { factStyles } from '../../styles/facts.js';
import { scrollRegion } from '../scroll-region.js';
import { styles } from './budget-treemap.styles.js';

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
/** How much lighter each level of a group's tiles is drawn than the group. */
export const TINTS = [0, 0.45, 0.7];

/** Detail of the `budget-select` event. */
export interface TreemapSelect {
  id: string;
  code?: string;
  name: string;
  value: number;
  path: string[];
}

/** Label lines: 12 px type on 16 px lines, 4 px padding (kept in step with the styles). */
const LINE = 16;
const PAD = 4;
/** Margin around the chart, in px (kept in step with the styles): the 6 px focus ring's room. */
const RING = 6;
/**
 * The width the server lays the chart out for (it has none to measure), and the element before it
 * is measured: the narrowest it is made for, so that its tiles, drawn in percentages of a chart box
 * that may only be as large or larger, are never under 24 px (README, Hydration).
 */
const NARROWEST = 320;

/**
 * A treemap of a department's expenditure (d3-hierarchy lays it out, Lit draws it). Each item
 * with items of its own is drawn as a framed group holding them, as far down as there is room;
 * tiles too small to point at are gathered into "其他（N 项）", and any still too small are offered
 * as buttons under the chart. A sentence says what the chart shows; a table view shows the same figures.
 *
 * The tiles are a WAI-ARIA tree with one tab stop. Keys: ↓ / ↑ move to the next / previous tile
 * (groups first, then their tiles), Home / End to the first / last, typing a name's first
 * characters to the next match; → opens a closed group, or moves into an open one (a group with no
 * room to open is entered as the chart's level); ← closes an open group, or moves to the group a
 * tile lies in; Enter or Space opens a group as the chart's level, or chooses a tile; Escape or
 * Backspace goes back up a level, as the breadcrumb does.
 *
 * @summary Expenditure as an accessible, keyboard-operable treemap.
 *
 * @attr by - `function` (类 → 款 → 项, default), `economic` (类 → 款), `basic-project`, `projects`.
 * @attr fund - `all` (default), `general-budget` or `gov-fund` (function view).
 *
 * @fires {CustomEvent<TreemapSelect>} budget-select - A tile was opened or chosen: `{ id, code?, name, value, path }`.
 *
 * @csspart base - The figure.
 * @csspart breadcrumb - The level navigation.
 * @csspart chart - The treemap.
 * @csspart tile-label - A tile's name, amount and share (shown where it fits whole).
 * @csspart details - The details of the focused tile.
 * @csspart table - The table view.
 */
export class BudgetTreemap extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles, factStyles, styles];

  static override properties: PropertyDeclarations = {
    by: { reflect: true },
    fund: { reflect: true },
    path: { state: true },
    closed: { state: true },
    activeId: { state: true },
    table: { state: true },
    width: { state: true },
    announcement: { state: true },
  };

  by: TreeBy = 'function';
  fund: FundFilter = 'all';

  /** The opened nodes below the root, root side first (a "其他" group is a node of the layout's); set by willUpdate. */
  private path!: TreeNode[];
  /** Ids of the groups the reader closed; set by willUpdate. */
  private closed!: Set<string>;
  private activeId?: string;
  private table?: boolean;
  private width = NARROWEST;
  /** The box the tiles were laid out in, in px per percent of the chart box they are drawn in. */
  #scale!: [number, number];
  /** The width before `width` (see connectedCallback). */
  #widthBefore?: number;
  private announcement?: string;

  #resizeObserver?: ResizeObserver;
  /** The root of the tree drawn last. */
  #root?: TreeNode;
  /** Every drawn tile by its node's id, with the groups it lies in (filled by the render of the chart). */
  #drawn!: Map<string, { tile: Tile; within: TreeNode[] }>;

  readonly #roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]')],
    onActive: (id) => (this.activeId = id),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Layout follows the element's own width (so it fits a sidebar as well as a page).
    // The new layout is applied in the next frame: changing size inside the observer's own
    // delivery would make the browser report a ResizeObserver loop to the page.
    // Back to the width before last, and wider by less than a scroll bar: the page's scroll bar comes
    // and goes with the height of what a layout puts on the page, and would swap the two layouts for
    // ever; the narrower one, kept, fits either width.
    // Not disconnected when the element leaves the page: a detached element is reported 0 px wide
    // (ignored), and the observer, held by the element alone, goes with it.
    (this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      if (width > 0 && Math.abs(width - this.width) > 1 && !(width === this.#widthBefore && width > this.width && width < this.width + 24))
        requestAnimationFrame(() => ([this.#widthBefore, this.width] = [this.width, width]));
    })).observe(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The first layout at the element's real width (one synchronous read), rather than at the
    // default width and again a frame later when the resize observer first reports.
    if (!this.hasUpdated && this.clientWidth > 0) this.width = this.clientWidth;
    if (changed.has('by') || changed.has('fund') || changed.has('src') || changed.has('data')) {
      this.path = [];
      this.closed = new Set();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Not measured again when only the focus moved: that redraws the details alone, and measuring
    // makes the browser lay every label out again. (An update may change nothing by name: the data came.)
    if ([...changed.keys()].join() !== 'activeId') this.#fitLabels();
  }

  /**
   * Shows a label only where it fits whole inside its tile (fonts differ between machines, so this
   * is measured, not estimated): a label cut to "城乡社…" would say nothing.
   */
  #fitLabels() {
    const labels = [...this.renderRoot.querySelectorAll<HTMLElement>('.label')];
    // All shown, then all measured, then the ones that do not fit hidden: one layout for the
    // lot, where showing and measuring each in turn made the browser lay out once per label.
    // A label's tile has a fixed size, so showing or hiding one never moves another.
    for (const label of labels) label.hidden = false;
    for (const label of labels.filter((label) => label.scrollWidth > label.clientWidth + 0.5 || label.scrollHeight > label.clientHeight + 0.5)) label.hidden = true;
  }

  /** The tree, kept until the data, view or language changes. */
  readonly #tree = memo((doc: BudgetDocument, by: TreeBy, fund: FundFilter, t: Catalogue) => expenditureTree(doc, by, fund, t.treemapViews[by], t));

  /**
   * Layout runs once per level, data, width, closed group, language or unit: moving the focus only
   * redraws. A server render's layout, made for NARROWEST px, is the first one when hydrating (Lit
   * takes over only what the server drew), and is kept, scaled to the chart box, until one of those
   * changes: then the level is laid out for the reader's width (README, Hydration).
   */
  readonly #level = memo((doc: BudgetDocument, current: TreeNode, width: number, closed: Set<string>, t: Catalogue, _unit: string): Level => {
    if (!this.hasUpdated && this.shadowRoot?.querySelector('.chart')) width = NARROWEST;
    // The same rule as the chart box's height in CSS. The chart keeps RING px free on each side
    // for the focus ring of a tile at its edge.
    const height = Math.round(Math.min(560, Math.max(260, width * 0.55)));
    const inner = width - 2 * RING;
    this.#scale = [inner / 100, height / 100];
    return layoutLevel(current, inner, height, {
        otherName: t.otherItems,
        open: (node) => !closed.has(node.id),
        header: (node, width) => {
          // Room for the name, then the figures, each on as many lines as it needs, at most four in
          // all (estimated: CJK glyphs 1 em, others 0.6 em; the label is measured once drawn).
          const lines = (text: string) => Math.ceil(([...text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.6), 0) * 12) / Math.max(1, width - 2 * PAD));
          return Math.min(4, lines(this.#name(node)) + lines(`${this.#figure(doc, node)} ${t.shareOf('100.0%')}`)) * LINE + PAD;
        },
      });
  });

  /** A node's name as shown: a supplied name marked, a bare code with its level in words. */
  #name(node: TreeNode): string {
    const t = this.locale.t;
    if (node.supplied) return `${node.name}${t.suppliedMark}`;
    return node.code && node.name === node.code ? t.bareCode(node.code) : node.name;
  }

  /** An amount with its unit: a node's figure as published, else its sum. */
  #amount(doc: BudgetDocument, of: TreeNode | number): string {
    const yuan = typeof of === 'number' ? of : (of.published ?? of.value);
    return `${formatAmount(yuan, this.displayUnit, doc.meta.publishedUnit, this.locale.lang)} ${unitLabel(this.displayUnit, this.locale.lang)}`;
  }

  /** A node's figure as published, or its sum marked "*" (derived) where the source prints none. */
  #figure(doc: BudgetDocument, node: TreeNode): string {
    return `${this.#amount(doc, node)}${node.published === undefined ? '*' : ''}`;
  }

  /** What the details and the table view give for a node: its amount, its share of its parent and of the whole. */
  #figures(doc: BudgetDocument, node: TreeNode, parent: TreeNode, root: TreeNode) {
    return [this.money(doc, node.published ?? node.value, node.published === undefined), this.#share(node, parent), this.#share(node, root)];
  }

  #share(node: TreeNode, of: TreeNode): string {
    return formatShare(node.value, of.value, this.locale.lang);
  }

  protected renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.locale.t;
    const root = (this.#root = this.#tree(doc, this.by, this.fund, t));
    if (!root) return html`<p class="state" part="state" role="status">${t.noTree}</p>`;
    const trail = [root, ...this.path];
    const current = trail.at(-1)!;
    const children = drawnChildren(current);
    const level = this.#level(doc, current, this.width, this.closed, t, this.displayUnit);
    this.#drawn = new Map();
    const chart = this.table ? nothing : this.#renderChart(doc, current, level);
    const drawn = [...this.#drawn.values()];
    const shown = drawn.map((d) => d.tile.node);
    // The focus controller's tab stop is the active tile (`activeId` only follows it, to redraw),
    // else the first: told now, the controller does not report it back as a change after the
    // render, which would render everything a second time. (The table view keeps the tab stop.)
    const active = this.#drawn.get(this.#roving.activeKey!) ?? drawn[0];
    if (active) this.#roving.activeKey = active.tile.node.id;
    return html`<figure part="base" aria-labelledby="title">
      <figcaption>
        ${this.heading(this.markChinese(`${doc.meta.department.name} · ${t.treemapViews[this.by]}`), { id: 'title' })}
        <p id="summary" class="summary">${this.markChinese(this.#summary(doc, current, children))}</p>
      </figcaption>
      <nav part="breadcrumb" aria-label=${t.breadcrumb}>
        <ol>
          ${trail.map(
            (node, i) => html`<li>
              ${i === trail.length - 1
                ? html`<span aria-current="location">${this.markChinese(this.#name(node))}</span>`
                : html`<button type="button" @click=${() => this.#goTo(i)}>${this.markChinese(this.#name(node))}</button>`}
            </li>`,
          )}
        </ol>
      </nav>
      <div class="toolbar">
        <button type="button" aria-pressed=${!!this.table} @click=${() => (this.table = !this.table)}>${t.tableView}</button>
        <p class="help" id="help">${t.treeHelp}</p>
      </div>
      ${this.table ? this.#renderTable(doc, root, current, children) : chart}
      ${!this.table && active ? this.#renderDetails(doc, root, active.tile.node, active.within.at(-1) ?? current) : nothing}
      ${this.#renderNotes(doc, this.table ? children : shown)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.markChinese(this.announcement)}</p>
    </figure>`;
  }

  /** "{name} 共 {total}，分为 N 项；98.4% 用于卫生健康支出，其中医疗救助占其 90.2%。" */
  #summary(doc: BudgetDocument, current: TreeNode, children: TreeNode[]) {
    const largest = children[0];
    if (!largest) return '';
    const inner = drawnChildren(largest)[0];
    return this.locale.t.treeSummary(
      this.#name(current),
      this.#amount(doc, current),
      children.length,
      { name: this.#name(largest), share: this.#share(largest, current) },
      inner && { name: this.#name(inner), share: this.#share(inner, largest) },
    );
  }

  #renderChart(doc: BudgetDocument, current: TreeNode, level: Level) {
    return html`<div
        part="chart"
        class="chart"
        role="tree"
        aria-labelledby="title"
        aria-describedby="summary help"
        @keydown=${(e: KeyboardEvent) => this.#onKey(e)}
      >
        ${this.#renderTiles(doc, level.tiles, current)}
      </div>
      ${level.omitted.length ? this.#renderOmitted(doc, current, level.omitted) : nothing}`;
  }

  /**
   * Tiles, each followed by its own tiles: the tree is flat in the DOM (aria-level, -setsize and
   * -posinset say where each item sits), so that a group's accessible name is its own label, not its
   * tiles'. Each tile drawn is noted, with the groups it lies in (`within`), for the keys and details.
   */
  #renderTiles(doc: BudgetDocument, tiles: Tile[], parent: TreeNode, within: TreeNode[] = [], groupHue?: string): TemplateResult[] {
    const t = this.locale.t;
    const [x, y] = this.#scale;
    return tiles.flatMap((tile, i) => {
      const { node, children } = tile;
      this.#drawn.set(node.id, { tile, within });
      const hue = groupHue ?? PALETTE[i % PALETTE.length]!;
      const fill = tint(hue, TINTS[Math.min(within.length, TINTS.length - 1)]!);
      const share = t.shareOf(this.#share(node, parent));
      const amount = this.#figure(doc, node);
      // A label may break after the amount's number, before its unit's last word ("10k yuan | (万元)")
      // and after the share's ("9.4% | share"), nowhere else: "占 9.4%" and "10k yuan" stay whole.
      // No-break spaces rather than a nowrap span per word: a chart draws hundreds of labels, and
      // fewer elements to style and lay out is most of how its first view keeps up (#17).
      const words = [...amount.split(/(?<=^\S+) | (?=\S+$)/), ...share.split(/(?<=%) /)].map((word) => word.replaceAll(' ', '\u00a0')).join(' ');
      const name = this.#name(node);
      return [
        html`<div
          role="treeitem"
          class="tile"
          data-key=${node.id}
          aria-level=${within.length + 1}
          aria-setsize=${tiles.length}
          aria-posinset=${i + 1}
          aria-expanded=${ifDefined(node.children?.length ? !!children : undefined)}
          aria-label=${[name, amount, share].join(t.comma)}
          .style=${
            // Set through the CSSOM (a property, not an attribute), which a strict `style-src 'self'` CSP allows:
            // `style = text` sets its cssText (typed as what the property is, for the template checker).
            `inset:${tile.y0 / y}% ${100 - tile.x1 / x}% ${100 - tile.y1 / y}% ${tile.x0 / x}%;background:${fill};color:${labelColor(fill)}` as unknown as CSSStyleDeclaration}
          @click=${() => this.#activate(node)}
          @focus=${(e: Event) => this.#roving.setActive(e.currentTarget as HTMLElement)}
        >
          <div part="tile-label" class="label" .style=${(children ? `max-block-size:${(children[0]?.y0 ?? tile.y1) - tile.y0}px` : '') as unknown as CSSStyleDeclaration}
            ><span class="name">${this.markChinese(name)}</span> ${this.markChinese(words)}</div
          >
        </div>`,
        ...(children ? this.#renderTiles(doc, children, node, [...within, node], hue) : []),
      ];
    });
  }

  /** Items too small to draw, even gathered: still a button each, with their figures. */
  #renderOmitted(doc: BudgetDocument, current: TreeNode, omitted: Omitted[]) {
    const t = this.locale.t;
    return html`<p class="omitted">
      ${t.tooSmall}${t.colon}${omitted.map(({ node, within }) => {
        // Named with the groups it lies in: "教育支出 › 其他（3 项） › 其他教育支出".
        const where = [...within, node].map((n) => this.#name(n)).join(' › ');
        return html`<button type="button" @click=${() => this.#activate(node, within)}>
          ${this.markChinese([where, this.#figure(doc, node), t.shareOf(this.#share(node, within.at(-1) ?? current))].join(t.comma))}
        </button>`;
      })}
    </p>`;
  }

  #renderDetails(doc: BudgetDocument, root: TreeNode, node: TreeNode, parent: TreeNode) {
    const t = this.locale.t;
    const values = [node.code, this.markChinese(this.#name(node)), ...this.#figures(doc, node, parent, root)];
    // Not a live region: the focused tile already announces its name, amount, share and position.
    return html`<dl class="facts details" part="details">
      ${[t.code, ...this.#columns()].map((label, i) => (values[i] ? html`<div><dt>${label}</dt><dd>${values[i]}</dd></div>` : nothing))}
    </dl>`;
  }

  /** The heads of the details and of the table view's columns. */
  #columns() {
    const t = this.locale.t;
    return [t.item, t.amount, t.shareOfParent, t.shareOfTotal];
  }

  /** Why a figure is marked: derived, differing from another table, or a supplied name. */
  #renderNotes(doc: BudgetDocument, shown: TreeNode[]) {
    const t = this.locale.t;
    const notes = [
      ...(shown.some((n) => n.published === undefined && !n.printedIn) ? [t.derivedNote] : []),
      ...shown.filter((n) => n.printedIn).map((n) => t.sumDiffers(this.#name(n), this.#amount(doc, n.value), this.#amount(doc, n.printedIn!.value), n.printedIn!.table)),
      ...(shown.some((n) => n.supplied) ? [t.suppliedNote(doc.meta.year)] : []),
    ];
    return notes.length ? html`<div class="notes">${notes.map((n) => html`<p class="note">${this.markChinese(n)}</p>`)}</div>` : nothing;
  }

  #renderTable(doc: BudgetDocument, root: TreeNode, current: TreeNode, children: TreeNode[]) {
    return scrollRegion(
      'table-caption',
      html`<table part="table">
        <caption id="table-caption">${this.markChinese(this.#name(current))}</caption>
        <thead>
          <tr>
            ${this.#columns().map((label, i) => html`<th scope="col" class=${i ? 'num' : ''}>${label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${children.map(
            (node) => html`<tr>
              <th scope="row">
                ${node.children?.length
                  ? html`<button type="button" class="link" @click=${() => this.#activate(node)}>${this.markChinese(this.#name(node))}</button>`
                  : this.markChinese(this.#name(node))}
              </th>
              ${this.#figures(doc, node, current, root).map((figure) => html`<td class="num">${figure}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>`,
      this.locale.t.scrollHint,
    );
  }

  /** Opens a node as the chart's level, or chooses a leaf: either way `budget-select` tells the page. */
  #activate(node: TreeNode, within = this.#drawn.get(node.id)?.within ?? []) {
    const path = [...this.path, ...within, node];
    this.dispatchEvent(
      new CustomEvent<TreemapSelect>('budget-select', {
        detail: { id: node.id, ...(node.code ? { code: node.code } : {}), name: node.name, value: node.published ?? node.value, path: path.map((n) => n.id) },
        bubbles: true,
        composed: true,
      }),
    );
    if (node.children?.length) this.#enter(path);
    else this.#focusOn(node.id);
  }

  /** Goes back up to `level` (0 is the root), focusing the tile it came from. */
  #goTo(level: number) {
    this.#enter(this.path.slice(0, level), this.path[level]!.id);
  }

  /** Shows the level at the end of `path`, says so, and focuses the tile `key` (else the first). */
  #enter(path: TreeNode[], key?: string) {
    this.path = path;
    const current = path.at(-1) ?? this.#root!;
    this.announcement = this.locale.t.entered(this.#name(current), drawnChildren(current).length);
    void this.#roving.focusKey(key);
  }

  #focusOn(key: string | undefined) {
    const item = this.#roving.item(key);
    if (item) this.#roving.focus(item);
  }

  #onKey(event: KeyboardEvent) {
    if (this.#roving.handleKeydown(event)) return;
    const entry = this.#drawn.get(this.#roving.activeKey!);
    if (!entry || event.altKey || event.ctrlKey || event.metaKey) return;
    const { tile, within } = entry;
    const { node, children } = tile;
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowRight':
        if (!node.children?.length) return;
        handled();
        if (children) this.#focusOn(children[0]?.node.id);
        else if (this.closed.has(node.id)) this.#toggle(node);
        else this.#activate(node);
        return;
      case 'ArrowLeft':
        if (children) {
          handled();
          this.#toggle(node);
        } else if (within.length) {
          handled();
          this.#focusOn(within.at(-1)!.id);
        }
        return;
      case 'Enter':
      case ' ':
        handled();
        this.#activate(node);
        return;
      case 'Escape':
      case 'Backspace':
        if (this.path.length) {
          handled();
          this.#goTo(this.path.length - 1);
        }
    }
  }

  /** Opens a closed group in place, or closes an open one; focus stays on it. */
  #toggle(node: TreeNode) {
    const closed = new Set(this.closed);
    if (!closed.delete(node.id)) closed.add(node.id);
    this.closed = closed;
  }
}

/** `compute`, run again only when one of its arguments is not the one it last had. */
function memo<A extends unknown[], T>(compute: (...args: A) => T): (...args: A) => T {
  let last: { args: A; value: T } | undefined;
  return (...args) => {
    if (!last?.args.every((value, i) => value === args[i])) last = { args, value: compute(...args) };
    return last.value;
  };
}

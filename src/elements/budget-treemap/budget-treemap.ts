import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BudgetDocument } from '../../data/schema.js';
import { expenditureTree, type FundFilter, type TreeBy, type TreeNode } from '../../data/hierarchy.js';
import { layoutTiles, visibleChildren, type Tile } from '../../layout/treemap.js';
import { labelColor } from '../../layout/contrast.js';
import { BudgetElement } from '../budget-element.js';
import { formatAmount, formatShare, unitLabel } from '../../format/amount.js';
import { tableStyles } from '../../styles/table.js';
import { factStyles } from '../../styles/facts.js';
import { scrollRegion } from '../scroll-region.js';
import { styles } from './budget-treemap.styles.js';

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

/** Detail of the `budget-select` event. */
export interface TreemapSelect {
  id: string;
  code?: string;
  name: string;
  value: number;
  path: string[];
}

/**
 * A treemap of a department's expenditure (d3-hierarchy lays it out, Lit draws the SVG).
 * One level at a time: click or Enter opens a tile, Escape, Backspace or the breadcrumb goes
 * back up. The tiles are a WAI-ARIA tree with one tab stop; a table view shows the same figures.
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
 * @csspart chart - The treemap SVG.
 * @csspart details - The details of the focused tile.
 * @csspart table - The table view.
 */
export class BudgetTreemap extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles, factStyles, styles];

  @property({ reflect: true }) by: TreeBy = 'function';
  @property({ reflect: true }) fund: FundFilter = 'all';

  /** Ids of the opened tiles, root first. */
  @state() private path: string[] = [];
  @state() private focused = 0;
  @state() private table = false;
  @state() private width = 640;
  @state() private announcement = '';

  private resizeObserver?: ResizeObserver;
  /** The tree and the last layout, kept until the data, view, language or size changes. */
  private treeCache?: { key: unknown[]; tree: TreeNode | undefined };
  private layoutCache?: { key: unknown[]; tiles: Tile[] };
  private visibleCache = new WeakMap<TreeNode, TreeNode[]>();
  private typed = '';
  private typedAt = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Layout follows the element's own width (so it fits a sidebar as well as a page).
    // The new layout is applied in the next frame: changing size inside the observer's own
    // delivery would make the browser report a ResizeObserver loop to the page.
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0 && Math.abs(width - this.width) > 1) requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('by') || changed.has('fund') || changed.has('src') || changed.has('data')) {
      this.path = [];
      this.focused = 0;
    }
  }

  private tree(doc: BudgetDocument): TreeNode | undefined {
    const key = [doc, this.by, this.fund, this.locale.lang];
    if (!this.treeCache || !same(this.treeCache.key, key)) {
      const t = this.locale.t;
      this.treeCache = { key, tree: expenditureTree(doc, this.by, this.fund, t.treemapViews[this.by], { basic: t.basic, project: t.project }) };
    }
    return this.treeCache.tree;
  }

  /** Layout runs once per level, data or size: moving the focus only redraws. */
  private tiles(current: TreeNode, children: TreeNode[], height: number): Tile[] {
    const key = [current, this.width, height];
    if (!this.layoutCache || !same(this.layoutCache.key, key)) this.layoutCache = { key, tiles: layoutTiles(children, this.width, height) };
    return this.layoutCache.tiles;
  }

  /** The nodes from the root to the level shown. */
  private trail(root: TreeNode): TreeNode[] {
    const trail = [root];
    for (const id of this.path) {
      const next = this.visible(trail.at(-1)!).find((c) => c.id === id);
      if (!next) break;
      trail.push(next);
    }
    return trail;
  }

  /** The children drawn for a node, computed once per node (the "其他" group keeps its identity). */
  private visible(node: TreeNode): TreeNode[] {
    let children = this.visibleCache.get(node);
    if (!children) this.visibleCache.set(node, (children = visibleChildren(node, this.locale.t.other)));
    return children;
  }

  private amount(doc: BudgetDocument, yuan: number): string {
    return `${formatAmount(yuan, this.displayUnit, doc.meta.publishedUnit, this.locale.lang)} ${unitLabel(this.displayUnit, this.locale.lang)}`;
  }

  protected renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.locale.t;
    const root = this.tree(doc);
    if (!root) return html`<p class="state" part="state" role="status">${t.noTree}</p>`;
    const trail = this.trail(root);
    const current = trail.at(-1)!;
    const children = this.visible(current);
    const focused = Math.min(this.focused, children.length - 1);
    const height = Math.round(Math.min(480, Math.max(240, this.width * 0.6)));
    const tiles = this.tiles(current, children, height);
    const largest = children[0];
    return html`<figure part="base" aria-labelledby="title">
      <figcaption>
        ${this.heading(`${doc.meta.department.name} · ${t.treemapViews[this.by]}`, { id: 'title' })}
        <p id="summary" class="summary">
          ${t.treeSummary(current.name, this.amount(doc, current.published ?? current.value), children.length, largest ? largest.name : '')}
        </p>
      </figcaption>
      <nav part="breadcrumb" aria-label=${t.breadcrumb}>
        <ol>
          ${trail.map(
            (node, i) => html`<li>
              ${i === trail.length - 1
                ? html`<span aria-current="location">${node.name}</span>`
                : html`<button type="button" @click=${() => this.goTo(i)}>${node.name}</button>`}
            </li>`,
          )}
        </ol>
      </nav>
      <div class="toolbar">
        <button type="button" aria-pressed=${this.table ? 'true' : 'false'} @click=${() => (this.table = !this.table)}>${t.tableView}</button>
        <p class="help" id="help">${t.treeHelp}</p>
      </div>
      ${this.table ? this.renderTable(doc, root, current, children) : this.renderChart(doc, current, tiles, children, focused, height)}
      ${children[focused] ? this.renderDetails(doc, root, current, children, focused) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </figure>`;
  }

  private renderChart(doc: BudgetDocument, current: TreeNode, tiles: Tile[], children: TreeNode[], focused: number, height: number) {
    const t = this.locale.t;
    const level = this.path.length + 1;
    // What both layers (tiles, then labels above them) need of each tile.
    const drawn = tiles.map((tile) => {
      const index = children.indexOf(tile.node);
      return {
        tile,
        index,
        fill: PALETTE[index % PALETTE.length]!,
        w: tile.x1 - tile.x0,
        h: tile.y1 - tile.y0,
        share: formatShare(tile.node.value, current.value, this.locale.lang),
      };
    });
    return html`<svg
      part="chart"
      class="chart"
      width=${this.width}
      height=${height}
      viewBox="0 0 ${this.width} ${height}"
      role="tree"
      aria-labelledby="title"
      aria-describedby="summary help"
      @keydown=${(e: KeyboardEvent) => this.onKey(e, children)}
    >
      ${drawn.map(({ tile, index, fill, w, h, share }) => {
        const opens = !!tile.node.children?.length;
        const name = tile.node.code && tile.node.name !== tile.node.code ? `${tile.node.code} ${tile.node.name}` : tile.node.name;
        return svg`<g
          role="treeitem"
          class="tile"
          data-id=${tile.node.id}
          tabindex=${index === focused ? 0 : -1}
          aria-level=${level}
          aria-setsize=${children.length}
          aria-posinset=${index + 1}
          aria-expanded=${opens ? 'false' : nothing}
          aria-selected=${index === focused ? 'true' : 'false'}
          aria-label="${name}，${this.amount(doc, tile.node.published ?? tile.node.value)}，${t.shareOf(share)}"
          @click=${() => this.open(tile.node, index)}
          @focus=${() => (this.focused = index)}
          @pointerenter=${() => (this.focused = index)}
        >
          <rect x=${tile.x0} y=${tile.y0} width=${w} height=${h} fill=${fill}></rect>
          ${index === focused
            ? svg`<rect class="ring ring-outer" x=${tile.x0 + 2} y=${tile.y0 + 2} width=${Math.max(0, w - 4)} height=${Math.max(0, h - 4)}></rect>
                <rect class="ring ring-inner" x=${tile.x0 + 2} y=${tile.y0 + 2} width=${Math.max(0, w - 4)} height=${Math.max(0, h - 4)}></rect>`
            : nothing}
        </g>`;
      })}
      <g class="labels" aria-hidden="true">
        ${drawn.map(({ tile, fill, w, h, share }) =>
          // Labels only where they fit; they repeat the tile's accessible name, so they are hidden from it.
          w > 56 && h > 34
            ? svg`<text x=${tile.x0 + 6} y=${tile.y0 + 18} fill=${labelColor(fill)} class="label">
                <tspan>${clip(tile.node.name, w)}</tspan>
                <tspan x=${tile.x0 + 6} dy="16">${share}</tspan>
              </text>`
            : nothing,
        )}
      </g>
    </svg>`;
  }

  private renderDetails(doc: BudgetDocument, root: TreeNode, current: TreeNode, children: TreeNode[], index: number) {
    const t = this.locale.t;
    const node = children[index]!;
    const derived = node.published === undefined;
    // Not a live region: the focused tile already announces its name, amount, share and position.
    return html`<dl class="facts details" part="details">
      ${node.code ? html`<div><dt>${t.code}</dt><dd>${node.code}</dd></div>` : nothing}
      <div><dt>${t.item}</dt><dd>${node.name}</dd></div>
      <div>
        <dt>${t.amount}</dt>
        <dd>${this.money(doc, node.published ?? node.value, derived)}</dd>
      </div>
      <div><dt>${t.shareOfParent}</dt><dd>${formatShare(node.value, current.value, this.locale.lang)}</dd></div>
      <div><dt>${t.shareOfTotal}</dt><dd>${formatShare(node.value, root.value, this.locale.lang)}</dd></div>
      <div><dt>${t.position(index + 1, children.length)}</dt></div>
    </dl>
    ${derived ? html`<p class="note">${t.derivedNote}</p>` : nothing}`;
  }

  private renderTable(doc: BudgetDocument, root: TreeNode, current: TreeNode, children: TreeNode[]) {
    const t = this.locale.t;
    return scrollRegion(
      'table-caption',
      html`<table part="table">
        <caption id="table-caption">${current.name}</caption>
        <thead>
          <tr>
            <th scope="col">${t.item}</th>
            <th scope="col" class="num">${t.amount}</th>
            <th scope="col" class="num">${t.shareOfParent}</th>
            <th scope="col" class="num">${t.shareOfTotal}</th>
          </tr>
        </thead>
        <tbody>
          ${children.map(
            (node, index) => html`<tr>
              <th scope="row">
                ${node.children?.length
                  ? html`<button type="button" class="link" @click=${() => this.open(node, index)}>${node.code ? `${node.code} ` : ''}${node.name}</button>`
                  : html`${node.code ? `${node.code} ` : ''}${node.name}`}
              </th>
              <td class="num">${this.money(doc, node.published ?? node.value, node.published === undefined)}</td>
              <td class="num">${formatShare(node.value, current.value, this.locale.lang)}</td>
              <td class="num">${formatShare(node.value, root.value, this.locale.lang)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }

  /** Opens a tile with children, or chooses a leaf: either way `budget-select` tells the page. */
  private open(node: TreeNode, index: number) {
    this.focused = index;
    this.dispatchEvent(
      new CustomEvent<TreemapSelect>('budget-select', {
        detail: { id: node.id, ...(node.code ? { code: node.code } : {}), name: node.name, value: node.published ?? node.value, path: [...this.path, node.id] },
        bubbles: true,
        composed: true,
      }),
    );
    if (!node.children?.length) return;
    this.path = [...this.path, node.id];
    this.focused = 0;
    this.announcement = this.locale.t.entered(node.name, this.visible(node).length);
    void this.focusTile();
  }

  /** Goes back up to `level` (0 is the root), focusing the tile it came from. */
  private goTo(level: number) {
    const leaving = this.path[level];
    this.path = this.path.slice(0, level);
    const state = this.dataController.state;
    const root = state.status === 'ready' ? this.tree(state.document) : undefined;
    if (!root) return;
    const current = this.trail(root).at(-1)!;
    const children = this.visible(current);
    this.focused = Math.max(0, children.findIndex((c) => c.id === leaving));
    this.announcement = this.locale.t.entered(current.name, children.length);
    void this.focusTile();
  }

  private async focusTile() {
    await this.updateComplete;
    this.shadowRoot?.querySelector<SVGGElement>('.tile[tabindex="0"]')?.focus();
  }

  private onKey(event: KeyboardEvent, children: TreeNode[]) {
    const last = children.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      this.focused = Math.max(0, Math.min(last, index));
      void this.focusTile();
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return move(this.focused + 1);
      case 'ArrowLeft':
      case 'ArrowUp':
        return move(this.focused - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(last);
      case 'Enter':
      case ' ':
        event.preventDefault();
        return children[this.focused] && this.open(children[this.focused]!, this.focused);
      case 'Escape':
      case 'Backspace':
        if (this.path.length) {
          event.preventDefault();
          this.goTo(this.path.length - 1);
        }
        return;
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.typeAhead(event.key, children, move);
    }
  }

  /** Type-ahead: characters typed within a second find the next tile whose name starts with them. */
  private typeAhead(key: string, children: TreeNode[], move: (index: number) => void) {
    const now = Date.now();
    this.typed = now - this.typedAt < 1000 ? this.typed + key : key;
    this.typedAt = now;
    const query = this.typed.toLowerCase();
    const order = children.map((_, i) => (this.focused + (this.typed.length > 1 ? 0 : 1) + i) % children.length);
    const found = order.find((i) => {
      const node = children[i]!;
      return node.name.toLowerCase().startsWith(query) || (node.code ?? '').startsWith(query);
    });
    if (found !== undefined) move(found);
  }
}

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** Shortens a label to about what fits in `width` pixels (CJK glyphs are about 14 px wide). */
function clip(text: string, width: number): string {
  const fits = Math.max(1, Math.floor((width - 12) / 14));
  return text.length <= fits ? text : `${text.slice(0, Math.max(1, fits - 1))}…`;
}

/**
 * Roving focus (WAI-ARIA APG "roving tabindex"): a widget of many items is one tab stop. The
 * host says which items there are, in order; the controller keeps `tabindex="0"` on the active
 * one and -1 on the others after every render, moves focus with ↓ / ↑, Home, End and type-ahead,
 * and puts focus back on the active item when a render replaced the element that had it.
 * Keys that mean something else in a widget (→ / ← in a tree or treegrid, Enter) stay with the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items, in reading order (only those that can take focus now, e.g. the visible rows). */
  items: () => HTMLElement[];
  /** What identifies an item across renders (default: its `data-key`, else its `id`). */
  key?: (item: HTMLElement) => string;
  /** The text type-ahead matches (default: the item's accessible label or text). */
  text?: (item: HTMLElement) => string;
  /** Called when the active item changes (to show its details, say). */
  onActive?: (key: string) => void;
}

/** Characters typed within this many milliseconds of each other search together. */
const TYPE_AHEAD_MS = 1000;

/** How far ↓ / ↑, Home and End move through the items (kept within them by `clampIndex`). */
export const STEPS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };

/** The index `step` items on from `at`, kept within `count` items. */
export const clampIndex = (at: number, step: number, count: number): number => Math.max(0, Math.min(count - 1, at + step));

export class RovingFocusController implements ReactiveController {
  /** The key of the item that is the tab stop. */
  activeKey: string | undefined;
  #hadFocus = false;
  #typed = '';
  #typedAt = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  #keyOf(item: HTMLElement): string {
    return this.options.key?.(item) ?? item.dataset.key ?? item.id;
  }

  #textOf(item: HTMLElement): string {
    return (this.options.text?.(item) ?? item.getAttribute('aria-label') ?? item.textContent ?? '').trim().toLowerCase();
  }

  /** The item with this key, if it is there. */
  item(key: string | undefined): HTMLElement | undefined {
    return this.options.items().find((item) => this.#keyOf(item) === key);
  }

  /** The active item, or the first one when the active one is gone. */
  get active(): HTMLElement | undefined {
    return this.item(this.activeKey) ?? this.options.items()[0];
  }

  hostUpdate(): void {
    const focused = this.host.shadowRoot?.activeElement ?? document.activeElement;
    this.#hadFocus = !!focused && this.options.items().includes(focused as HTMLElement);
  }

  hostUpdated(): void {
    const active = this.active;
    if (active) this.setActive(active);
    // The render replaced, removed or (reusing elements by position) relabelled the focused item: focus follows the active one.
    if (this.#hadFocus && active && this.host.shadowRoot?.activeElement !== active) active.focus({ preventScroll: true });
  }

  /** Makes an item the tab stop without moving focus (a click, or the host's own key handling). */
  setActive(item: HTMLElement): void {
    const key = this.#keyOf(item);
    for (const other of this.options.items()) other.tabIndex = other === item ? 0 : -1;
    if (key === this.activeKey) return;
    this.activeKey = key;
    this.options.onActive?.(key);
  }

  /** Makes an item the tab stop and focuses it. */
  focus(item: HTMLElement): void {
    this.setActive(item);
    item.focus();
  }

  /** Focuses the item with this key once the host has rendered (after a change of level, say). */
  async focusKey(key: string | undefined): Promise<void> {
    this.activeKey = key;
    await this.host.updateComplete;
    const item = this.active;
    if (item) this.focus(item);
  }

  /**
   * Moves focus for ↓ / ↑, Home, End and printable characters
   * (type-ahead). Returns true, having called preventDefault, when the key was one of them.
   */
  handleKeydown(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const items = this.options.items();
    const current = items.indexOf(this.active!);
    const step = STEPS[event.key];
    let target: number | undefined;
    if (step) target = clampIndex(current, step, items.length);
    else if (event.key.length === 1 && event.key !== ' ') target = this.#typeAhead(event.key, event.timeStamp, items, current);
    else return false;
    event.preventDefault();
    const item = target === undefined ? undefined : items[target];
    if (item) this.focus(item);
    return true;
  }

  /** The next item whose text starts with what was typed; characters typed close together search together. */
  #typeAhead(key: string, time: number, items: HTMLElement[], current: number): number | undefined {
    this.#typed = time - this.#typedAt < TYPE_AHEAD_MS ? this.#typed + key.toLowerCase() : key.toLowerCase();
    this.#typedAt = time;
    // One character looks from the next item on (pressing it again cycles); more refine from the current one.
    const start = this.#typed.length > 1 ? current : current + 1;
    for (let i = 0; i < items.length; i++) {
      const index = (start + i + items.length) % items.length;
      if (this.#textOf(items[index]!).startsWith(this.#typed)) return index;
    }
    return undefined;
  }
}

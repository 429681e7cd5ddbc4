import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * A wide table's own scroll container, named by the ids it is given (e.g. the element's title
 * and the table caption), so regions stay distinct. It carries its hint ("⇆ 左右滑动查看更多"),
 * which the styles (src/styles/scroll.ts) show exactly while the table is wider than the region:
 * CSS decides, with no script, so a server render shows it as the live element does and nothing
 * moves on hydration. It renders as a tab stop: with no script (server-rendered HTML) a table
 * wider than the screen must still scroll from the keyboard (WCAG 2.1.1); the controller removes
 * the stop once it measures no overflow.
 */
export const scrollRegion = (labelledby: string, table: TemplateResult, hint?: string): TemplateResult =>
  html`<div class="table-scroll" role="region" aria-labelledby=${labelledby} tabindex="0" data-hint=${hint ?? nothing}>${table}</div>`;

/**
 * Keeps every scroll region of an element honest about scrolling. A region is a tab stop only
 * while it overflows (a keyboard user can then scroll it: WCAG 2.1.1; one that fits is no stop).
 * Measured after each render, and when a region or its table changes size (the page reflows,
 * fonts load). The hint and the edge shadows need no script (src/styles/scroll.ts).
 */
export class ScrollRegionController implements ReactiveController {
  /** The regions observed (since the host last disconnected). */
  private seen = new WeakSet<Element>();
  /** Made on connecting, never in the constructor: a server renders the host without connecting it, and has no ResizeObserver. */
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => entries.forEach((entry) => this.measure(entry.target)));
    // Regions already shown (a host moved in the page, or server-rendered) are observed at once.
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.observer!.disconnect();
    this.seen = new WeakSet();
  }

  /**
   * A new region is measured at once (so that it is a tab stop, or not, as soon as it shows); a
   * region seen before is left to the observer, which measures after layout: re-rendering a long
   * table (for print, say) forces no extra layout.
   */
  hostUpdated(): void {
    for (const region of this.host.renderRoot.querySelectorAll('.table-scroll')) {
      if (this.seen.has(region)) continue;
      this.seen.add(region);
      this.observer!.observe(region);
      this.observer!.observe(region.firstElementChild!);
      this.measure(region);
    }
  }

  /** Measures a region, given it or its table (what the observer watches). */
  private measure(target: Element): void {
    const region = target.closest('.table-scroll')!;
    const { scrollWidth, clientWidth, scrollHeight, clientHeight } = region;
    if (scrollWidth > clientWidth + 1 || scrollHeight > clientHeight + 1) region.setAttribute('tabindex', '0');
    else region.removeAttribute('tabindex');
  }
}

import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * A wide table's own scroll container, named by the ids it is given (e.g. the element's title
 * and the table caption), so regions stay distinct. Its wrapper carries the hint and the edge
 * shadows that `ScrollRegionController` switches on while the table overflows. It renders as a tab
 * stop: with no script (server-rendered HTML) a table wider than the screen must still scroll from
 * the keyboard (WCAG 2.1.1); the controller removes the stop once it measures no overflow.
 */
export const scrollRegion = (labelledby: string, table: TemplateResult): TemplateResult =>
  html`<div class="scroll"><div class="table-scroll" role="region" aria-labelledby=${labelledby} tabindex="0">${table}</div></div>`;

/**
 * Keeps every scroll region of an element honest about scrolling. A region is a tab stop only
 * while it overflows (a keyboard user can then scroll it: WCAG 2.1.1; one that fits is no stop);
 * while it overflows sideways its wrapper shows a short hint (`data-hint`) and a shadow on each
 * edge with more beyond (`data-start`, `data-end`). Measured after each render, when a region or
 * its table changes size (the page reflows, fonts load) and as it scrolls.
 */
export class ScrollRegionController implements ReactiveController {
  /** The regions observed (since the host last disconnected). */
  private seen = new WeakSet<Element>();
  /** Made on connecting, never in the constructor: a server renders the host without connecting it, and has no ResizeObserver. */
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveElement,
    private readonly hint: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Scroll events do not bubble: one capturing listener serves every region (added once however often the host reconnects).
    this.host.renderRoot.addEventListener('scroll', this, { capture: true, passive: true });
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

  /** The scroll listener. */
  handleEvent(event: Event): void {
    this.measure(event.target as Element);
  }

  private measure(target: Element): void {
    const region = target.closest('.table-scroll');
    if (!region) return;
    const { scrollWidth, clientWidth, scrollHeight, clientHeight, scrollLeft, parentElement } = region;
    const sideways = scrollWidth > clientWidth + 1;
    if (sideways || scrollHeight > clientHeight + 1) region.setAttribute('tabindex', '0');
    else region.removeAttribute('tabindex');
    parentElement!.toggleAttribute('data-start', sideways && scrollLeft > 1);
    parentElement!.toggleAttribute('data-end', sideways && scrollLeft + clientWidth < scrollWidth - 1);
    parentElement!.dataset.hint = this.hint();
  }
}

import { html, type TemplateResult } from 'lit';

/**
 * A wide table's own scroll container: keyboard-reachable and named, so that at 320 px
 * keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable). Named by the
 * ids it is given, e.g. the element's title and the table caption, so regions stay distinct.
 */
export const scrollRegion = (labelledby: string, table: TemplateResult): TemplateResult =>
  html`<div class="table-scroll" role="region" aria-labelledby=${labelledby} tabindex="0">${table}</div>`;

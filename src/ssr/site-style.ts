/**
 * site.css: the site's own pages around the elements (which bring their styles in their shadow
 * roots). Printing: A4 pages with margins, the report from the top (no treemap), links shown as text.
 */
export const SITE_STYLE = `:root { color-scheme: light dark; font-family: system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; line-height: 1.5; }
/* A word longer than the whole line may break; no other ("anywhere" would split English words in narrow cells). */
body { margin: 0 auto; padding: 0.75rem; max-width: 72rem; overflow-wrap: break-word; }
a { color: LinkText; }
a:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.site-header { padding-block: 0.5rem; }
.site-header a, .files a, tbody a { display: inline-block; min-height: 24px; padding-block: 0.125rem; }
.table-scroll { overflow-x: auto; }
/* A report page: its title, the treemap, then the report (whose own title opens it, as on paper). */
.page-title { margin-block: 0.5rem 1rem; font-size: 1.5rem; }
main > budget-treemap { display: block; margin-block-end: 2.5rem; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
/* As wide as the screen at most, not the table: a caption wider than the screen would be cut off by its scroll region. */
caption { max-width: calc(100vw - 1.5rem); text-align: start; font-weight: bold; padding-block: 0.25rem; }
th, td { border: 1px solid; padding: 0.25rem 0.5rem; text-align: start; overflow-wrap: normal; }
/* A name wraps by words, never a character a line; the table scrolls in its region instead. */
tbody th { min-width: 7em; }
/* Figures and the cells beside them stay whole; column headers wrap by words, so that a phone shows more columns. */
td { white-space: nowrap; }
.num { text-align: end; }
/* The index's column headers once site.js makes them sort: text that is a button, its order drawn as an arrow. */
th button { display: inline-flex; align-items: center; gap: 0.25em; min-height: 24px; min-width: 24px; margin: 0; padding: 0; border: 0; background: none; color: inherit; font: inherit; text-align: inherit; cursor: pointer; }
th button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
th button::after { content: '⇕'; content: '⇕' / ''; }
[aria-sort='ascending'] button::after { content: '▲'; content: '▲' / ''; }
[aria-sort='descending'] button::after { content: '▼'; content: '▼' / ''; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; padding: 0; }
  .site-header, .files { display: none; }
  /*
   * The treemap is left out: its figures are the report's tables, which print whole; its tiles,
   * sized for a screen, would print without their fills (browsers drop backgrounds) and labels cut
   * at their edges. The report's own title then heads the first page.
   */
  .page-title, main > budget-treemap { display: none; }
  th button::after { content: none; }
  .table-scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
`;

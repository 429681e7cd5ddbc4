/**
 * The stylesheet of `render --flat`: small, every rule under `.budget-flat`, so that it styles
 * the pasted render and nothing else of the host page. The markup reads without it (real
 * tables, headings, lists); it adds borders, right-aligned figures, row names at least 6em wide
 * (as the elements': the figures beside them never squeeze a name to a character a line at 320 px;
 * a table too wide then scrolls), hides what a screen reader alone needs, and shows a wide table's scroll hint exactly while the table is wider than its region
 * (CSS alone, as src/styles/scroll.ts explains for the elements: the hint takes a line above the
 * table only as far as the table is wider than the region). Colours come from the page, so it
 * suits a light or dark CMS theme and forced colours.
 */
export const FLAT_STYLE = `.budget-flat { line-height: 1.5; overflow-wrap: anywhere; }
.budget-flat .budget-table-scroll { position: relative; display: grid; overflow-x: auto; max-width: 100%; container-type: inline-size; }
.budget-flat .budget-table-scroll > table { grid-area: 2 / 1; }
.budget-flat [data-hint]::before { content: attr(data-hint) / ''; position: sticky; inset-inline-start: 0; inline-size: 100cqi; max-inline-size: 100%; margin-inline-end: -100cqi; block-size: 0; overflow: hidden; padding-block-end: min((100% - 100cqi) * 99, 1.5em); font-size: 0.8125em; }
.budget-flat table { border-collapse: collapse; margin: 0.5em 0; font-variant-numeric: tabular-nums; }
.budget-flat caption { text-align: start; font-weight: bold; padding: 0.25em 0; }
.budget-flat th, .budget-flat td { border: 1px solid currentColor; padding: 0.25em 0.5em; vertical-align: top; }
.budget-flat th { text-align: start; }
.budget-flat thead th { min-width: 4em; }
.budget-flat tbody th { min-width: 6em; }
.budget-flat .budget-num { text-align: end; white-space: nowrap; }
.budget-flat .budget-total { font-weight: bold; }
.budget-flat .budget-sub > th { padding-inline-start: 1.5em; }
.budget-flat .budget-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media print { .budget-flat .budget-table-scroll { overflow: visible; } .budget-flat [data-hint]::before { display: none; } .budget-flat thead { display: table-header-group; } .budget-flat tr { break-inside: avoid; } }
`;

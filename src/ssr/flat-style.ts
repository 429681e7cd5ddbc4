/**
 * The stylesheet of `render --flat`: small, every rule under `.budget-flat`, so that it styles
 * the pasted render and nothing else of the host page. The markup reads without it (real
 * tables, headings, lists); it adds borders, right-aligned figures and hides what a screen reader
 * alone needs. Colours come from the page, so it suits a light or dark CMS theme and forced colours.
 */
export const FLAT_STYLE = `.budget-flat { line-height: 1.5; overflow-wrap: anywhere; }
.budget-flat .budget-table-scroll { overflow-x: auto; max-width: 100%; }
.budget-flat table { border-collapse: collapse; margin: 0.5em 0; font-variant-numeric: tabular-nums; }
.budget-flat caption { text-align: start; font-weight: bold; padding: 0.25em 0; }
.budget-flat th, .budget-flat td { border: 1px solid currentColor; padding: 0.25em 0.5em; vertical-align: top; }
.budget-flat th { text-align: start; }
.budget-flat .budget-num { text-align: end; white-space: nowrap; }
.budget-flat .budget-total { font-weight: bold; }
.budget-flat .budget-sub > th { padding-inline-start: 1.5em; }
.budget-flat .budget-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media print { .budget-flat .budget-table-scroll { overflow: visible; } .budget-flat thead { display: table-header-group; } .budget-flat tr { break-inside: avoid; } }
`;

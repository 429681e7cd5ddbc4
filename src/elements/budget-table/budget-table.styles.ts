import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  #title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  :is(h2, h3, h4, h5, h6):not(#title) {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 1em;
  }
  /* Muted: the line under the title, the note, codes before item names (their figures tabular as the table's). */
  .meta,
  .note,
  .code {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .note {
    white-space: pre-line;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  /* The controls and the sort buttons: targets of at least 24 px (WCAG 2.5.8). */
  button {
    min-block-size: 24px;
    font: inherit;
    cursor: pointer;
  }
  .controls button {
    padding: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* The header stays in view while the rows scroll under it, inside the table's own region (its cells are opaque). */
  .table-scroll {
    max-block-size: var(--budget-table-max-height, 70vh);
    overflow: auto;
  }
  thead {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
  }
  thead th {
    background: var(--_bg);
    vertical-align: bottom;
    /* Never squeezed to a character per line by the figure columns beside it (an empty table has nothing else to size it). */
    min-inline-size: 4em;
  }
  thead th[scope=colgroup] {
    text-align: center;
  }
  /* Item names stay in view while a wide table scrolls sideways. */
  tbody th,
  thead th.name {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_bg);
  }
  thead th.name {
    z-index: 3;
  }
  /* On a phone the names take at most two fifths of the region, so that the first figures (合计) show beside them. */
  tbody th {
    box-sizing: border-box; /* the indentation is padding: inside the limit, not added to it */
    min-inline-size: min(10em, 40cqi);
    max-inline-size: 24em;
    padding-inline-start: calc(var(--_space) / 2 + var(--_indent, 0em));
  }
  button.sort {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0;
    color: inherit;
    text-align: inherit;
    background: none;
    border: 0;
  }
  .glyph {
    flex: none;
    fill: currentColor;
  }
  /* 类/款/项 indentation: each level of the outline one step in (depth-4 stands for every deeper level too). */
  tr.depth-1 {
    --_indent: 1em;
  }
  tr.depth-2 {
    --_indent: 2em;
  }
  tr.depth-3 {
    --_indent: 3em;
  }
  tr.depth-4 {
    --_indent: 4em;
  }
  /* Treegrid rows leave room for the disclosure triangle. */
  tbody tr[aria-level] > th {
    padding-inline-start: calc(1.5em + var(--_indent, 0em));
  }
  /* Totals are bold already (the shared table styles). */
  tr:is(.subtotal, .unit) :is(th, td) {
    font-weight: 600;
  }
  tr.total :is(th, td) {
    border-block-end-width: 2px;
  }
  tr.heading th {
    color: var(--_muted);
  }
  /* The disclosure triangle: its shape says open or closed, the row's aria-expanded says it to assistive technology. */
  .twisty {
    display: inline-block;
    inline-size: 0;
    block-size: 0;
    margin-inline: -1em 0.4em;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.5em solid currentColor;
    vertical-align: 0.05em;
    cursor: pointer;
  }
  tr[aria-expanded=true] .twisty {
    transform: rotate(90deg);
  }
  tr[data-row]:focus-visible,
  tr[data-row] > :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  tr[data-row]:focus-visible > * {
    background: var(--_surface);
  }
  /* The sticky name cell is painted above the row's ring: it draws its own part of it. */
  tr[data-row]:focus-visible > th {
    box-shadow: inset 3px 3px var(--_focus), inset 0 -3px var(--_focus);
  }
  /* Windowed rows keep one height, so the rows outside the window can be stood in for exactly. */
  table.windowed tbody th {
    white-space: nowrap;
  }
  tr.spacer td {
    padding: 0;
    border: 0;
  }
  /* A row the source prints without a label says so, muted: a blank looks like a rendering fault. */
  .unnamed {
    color: var(--_muted);
    font-weight: 400;
  }
  td.empty {
    color: var(--_muted);
    text-align: center;
  }
  @media print {
    .controls,
    .twisty,
    .glyph {
      display: none;
    }
    /* Chromium leaves buttons out of a header it repeats on the next page: print their labels as text. */
    button.sort {
      display: contents;
    }
    .table-scroll {
      max-block-size: none;
    }
    thead {
      position: static;
      display: table-header-group;
    }
    tbody th,
    thead th.name {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
  }
`;

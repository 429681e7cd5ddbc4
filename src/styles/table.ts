/** Tables the GOV.UK way: caption, column and row headers, right-aligned tabular figures. */
import { css } from 'lit';

export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: calc(var(--_space) / 2);
  }
  th,
  td {
    padding: calc(var(--_space) / 3) calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-weight: 600;
    border-block-end-width: 2px;
  }
  tbody th {
    font-weight: 400;
    /* Row labels stay readable at 320 px, and leave room there for the figures beside them. */
    min-inline-size: 6em;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  /* A figure in published text (publishedText): a box of its own, which WebKit's line breaking measures as
     laid out; as a run of text of several fonts, it could run a few pixels past the line's end. */
  span.num {
    display: inline-block;
  }
  /* A sub-item (人员经费 under 基本支出, 购置费 under 公务用车). */
  tr.sub th {
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  tr.total th,
  tr.total td {
    font-weight: 600;
  }
`;

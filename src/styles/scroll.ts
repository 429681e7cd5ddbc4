/** The scroll regions of src/elements/scroll-region.ts: contained, and hinted and shaded while they overflow. */
import { css } from 'lit';

export const scrollStyles = css`
  /*
   * As wide as its container whatever its table (inline-size containment): the region scrolls, the
   * page does not. Positioned, so that visually hidden text inside stays inside. A grid of one
   * column, as wide as the table or the region, whichever is wider: the hint above the table
   * measures it against the region.
   */
  .table-scroll {
    position: relative;
    display: grid;
    overflow-x: auto;
    container-type: inline-size;
  }
  /*
   * The hint takes a line above the table exactly while the table is wider than its region: 100%
   * is the table's width, 100cqi the region's, and the line is as tall as their difference allows,
   * up to one line (its text runs into that padding, clipped at its end). CSS alone decides, so a
   * server render shows it as the live element does, the script moves nothing, and a table that
   * fits wastes no line. It is not read out (empty alternative text): a screen reader moves
   * through a table by cell, not by swiping.
   */
  [data-hint]::before {
    content: attr(data-hint) / '';
    block-size: 0;
    overflow: hidden;
    padding-block-end: min((100% - 100cqi) * 99, 1.5em);
    color: var(--_muted);
    font-size: 0.8125em;
  }
  /*
   * The hint and the shadows stay in the region's view as the table scrolls sideways. Neither
   * widens the grid's column (a negative margin as wide as they are), and neither is wider than
   * it: Firefox counts a vertical scroll bar's width in 100cqi, and either would otherwise make a
   * table that fits scroll sideways by that width. For the same reason the hint stands at the
   * start of the line, where no scroll bar covers it.
   */
  .table-scroll::before,
  .table-scroll::after {
    position: sticky;
    inset-inline-start: 0;
    inline-size: 100cqi;
    max-inline-size: 100%;
    margin-inline-end: -100cqi;
  }
  table {
    grid-area: 2 / 1;
  }
  /*
   * Where an animation can follow scrolling (Chromium, Safari), a shadow on each edge with more to
   * see beyond it, over the table's visible part (above sticky cells, never in the way of a
   * pointer): no script, and none where the table fits (its scroll timeline is then inactive).
   */
  .table-scroll::after {
    content: '';
    grid-area: 2 / 1;
    z-index: 4;
    pointer-events: none;
    background:
      linear-gradient(to right, var(--_border), transparent) left / 0 100% no-repeat,
      linear-gradient(to left, var(--_border), transparent) right / 0 100% no-repeat;
    animation: edges linear backwards;
    animation-timeline: scroll(inline);
  }
  @keyframes edges {
    from {
      background-size: 0 100%, 0.75rem 100%;
    }
    to {
      background-size: 0.75rem 100%, 0 100%;
    }
  }
  @media print {
    .table-scroll::before,
    .table-scroll::after {
      display: none;
    }
  }
`;

/** The scroll regions of src/elements/scroll-region.ts: contained, hinted and shaded while they overflow. */
import { css } from 'lit';

export const scrollStyles = css`
  /* One column that never grows past its container: the region scrolls, the page does not. */
  .scroll {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  /* Positioned, so that visually hidden text inside stays inside (and cannot widen the page). */
  .table-scroll {
    position: relative;
    grid-area: 2 / 1;
    overflow-x: auto;
  }
  /* The hint, above the region, only while it overflows sideways. */
  :is([data-start], [data-end])::before {
    content: attr(data-hint);
    content: attr(data-hint) / '';
    grid-area: 1 / 1;
    justify-self: end;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  /* A shadow on each edge with more to see beyond it (above sticky cells, never in the way of a pointer). */
  :is([data-start], [data-end])::after {
    content: '';
    grid-area: 2 / 1;
    z-index: 4;
    pointer-events: none;
    background:
      linear-gradient(to right, var(--_border), transparent) left / var(--_left, 0) 100% no-repeat,
      linear-gradient(to left, var(--_border), transparent) right / var(--_right, 0) 100% no-repeat;
  }
  [data-start] {
    --_left: 0.75rem;
  }
  [data-end] {
    --_right: 0.75rem;
  }
  @media print {
    .scroll::before,
    .scroll::after {
      display: none;
    }
  }
`;

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
    grid-area: 1 / 1;
    overflow-x: auto;
  }
  /* The hint, until the reader scrolls sideways: over the top inline-end corner of the region (the
     column headers', never the figures'), so that nothing moves when it shows; gone while focus is
     inside, so it covers no focus ring. */
  [data-end]:not([data-start], :focus-within)::before {
    content: attr(data-hint);
    content: attr(data-hint) / '';
    grid-area: 1 / 1;
    align-self: start;
    justify-self: end;
    z-index: 5;
    padding-inline: 0.25em;
    background: var(--_bg);
    color: var(--_muted);
    font-size: 0.8125em;
    pointer-events: none;
  }
  /* A shadow on each edge with more to see beyond it (above sticky cells, never in the way of a pointer). */
  :is([data-start], [data-end])::after {
    content: '';
    grid-area: 1 / 1;
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

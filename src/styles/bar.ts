/** The share bars of src/elements/share-bar.ts. */
import { css } from 'lit';

export const barStyles = css`
  /* The track is the whole: framed, so that a short bar reads as a small share of it. */
  .bar {
    display: block;
    margin-block-start: 4px;
    outline: 1px solid var(--_border);
    outline-offset: -1px;
  }
  .track {
    fill: var(--_surface);
  }
  .s1 {
    fill: var(--_bar-1);
  }
  .s2 {
    fill: var(--_bar-2);
  }
  .hatch {
    stroke: var(--_bg);
    stroke-width: 8;
    stroke-dasharray: 2 3;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
    background: var(--_bar-1);
  }
  .swatch.s2 {
    background: repeating-linear-gradient(90deg, var(--_bar-2) 0 3px, var(--_bg) 3px 5px);
    outline: 1px solid var(--_bar-2);
  }
  @media (forced-colors: active) {
    .s1 {
      fill: CanvasText;
    }
    .s2 {
      fill: GrayText;
    }
  }
`;

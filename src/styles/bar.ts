/** The share bars of src/elements/share-bar.ts. */
import { css } from 'lit';

export const barStyles = css`
  .bar {
    display: block;
    margin-block-start: 4px;
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
    fill: none;
    stroke: var(--_bg);
    stroke-width: 2;
    stroke-dasharray: 2 4;
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
    background: repeating-linear-gradient(135deg, var(--_bar-2) 0 4px, var(--_bg) 4px 6px);
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

import { css } from 'lit';

export const styles = css`
  article {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  header h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .unit {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.05em;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .totals > div {
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_accent);
  }
  .totals dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .totals dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  section {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .share {
    min-inline-size: 5rem;
  }
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    font-size: 0.875em;
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
  .code {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .zh {
    color: var(--_muted);
    font-size: 0.875em;
  }
  tr.sub th {
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  .changes {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }
  .changes dt {
    font-weight: 600;
  }
  .changes dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    .s1,
    .s2 {
      fill: CanvasText;
    }
    .s2 {
      fill: GrayText;
    }
  }
`;

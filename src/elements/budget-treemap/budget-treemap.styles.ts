import { css } from 'lit';

export const styles = css`
  figure {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }
  #title {
    margin: 0;
    font-size: 1.15em;
  }
  .summary,
  .help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav li + li::before {
    content: '›';
    margin-inline-end: 0.25em;
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  button {
    font: inherit;
    min-block-size: 24px;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.15em 0.6em;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    color: var(--_bg);
    background: var(--_accent);
  }
  nav button,
  button.link {
    border: 0;
    padding: 0;
    text-decoration: underline;
  }
  .chart {
    display: block;
    max-inline-size: 100%;
    height: auto;
  }
  .tile {
    cursor: pointer;
    outline: none;
  }
  /* Tiles are told apart by a border and their labels, not by hue alone. */
  .tile rect {
    stroke: var(--_bg);
    stroke-width: 1;
  }
  /*
   * Focus: a black ring inside a white one (3 px each), shown while the tree has keyboard focus.
   * One of the two always contrasts 3:1 or more with the tile and its neighbours.
   */
  .ring {
    display: none;
    fill: none;
    pointer-events: none;
  }
  .chart:focus-within .ring {
    display: inline;
  }
  .ring-outer {
    stroke: #ffffff;
    stroke-width: 6;
  }
  .ring-inner {
    stroke: #000000;
    stroke-width: 3;
  }
  .label {
    font-size: 13px;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .tile rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .label {
      fill: CanvasText;
    }
    .ring-outer {
      stroke: Canvas;
    }
    .ring-inner {
      stroke: Highlight;
    }
  }
  @media print {
    .toolbar,
    nav {
      display: none;
    }
  }
`;

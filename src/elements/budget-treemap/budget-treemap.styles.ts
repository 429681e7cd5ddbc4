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
  .help,
  .note,
  .omitted {
    margin: 0;
    font-size: 0.875em;
  }
  .summary,
  .help,
  .note {
    color: var(--_muted);
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
  /*
   * Room on every side for the focus ring of a tile at the edge. The height is the element's rule
   * (55 % of its width, within 260–560 px) in CSS, so that a server render, drawn in percentages of
   * this box, fits any width with no script, and hydration finds the box at its size: a grid item's
   * percentage padding is of its grid area's width, the element's.
   */
  .chart {
    position: relative;
    margin: 6px;
    padding-top: clamp(260px, 55%, 560px);
  }
  .tile {
    position: absolute;
    box-sizing: border-box;
    cursor: pointer;
    outline: none;
    /* Tiles are told apart by a border and their labels, not by hue alone. */
    border: 1px solid var(--_bg);
  }
  /*
   * Focus (WCAG 2.4.13): a 3 px ring drawn outside the tile, black inside white, over the
   * neighbouring tiles, so that even a small tile shows it whole on any fill and background.
   */
  .tile:focus-visible {
    z-index: 1;
    outline: 3px solid #000;
    outline-offset: 0;
    box-shadow: 0 0 0 6px #fff;
  }
  /* A label shows only where it fits whole (the element measures it, and hides it otherwise): name, amount, share. */
  .label {
    box-sizing: border-box;
    max-block-size: 100%;
    overflow: hidden;
    padding: 2px 4px;
    font-size: 12px;
    line-height: 16px;
    pointer-events: none;
    /* Whatever the page sets: words are never broken or hyphenated (CJK still breaks between characters). */
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
    font-variant-numeric: tabular-nums;
  }
  /* The name on lines of its own, the figures below it. */
  .label .name {
    display: block;
    font-weight: 600;
  }
  .omitted {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .note {
    max-inline-size: 40em;
  }
  @media (forced-colors: active) {
    .tile {
      background: Canvas !important;
      color: CanvasText !important;
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .tile:focus-visible {
      outline-color: Highlight;
      box-shadow: 0 0 0 6px Canvas;
    }
  }
  /* Server-rendered and read before (or without) the script: the table view's button and the keyboard help do
     nothing yet. Hidden, their place kept, so that nothing moves when the script takes over. */
  :host(:not(:defined)) .toolbar {
    visibility: hidden;
  }
  @media print {
    .toolbar,
    nav {
      display: none;
    }
  }
`;

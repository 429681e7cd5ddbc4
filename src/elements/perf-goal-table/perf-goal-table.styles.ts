import { css } from 'lit';

export const styles = css`
  :host {
    container: goals / inline-size;
  }
  article {
    display: grid;
    gap: var(--_space);
  }
  #title {
    margin: 0;
    font-size: 1.25em;
  }
  :is(h2, h3, h4, h5, h6):not(#title) {
    margin: 0;
    font-size: 1.05em;
  }
  .meta,
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .controls label {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  select,
  input {
    font: inherit;
    min-block-size: 2.25rem;
    padding-inline: 0.5em;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-inline-size: 100%;
  }
  /* Not its default 20 characters: Firefox counts them in the average width of a CJK font, 1 em each. */
  input {
    inline-size: 12em;
  }
  .project {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-block: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .goal {
    max-inline-size: 40em;
    margin: 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 24px;
  }
  tr.level1 th {
    font-weight: 600;
    background: var(--_surface);
  }
  tr.level2 th {
    padding-inline-start: calc(var(--_space) * 1.5);
    font-style: italic;
  }
  /* Narrow: each indicator a card, in the same reading order; the roles keep it a table. */
  @container goals (max-width: 600px) {
    .indicators thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    /* The caption too: left a table caption inside a block, it shrinks to a ribbon of single characters. */
    .indicators,
    .indicators caption,
    .indicators tbody,
    .indicators tr,
    .indicators th,
    .indicators td {
      display: block;
      min-inline-size: 0;
    }
    .indicators tr {
      padding-block: 0.25em;
      border-block-end: 1px solid var(--_border);
    }
    .indicators th,
    .indicators td {
      border: 0;
    }
    .indicators td::before {
      content: attr(data-label);
      color: var(--_muted);
    }
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;

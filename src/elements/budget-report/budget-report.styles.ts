import { css } from 'lit';

export const styles = css`
  /* One column that never grows past the element: wide tables scroll in their own regions. */
  article,
  .part {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  article {
    gap: calc(var(--_space) * 2);
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    line-height: 1.3;
  }
  /* The heading scale, whatever the levels: title 1.75, parts 1.375, items and what they embed 1.125. */
  header > :first-child {
    font-size: 1.75em;
  }
  nav > :first-child,
  .part > :is(h1, h2, h3, h4, h5, h6),
  .promoted > [data-embed]::part(title) {
    font-size: 1.375em;
  }
  .item > :is(h1, h2, h3, h4, h5, h6),
  [data-embed]::part(title) {
    font-size: 1.125em;
  }
  .meta {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  a {
    color: var(--_accent);
  }
  nav {
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  nav ol {
    margin: 0.5em 0 0;
    padding-inline-start: 1.5em;
  }
  nav ol ol {
    margin: 0.25em 0 0.5em;
    font-size: 0.9375em;
  }
  /* Each entry a target as wide as its line and at least 24 px tall (WCAG 2.5.8), its own height spacing the list. */
  nav a {
    display: block;
    min-block-size: 24px;
  }
  /* Room above a linked item, and a focus ring only for keyboard arrivals. */
  .part,
  .item {
    scroll-margin-block-start: var(--budget-report-scroll-margin, 1rem);
  }
  .part:focus,
  .item:focus {
    outline: none;
  }
  .part:focus-visible,
  .item:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .part {
    gap: calc(var(--_space) * 1.5);
  }
  .part > :is(h1, h2, h3, h4, h5, h6) {
    padding-block-end: 0.25em;
    border-block-end: 2px solid var(--_border);
  }
  /* Narrative at a reading measure of about 40 Chinese characters. */
  .item p,
  .glossary dd {
    max-inline-size: 40em;
  }
  .item p {
    margin: 0.5em 0 0;
    line-height: 1.7;
  }
  .glossary {
    margin: 0;
  }
  .glossary div {
    margin-block-end: 0.75em;
  }
  .glossary dt {
    font-weight: 600;
  }
  .glossary dd {
    margin: 0.25em 0 0;
    line-height: 1.7;
  }
  .fund {
    color: var(--_muted);
    font-size: 0.875em;
  }
  table.changes td {
    min-inline-size: 6em;
  }
  @media print {
    nav {
      padding: 0;
      background: none;
    }
    .part {
      break-before: page;
    }
    :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;

import { css } from 'lit';

export const styles = css`
  article {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.3;
  }
  header > :first-child {
    font-size: 1.5em;
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
  nav li {
    margin-block: 0.25em;
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
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .part > :first-child {
    font-size: 1.3em;
    padding-block-end: 0.25em;
    border-block-end: 2px solid var(--_border);
  }
  .item > :is(h3, h4, h5, h6) {
    font-size: 1.1em;
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
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;

import { css } from 'lit';

export const styles = css`
  article {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  #title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .unit {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  :is(h2, h3, h4, h5, h6):not(#title) {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.05em;
  }
  /* Cards as wide as their figure, never narrower: a figure is never broken across lines. */
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
  }
  .totals > div {
    flex: 1 9rem;
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
    white-space: nowrap;
  }
  section {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .share {
    min-inline-size: 5rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    font-size: 0.875em;
  }
  .code {
    color: var(--_muted);
  }
  .zh {
    color: var(--_muted);
    font-size: 0.875em;
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
`;

import { css } from 'lit';

export const styles = css`
  article {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  #title {
    margin: 0;
    font-size: 1.15em;
  }
  .department,
  .unit,
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    margin: 0;
  }
  .headline .amount {
    font-size: 2em;
    font-weight: 600;
  }
  .change {
    flex-basis: 100%;
    font-size: 0.875em;
  }
  /* "本年未安排" on its own line, so that it does not widen the column past a phone's width. */
  .zero {
    display: block;
    white-space: normal;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .parts {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }
  .parts dd {
    margin: 0;
  }
  .parts .sub {
    padding-inline-start: var(--_space);
  }
  tr.extra th,
  tr.extra td {
    color: var(--_muted);
  }
  .explanation p {
    max-inline-size: 40em;
    margin: 0 0 0.5em;
  }
  :host([variant='compact']) {
    max-inline-size: 24rem;
    min-inline-size: 280px;
  }
`;

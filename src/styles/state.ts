/** Loading and error states shared by every element. */
import { css } from 'lit';

export const stateStyles = css`
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .state.error {
    border-color: var(--_error);
    border-inline-start-width: 4px;
  }
  .state.error strong {
    color: var(--_error);
  }
  .state p {
    margin: 0.25em 0 0;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
  }
  /* The only motion in the elements, and only for readers who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: spin 1s linear infinite;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;

/** A compact list of labelled figures (项目编码 …, 金额 …) that wraps on narrow screens. */
import { css } from 'lit';

export const factStyles = css`
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
    font-size: 0.875em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
`;

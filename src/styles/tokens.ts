/**
 * Public theming: `--budget-*` custom properties, mapped once to private `--_*` variables
 * that the element styles use. Light and dark palettes meet WCAG 2.2 AA: text ≥ 4.5:1,
 * bars and borders ≥ 3:1 against the background.
 */
import { css } from 'lit';

/** The dark palette, used by `theme="dark"` and by `prefers-color-scheme: dark` unless `theme="light"`. */
const dark = css`
  color-scheme: dark;
  --_fg: var(--budget-color-text, #e6edf3);
  --_muted: var(--budget-color-muted, #a8b3bf);
  --_bg: var(--budget-color-background, #14191f);
  --_surface: var(--budget-color-surface, #1f262e);
  --_border: var(--budget-color-border, #8b96a2);
  --_accent: var(--budget-color-accent, #78b8ff);
  --_bar-1: var(--budget-color-bar-1, #5aa6eb);
  --_bar-2: var(--budget-color-bar-2, #f0a35e);
  --_bar-3: var(--budget-color-bar-3, #7cc47f);
  --_error: var(--budget-color-error, #ff8a80);
  --_focus: var(--budget-color-focus, #78b8ff);
`;

export const tokens = css`
  :host {
    color-scheme: light;
    --_space: var(--budget-space, 0.75rem);
    --_radius: var(--budget-radius, 4px);
    --_fg: var(--budget-color-text, #1b1f24);
    --_muted: var(--budget-color-muted, #505a64);
    --_bg: var(--budget-color-background, #fff);
    --_surface: var(--budget-color-surface, #f3f5f7);
    --_border: var(--budget-color-border, #767f88);
    --_accent: var(--budget-color-accent, #0b5cad);
    --_bar-1: var(--budget-color-bar-1, #1f6fb2);
    --_bar-2: var(--budget-color-bar-2, #b35900);
    --_bar-3: var(--budget-color-bar-3, #2f7d32);
    --_error: var(--budget-color-error, #b3261e);
    --_focus: var(--budget-color-focus, #0b5cad);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--budget-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    font-size: var(--budget-font-size, 1rem);
    line-height: 1.5;
    /* Figures line up, in tables and out of them. */
    font-variant-numeric: tabular-nums;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_bar-1: CanvasText;
      --_bar-2: CanvasText;
      --_bar-3: CanvasText;
      --_error: CanvasText;
      --_focus: Highlight;
    }
  }
  /* Printed: black on white, every table at full width, nothing that only makes sense on screen. */
  @media print {
    :host {
      --_fg: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #000;
    }
    .table-scroll {
      overflow: visible !important;
    }
    .spinner {
      display: none;
    }
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

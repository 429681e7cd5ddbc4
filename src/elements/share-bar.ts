import { nothing, svg, type SVGTemplateResult, type TemplateResult, html } from 'lit';

export interface Segment {
  series: 's1' | 's2';
  value: number;
}

/**
 * A small horizontal bar of segments as shares of `whole`. Decorative (aria-hidden): the
 * figures beside it say the same. Series `s2` is striped as well as coloured, so two series
 * never differ by hue alone. Widths are SVG attributes, not inline styles (strict CSP).
 */
export function shareBar(whole: number, segments: Segment[]): TemplateResult {
  let x = 0;
  const rects: SVGTemplateResult[] = segments.map(({ series, value }) => {
    const width = whole > 0 ? (Math.max(0, value) / whole) * 100 : 0;
    // s2's stripes: a dashed line through the segment, upright and evenly spaced at any width.
    const rect = svg`<rect class=${series} x="${x}%" width="${width}%" height="8"></rect>${
      series === 's2' ? svg`<line class="hatch" x1="${x}%" x2="${x + width}%" y1="4" y2="4"></line>` : nothing
    }`;
    x += width;
    return rect;
  });
  return html`<svg class="bar" part="chart" width="100%" height="8" aria-hidden="true" focusable="false">
    ${svg`<rect class="track" width="100%" height="8"></rect>`}${rects}
  </svg>`;
}

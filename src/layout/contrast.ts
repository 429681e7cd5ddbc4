/** WCAG 2.2 contrast, to pick label colours that read on any tile colour. */

/** The red, green and blue of #rrggbb, 0–255. */
const channels = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function luminance(hex: string): number {
  const [r, g, b] = channels(hex)
    .map((c) => c / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Black or white, whichever reads better on `background` (#rrggbb): black's contrast (L + 0.05) / 0.05
 * is at least white's 1.05 / (L + 0.05) where the luminance L is at least √(1.05 × 0.05) − 0.05.
 */
export const labelColor = (background: string): '#000000' | '#ffffff' => (luminance(background) >= Math.sqrt(1.05 * 0.05) - 0.05 ? '#000000' : '#ffffff');

/** `hex` mixed with white by `amount` (0–1): the lighter shade a group's inner tiles are drawn in. */
export function tint(hex: string, amount: number): string {
  return `#${channels(hex)
    .map((c) => Math.round(c * (1 - amount) + 255 * amount).toString(16).padStart(2, '0'))
    .join('')}`;
}

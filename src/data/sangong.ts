/**
 * The "三公" figures as <sangong-card> shows them: each part this year, last year and the
 * change, telling published figures from those the library computes from them.
 */
import type { Sangong, SangongAmounts } from './schema.js';
import { sum } from './figures.js';

export type SangongPart = keyof SangongAmounts;

/** In the order the published tables print them; purchase and operation are the two halves of vehicles. */
export const SANGONG_PARTS: readonly SangongPart[] = ['total', 'outbound', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'];

export interface Figure {
  value: number;
  /** Computed from published figures, not printed in the source. */
  derived: boolean;
}

export interface SangongLine {
  part: SangongPart;
  current: number;
  previous?: Figure;
  change?: Figure;
}

export function sangongLines(sangong: Sangong): SangongLine[] {
  return SANGONG_PARTS.map((part) => {
    const current = sangong.current[part];
    const publishedPrevious = sangong.previous?.[part];
    const publishedChange = sangong.change?.[part];
    const previous =
      publishedPrevious !== undefined
        ? { value: publishedPrevious, derived: false }
        : publishedChange !== undefined
          ? { value: sum([current, -publishedChange]), derived: true }
          : undefined;
    const change =
      publishedChange !== undefined
        ? { value: publishedChange, derived: false }
        : previous
          ? { value: sum([current, -previous.value]), derived: true }
          : undefined;
    return { part, current, previous, change };
  });
}

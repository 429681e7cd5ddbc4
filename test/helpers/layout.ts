import { html, type TemplateResult } from 'lit';
import { fixtureSettled, layoutSettled } from './settled.js';

export { layoutSettled };

/**
 * Renders an element in a box of a phone's (or a desktop's) width and waits until it has loaded and
 * laid out. The box scrolls what overflows it and contains positioned descendants, so anything that
 * would pan the page sideways shows in `box.scrollWidth`.
 */
export async function renderInBox<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  width: number,
  template: TemplateResult,
): Promise<{ box: HTMLElement; el: T }> {
  const { el: box } = await fixtureSettled<HTMLElement & { updateComplete: Promise<unknown> }>(
    html`<div class="test-box" style="width: ${width}px; overflow: auto; position: relative">${template}</div>`,
  );
  const el = box.firstElementChild as T;
  await el.updateComplete;
  await layoutSettled(box, el);
  return { box, el };
}

/** Whether a box lies horizontally inside another (to a pixel, for rounding). */
export function insideHorizontally(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.left >= b.left - 1 && a.right <= b.right + 1;
}

/** The page would pan sideways: something overflows the box. */
export const overflowsSideways = (box: HTMLElement): boolean => box.scrollWidth > box.clientWidth + 1;

import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Renders a template and waits until its element has loaded or failed. Listens on the
 * document before rendering (the events bubble and are composed), so a document already
 * in the page cache, which settles during the first update, is not missed.
 */
export async function fixtureSettled<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  template: TemplateResult,
): Promise<{ el: T; event: CustomEvent }> {
  let listener: (event: Event) => void = () => {};
  const settled = new Promise<CustomEvent>((resolve) => {
    listener = (event) => resolve(event as CustomEvent);
    document.addEventListener('budget-ready', listener);
    document.addEventListener('budget-error', listener);
  });
  const el = await fixture<T>(template);
  const event = await settled;
  document.removeEventListener('budget-ready', listener);
  document.removeEventListener('budget-error', listener);
  await el.updateComplete;
  return { el, event };
}

/**
 * Resolves with `check`'s first value other than undefined or false, polled every 20 ms. It has no
 * deadline of its own: the test's timeout (set from durations measured on a loaded machine) bounds
 * it, so a slow machine waits longer instead of failing. A long wait logs `what` it waits for, to
 * explain a timeout; the log decides nothing.
 */
export async function until<T>(check: () => T | undefined | false, what = 'a condition'): Promise<T> {
  for (let polls = 1; ; polls++) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (polls % 500 === 0) console.warn(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until layout has settled: the page's fonts are loaded and the elements' boxes (where and how
 * big) and scroll sizes are the same in two animation frames in a row (the whole page's when none is
 * named). Measure after this, not after a fixed wait.
 */
export async function layoutSettled(...elements: Element[]): Promise<void> {
  await document.fonts.ready;
  // With no element named, the whole page: the document's box and scroll size.
  if (elements.length === 0) elements = [document.documentElement];
  const measure = () =>
    elements
      .map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return [x, y, width, height, element.scrollWidth, element.scrollHeight].join();
      })
      .join(';');
  let previous: string | undefined;
  for (let current = measure(); current !== previous; current = measure()) {
    previous = current;
    await nextFrame();
  }
}

/**
 * Waits until an element that follows its own size (a ResizeObserver that applies the size in the
 * next animation frame, like <budget-treemap>) has rendered at it. Observers report in the order
 * they were made, so this one reports after the element's; the frame after that runs the element's
 * deferred change, and its update follows.
 */
export async function resizeHandled(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise<void>((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
  await nextFrame();
  await element.updateComplete;
}

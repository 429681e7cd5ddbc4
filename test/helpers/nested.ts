import { layoutSettled } from './settled.js';

export type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element inside `root`'s shadow roots, at any depth (a report's embedded elements among them). */
export const nested = (root: Element): Updating[] => [...(root.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((child) => [child, ...nested(child)]);

/** The language an element is read in: its own or its nearest ancestor's, across shadow roots. */
export function langOf(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) if (e.hasAttribute('lang')) return e.getAttribute('lang')!;
  return '';
}

/** Waits until the element and each element it embeds have rendered, and the layout holds still. */
export async function renderedWithNested(box: HTMLElement, el: Updating): Promise<void> {
  const seen = new Set<Element>();
  for (let pending: Updating[] = [el]; pending.length; pending = nested(el).filter((child) => !seen.has(child))) {
    pending.forEach((child) => seen.add(child));
    await Promise.all(pending.map((child) => child.updateComplete));
  }
  await layoutSettled(box, el);
}

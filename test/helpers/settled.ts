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

/** Helpers for the embedding guides' tests: open a demo page in an iframe, read its elements. */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/settled.js';

/** Resolves once `check` returns a value other than undefined/false (see `until`: no deadline but the test's). */
export const waitFor = <T>(check: () => T | undefined | false, what: string): Promise<T> => until(check, what);

/** Opens a page of this repository (same origin) in an iframe of the test page; remove it after. */
export async function openPage(path: string, attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.style.width = '1000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Whitespace-normalised text of a shadow root's element, '' if absent. */
export const shadowText = (host: Element | null | undefined, selector: string) =>
  host?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element once it shows its document (an `article`) or an error: its first render is done. */
export function rendered(root: ParentNode, selector: string): Promise<Element> {
  return waitFor(() => {
    const element = root.querySelector(selector);
    return element?.shadowRoot?.querySelector('article, [role="alert"]') ? element : undefined;
  }, `${selector} to render`);
}

/** `<budget-summary>`'s headline figures as "label figure" pairs (收入总计 1,236.47 …). */
export const totals = (summary: Element) =>
  [...summary.shadowRoot!.querySelectorAll('.totals > div')].map((pair) => `${pair.querySelector('dt')!.textContent} ${pair.querySelector('dd')!.textContent}`);

/**
 * The React and Vue demo pages: kaijiang-2025 first (12 consistency warnings, said by the page's
 * budget-ready handler), then the bureau the select switches to, with its figures.
 */
export async function checkFrameworkPage(path: string, next: { bureau: string; warnings: number; totals: string[] }): Promise<void> {
  const frame = await openPage(path);
  try {
    const page = frame.contentDocument!;
    const ready = (warnings: number) =>
      waitFor(() => page.querySelector('.event-status')?.textContent === `ready: ${warnings} consistency warnings`, `the page to hear budget-ready (${warnings})`);
    await ready(12);
    expect(totals(page.querySelector('budget-summary')!)).to.include('收入总计 1,236.47');
    const select = page.querySelector('select')!;
    select.value = next.bureau;
    select.dispatchEvent(new (frame.contentWindow as typeof window).Event('change', { bubbles: true }));
    await ready(next.warnings);
    const summary = page.querySelector('budget-summary') as HTMLElement & { updateComplete: Promise<unknown> };
    await summary.updateComplete;
    expect(totals(summary)).to.include.members(next.totals);
  } finally {
    frame.remove();
  }
}

import { expect } from '@open-wc/testing';
import type { Published } from './published.js';

/** The shadow root a declarative template became: fails if the browser left a <template>. */
export function shadow(root: ParentNode, selector: string): ShadowRoot {
  const host = root.querySelector(selector);
  expect(host, selector).to.not.equal(null);
  expect(host!.shadowRoot, `${selector} has its shadow root`).to.not.equal(null);
  expect(host!.querySelector(':scope > template'), 'no template left unparsed').to.equal(null);
  return host!.shadowRoot!;
}

/** A figure a reader sees: present, with the printed text, laid out and visible. */
export function expectVisibleFigure(root: ParentNode, yuan: number, shown: string): void {
  const figure = root.querySelector<HTMLElement>(`data[value="${yuan}"]`);
  expect(figure, `<data value="${yuan}">`).to.not.equal(null);
  expect(figure!.textContent).to.equal(shown);
  const box = figure!.getBoundingClientRect();
  expect(box.width, 'laid out').to.be.greaterThan(0);
  expect(box.height, 'laid out').to.be.greaterThan(0);
  expect(getComputedStyle(figure!).visibility).to.equal('visible');
}

/**
 * A server-rendered <budget-report> in `frame`, read with no script: no element was defined, and the
 * report shows the published 支出总计 and 三公 total and every table (with its caption, or the
 * published note of a table published empty).
 */
export function expectReadableReport(frame: HTMLIFrameElement, published: Published): void {
  expect(frame.contentWindow!.customElements.get('budget-report'), 'no script defined the element').to.equal(undefined);
  const report = shadow(frame.contentDocument!, 'budget-report');
  expectVisibleFigure(shadow(report, 'budget-summary'), published.total, published.totalShown);
  expectVisibleFigure(shadow(report, 'sangong-card'), published.sangong, published.sangongShown);
  const tables = [...report.querySelectorAll('budget-table')];
  expect(tables.length).to.be.greaterThan(5);
  for (const table of tables) expect(table.shadowRoot!.querySelector('table caption, [part~="state"]'), 'each table rendered').to.not.equal(null);
}

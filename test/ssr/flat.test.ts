import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { PUBLISHED } from '../helpers/published.js';

/**
 * `render --flat` (scripts/ssr-pages.mjs serves it at `?flat`) through DOMPurify's default
 * configuration, as a rich-text editor would clean a paste: every cell, caption and heading
 * survives, and each bureau's published figures with them.
 */

const KEPT = 'table, caption, thead, tbody, tr, th, td, h2, h3, h4, h5, h6, data, dl, dt, dd, li, a';

/** The fragment of a served page, as the body it would be pasted into. */
async function flatFragment(path: string): Promise<string> {
  const html = await (await fetch(path)).text();
  return html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>'));
}

const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
/** Each kept element as its tag, its table attributes and its text: what must come through unchanged. */
const signature = (root: Element) =>
  [...root.querySelectorAll(KEPT)].map((e) => [e.localName, e.getAttribute('scope'), e.getAttribute('headers'), e.getAttribute('value'), e.textContent!.replace(/\s+/g, ' ').trim()].join('|'));

describe('render --flat through DOMPurify (default configuration)', () => {
  for (const [bureau, published] of Object.entries(PUBLISHED)) {
    it(`${bureau}: the report keeps every table cell, caption, heading and figure`, async () => {
      const flat = await flatFragment(`/ssr/${bureau}/budget-report.html?flat`);
      const before = parse(flat);
      expect(before.querySelector('template, script, [shadowrootmode], budget-report, budget-table'), 'light DOM only').to.equal(null);
      const after = parse(DOMPurify.sanitize(flat));
      expect(DOMPurify.removed.filter((r) => 'element' in r && r.element instanceof Element && r.element.localName !== 'style'), 'nothing but the stylesheet removed').to.deep.equal([]);
      const kept = signature(before);
      expect(before.querySelectorAll('table').length).to.be.greaterThan(5);
      expect(before.querySelectorAll('caption').length).to.equal(before.querySelectorAll('table').length);
      expect(signature(after)).to.deep.equal(kept);
      expect(after.querySelector(`data[value="${published.total}"]`)?.textContent).to.equal(published.totalShown);
      expect(after.querySelector(`data[value="${published.sangong}"]`)?.textContent).to.equal(published.sangongShown);
      // Every header a cell names is an id in the fragment.
      const ids = new Set([...after.querySelectorAll('[id]')].map((e) => e.id));
      expect(ids.size, 'ids unique').to.equal(after.querySelectorAll('[id]').length);
      for (const cell of after.querySelectorAll('[headers]')) for (const id of cell.getAttribute('headers')!.split(' ')) expect(ids.has(id), `headers ${id}`).to.equal(true);
      // Every class is prefixed.
      for (const element of after.querySelectorAll('[class]')) for (const name of element.classList) expect(name.startsWith('budget-'), name).to.equal(true);
    });
  }

  it('the flat card, pasted and sanitised, passes axe-core', async () => {
    const container = document.createElement('div');
    container.innerHTML = DOMPurify.sanitize(await flatFragment('/ssr/gaoyang-2025/sangong-card.html?flat&lang=en'));
    document.body.append(container);
    try {
      expect(container.querySelector('caption')!.textContent).to.include('Three public expenses');
      await expect(container).to.be.accessible();
    } finally {
      container.remove();
    }
  });

  it('the flat report passes axe-core', async function () {
    this.timeout(180_000);
    const container = document.createElement('div');
    container.innerHTML = DOMPurify.sanitize(await flatFragment('/ssr/gaoyang-2025/budget-report.html?flat'));
    document.body.append(container);
    try {
      await expect(container).to.be.accessible();
    } finally {
      container.remove();
    }
  });
});

import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { PUBLISHED } from '../helpers/published.js';
import { FLAT_STYLE } from '../../src/ssr/flat-style.js';
import { layoutSettled } from '../helpers/settled.js';

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

  it('a wide table, pasted and sanitised, says it scrolls sideways at 320 px with the flat stylesheet alone, and says nothing when it fits', async () => {
    const style = document.createElement('style');
    style.textContent = FLAT_STYLE; // as `render --flat --css` gives it to the page
    const box = document.createElement('div');
    box.innerHTML = DOMPurify.sanitize(await flatFragment('/ssr/quxian-2024/budget-table.html?flat&table=fiscal-by-dept-economic'));
    document.head.append(style);
    document.body.append(box);
    try {
      const region = box.querySelector<HTMLElement>('.budget-table-scroll')!;
      const table = region.querySelector('table')!;
      expect(region.dataset.hint).to.equal('⇆ 左右滑动查看更多');
      /** The height of the line the hint takes above the table. */
      const hint = async (width: number) => {
        box.style.width = `${width}px`;
        await layoutSettled(box);
        return table.getBoundingClientRect().top - region.getBoundingClientRect().top - parseFloat(getComputedStyle(table).marginTop);
      };
      const narrow = await hint(320);
      expect(region.scrollWidth, 'the table scrolls at 320 px').to.be.greaterThan(region.clientWidth);
      expect(narrow, 'a line for the hint').to.be.greaterThan(12);
      expect(await hint(3000), 'no line when the table fits').to.be.below(1);
    } finally {
      box.remove();
      style.remove();
    }
  });

  for (const bureau of Object.keys(PUBLISHED)) {
    it(`${bureau}: the flat report at 320 px, pasted and sanitised: no row name squeezed to a character a line, no legend of a chart that is not there`, async () => {
      const style = document.createElement('style');
      style.textContent = FLAT_STYLE;
      const box = document.createElement('div');
      box.style.width = '320px';
      box.innerHTML = DOMPurify.sanitize(await flatFragment(`/ssr/${bureau}/budget-report.html?flat`));
      document.head.append(style);
      document.body.append(box);
      try {
        await layoutSettled(box);
        const em = parseFloat(getComputedStyle(box).fontSize);
        // A row's name as wide as four characters at least (a wider table scrolls, and says so).
        const squeezed = [...box.querySelectorAll<HTMLElement>('tbody th')].filter((th) => th.textContent!.trim().length > 3 && th.getBoundingClientRect().width < 4 * em);
        expect(squeezed.map((th) => th.textContent!.trim()), 'row names narrower than 4em').to.deep.equal([]);
        // The bars a legend names are drawn by the element alone: flat, a legend names nothing.
        expect(box.querySelectorAll('.budget-legend, .budget-swatch').length, 'legends').to.equal(0);
      } finally {
        box.remove();
        style.remove();
      }
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

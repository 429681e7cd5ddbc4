import { expect } from '@open-wc/testing';
import { openPage } from '../embed/page.js';

/**
 * Server renders (scripts/ssr-pages.mjs serves them under `script-src 'none'`) read with no
 * script at all: the browser builds each shadow root from its declarative template.
 * The test page loads none of our elements, so nothing here can have been drawn by a script.
 */

/** Published 支出总计 and 三公 totals, in 元 (a <data> element's value) and as printed in 万元. */
const BUREAUS = {
  'kaijiang-2025': { total: 12364700, totalShown: '1,236.47', sangong: 2000, sangongShown: '0.20' },
  'gaoyang-2025': { total: 5958800, totalShown: '595.88', sangong: 14600, sangongShown: '1.46' },
  'yuanjiang-2024': { total: 5829700, totalShown: '582.97', sangong: 30000, sangongShown: '3.00' },
  'pingli-2025': { total: 4567178, totalShown: '456.7178', sangong: 7000, sangongShown: '0.70' },
  'quxian-2024': { total: 64306500, totalShown: '6,430.65', sangong: 8200, sangongShown: '0.82' },
};
const TAGS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table', 'budget-report'];

/** The shadow root a declarative template became: null if the browser left a <template>. */
function shadow(root: ParentNode, selector: string): ShadowRoot {
  const host = root.querySelector(selector);
  expect(host, selector).to.not.equal(null);
  expect(host!.shadowRoot, `${selector} has its shadow root`).to.not.equal(null);
  expect(host!.querySelector(':scope > template'), 'no template left unparsed').to.equal(null);
  return host!.shadowRoot!;
}

/** A figure a reader sees: present, with the printed text, laid out and visible. */
function expectVisibleFigure(root: ShadowRoot, yuan: number, shown: string): void {
  const figure = root.querySelector<HTMLElement>(`data[value="${yuan}"]`);
  expect(figure, `<data value="${yuan}">`).to.not.equal(null);
  expect(figure!.textContent).to.equal(shown);
  const box = figure!.getBoundingClientRect();
  expect(box.width, 'laid out').to.be.greaterThan(0);
  expect(box.height, 'laid out').to.be.greaterThan(0);
  expect(getComputedStyle(figure!).visibility).to.equal('visible');
}

describe('server render, read with scripts off', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('is served with script-src none', async () => {
    const response = await fetch('/ssr/gaoyang-2025/sangong-card.html');
    expect(response.headers.get('content-security-policy')).to.equal("script-src 'none'");
    expect(await response.text()).to.include('shadowrootmode="open"');
  });

  for (const [bureau, published] of Object.entries(BUREAUS)) {
    it(`${bureau}: the report shows the published total and 三公 total`, async () => {
      frame = await openPage(`/ssr/${bureau}/budget-report.html`);
      const page = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('budget-report'), 'no script defined the element').to.equal(undefined);
      const report = shadow(page, 'budget-report');
      expectVisibleFigure(shadow(report, 'budget-summary'), published.total, published.totalShown);
      expectVisibleFigure(shadow(report, 'sangong-card'), published.sangong, published.sangongShown);
      const tables = [...report.querySelectorAll('budget-table')];
      expect(tables.length).to.be.greaterThan(5);
      // Each table with its caption, or the published note of a table published empty.
      for (const table of tables) expect(table.shadowRoot!.querySelector('table caption, [part~="state"]'), 'each table rendered').to.not.equal(null);
    });
  }

  it('a table wider than the screen scrolls from the keyboard: its region is a tab stop', async () => {
    frame = await openPage('/ssr/quxian-2024/budget-report.html');
    frame.style.width = '320px';
    const tables = [...shadow(frame.contentDocument!, 'budget-report').querySelectorAll('budget-table')];
    const wide = tables.map((table) => table.shadowRoot!.querySelector<HTMLElement>('.table-scroll')).filter((region) => region && region.scrollWidth > region.clientWidth + 1);
    expect(wide.length, 'tables wider than 320 px').to.be.greaterThan(0);
    for (const region of wide) {
      expect(region!.getAttribute('tabindex')).to.equal('0');
      region!.focus();
      expect(region!.matches(':focus'), 'focusable').to.equal(true);
    }
  });

  it('English and 元: the figures and the words of the render', async () => {
    frame = await openPage('/ssr/gaoyang-2025/sangong-card.html?lang=en&unit=元');
    const card = shadow(frame.contentDocument!, 'sangong-card');
    expectVisibleFigure(card, 14600, '14,600');
    expect(card.querySelector('h2')!.textContent).to.equal('"Three public expenses"');
  });
});

describe('server render: accessibility', () => {
  let container: HTMLElement | undefined;
  afterEach(() => container?.remove());

  /** The render's content, parsed into this page as a browser parses it (declarative shadow roots included). */
  async function parsed(path: string): Promise<HTMLElement> {
    const html = await (await fetch(path)).text();
    container = document.createElement('div');
    // setHTMLUnsafe parses declarative shadow roots; nothing in a render is a script.
    (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>')));
    document.body.append(container);
    return container;
  }

  for (const tag of TAGS.filter((t) => t !== 'budget-report')) {
    it(`<${tag}> passes axe-core (gaoyang-2025)`, async () => {
      const root = await parsed(`/ssr/gaoyang-2025/${tag}.html`);
      expect(root.querySelector(tag)!.shadowRoot, 'declarative shadow root').to.not.equal(null);
      await expect(root).to.be.accessible();
    });
  }

  it('<budget-report> passes axe-core (gaoyang-2025, English, dark)', async function () {
    // axe-core checks some thousand nodes here: allow a slow engine on a busy machine its time.
    this.timeout(180_000);
    const root = await parsed('/ssr/gaoyang-2025/budget-report.html?lang=en&theme=dark');
    expect(root.querySelector('budget-report')!.shadowRoot, 'declarative shadow root').to.not.equal(null);
    await expect(root).to.be.accessible();
  });
});

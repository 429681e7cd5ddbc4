import { expect } from '@open-wc/testing';
import { openPage, waitFor } from '../embed/page.js';
import { PUBLISHED } from '../helpers/published.js';
import { expectReadableReport, expectVisibleFigure, shadow } from '../helpers/no-script.js';

/**
 * Server renders (scripts/ssr-pages.mjs serves them under `script-src 'none'`) read with no
 * script at all: the browser builds each shadow root from its declarative template.
 * The test page loads none of our elements, so nothing here can have been drawn by a script.
 */

const TAGS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table', 'budget-report'];

describe('server render, read with scripts off', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('is served with script-src none', async () => {
    const response = await fetch('/ssr/gaoyang-2025/sangong-card.html');
    expect(response.headers.get('content-security-policy')).to.equal("script-src 'none'");
    expect(await response.text()).to.include('shadowrootmode="open"');
  });

  for (const [bureau, published] of Object.entries(PUBLISHED)) {
    it(`${bureau}: the report shows the published total and 三公 total`, async () => {
      frame = await openPage(`/ssr/${bureau}/budget-report.html`);
      expectReadableReport(frame, published);
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

  for (const width of [320, 768, 1280]) {
    it(`a treemap fits ${width} px: no sideways scroll, every tile inside its chart box`, async () => {
      frame = await openPage('/ssr/quxian-2024/budget-treemap.html');
      frame.style.width = `${width}px`;
      // Laid out again at the new width: read when the frame's layout says so.
      const page = frame.contentDocument!;
      // The window's width: the page's own (clientWidth) is less a scroll bar's where the engine draws one (Firefox).
      await waitFor(() => frame!.contentWindow!.innerWidth === width, `the frame at ${width} px`);
      const visible = page.documentElement.clientWidth;
      expect(page.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(visible);
      const chart = shadow(page, 'budget-treemap').querySelector('[part="chart"]')!.getBoundingClientRect();
      expect(chart.right, 'the chart').to.be.at.most(visible);
      expect(chart.height, "the element's height rule").to.be.closeTo(Math.min(560, Math.max(260, (chart.width + 12) * 0.55)), 0.5);
      const tiles = [...shadow(page, 'budget-treemap').querySelectorAll('[role="treeitem"]')].map((tile) => tile.getBoundingClientRect());
      expect(tiles.length).to.be.greaterThan(2);
      for (const tile of tiles) {
        const inside = tile.left >= chart.left - 0.5 && tile.top >= chart.top - 0.5 && tile.right <= chart.right + 0.5 && tile.bottom <= chart.bottom + 0.5;
        expect(inside, `a tile inside the chart: ${JSON.stringify(tile)}`).to.equal(true);
        // At the narrowest width it was laid out for, or wider: a 24 px target at least.
        expect(Math.min(tile.width, tile.height)).to.be.at.least(23.5);
      }
    });
  }

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

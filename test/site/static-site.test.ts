import { expect } from '@open-wc/testing';
import { PUBLISHED } from '../helpers/published.js';
import { expectReadableReport, expectVisibleFigure, shadow } from '../helpers/no-script.js';
import { openPage, waitFor } from '../embed/page.js';
import { snapshot } from '../ssr/snapshot.js';
import { openPainted } from '../helpers/painted-frame.js';

/**
 * A site built by `budget-widgets site` from the five bureaus, served under
 * `Content-Security-Policy: script-src 'none'` (scripts/ssr-pages.mjs): read as with scripts off,
 * its pages show each bureau's published figures, its tables and 三公 figures, and pass axe-core.
 */


/** A page's body, parsed into this page as a browser parses it (declarative shadow roots included), for axe-core. */
async function parsed(path: string): Promise<HTMLElement> {
  const html = await (await fetch(path)).text();
  const container = document.createElement('div');
  // setHTMLUnsafe parses declarative shadow roots; a site's body holds no script.
  (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')));
  document.body.append(container);
  return container;
}

/** A site page in an iframe `width` px wide (a reader's screen), laid out and painted (two frames) before anything is measured. */
const openAt = (path: string, width: number) => openPainted(path, width, 1200);

type LitHost = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated?: boolean };

/** The box of each part of a treemap's figure (caption, breadcrumb, chart, details …) and of each tile, in the page. */
const treemapBoxes = (treemap: Element) =>
  [...treemap.shadowRoot!.querySelectorAll('figure > *, [role="treeitem"]')].map((part) => {
    const { x, y, width, height } = part.getBoundingClientRect();
    return `${part.localName}.${part.className} ${[x, y, width, height].map((n) => n.toFixed(1)).join(',')}`;
  });

/** `inner` lies within `outer` (to half a pixel, for rounding). */
const within = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;

describe('static site, read with scripts off', () => {
  let frame: HTMLIFrameElement | undefined;
  let container: HTMLElement | undefined;
  afterEach(() => {
    frame?.remove();
    container?.remove();
  });

  it('is served with script-src none', async () => {
    const response = await fetch('/site/index.html');
    expect(response.headers.get('content-security-policy')).to.equal("script-src 'none'");
  });

  it('the index lists every bureau with its published figures, in a table, and passes axe-core', async () => {
    frame = await openPage('/site/index.html');
    const page = frame.contentDocument!;
    const rows = [...page.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(Object.keys(PUBLISHED).length);
    expect(page.querySelector('table caption')).to.not.equal(null);
    for (const [bureau, published] of Object.entries(PUBLISHED)) {
      const row = rows.find((r) => r.querySelector(`a[href="${bureau}.html"]`));
      expect(row, bureau).to.not.equal(undefined);
      expectVisibleFigure(row!, published.total, published.totalShown);
      expectVisibleFigure(row!, published.sangong, published.sangongShown);
    }
    container = await parsed('/site/index.html');
    await expect(container).to.be.accessible();
  });

  for (const [bureau, published] of Object.entries(PUBLISHED)) {
    it(`${bureau}: the report page shows the published total, the 三公 total and every table`, async () => {
      frame = await openPage(`/site/${bureau}.html`);
      expectReadableReport(frame, published);
      const page = frame.contentDocument!;
      const downloads = [...page.querySelectorAll<HTMLAnchorElement>('.files a')].map((a) => a.getAttribute('href'));
      expect(downloads).to.include(`data/${bureau}.json`);
      expect(downloads.filter((href) => href!.endsWith('.csv')).length).to.be.greaterThan(3);
    });
  }

  for (const [bureau, published] of Object.entries(PUBLISHED)) {
    it(`${bureau}: at 320 px the report page's treemap is in its box, says its published total, and nothing scrolls sideways`, async () => {
      frame = await openAt(`/site/${bureau}.html`, 320);
      const page = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('budget-treemap'), 'no script defined the element').to.equal(undefined);
      const root = shadow(page, 'main > budget-treemap');
      expect(page.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(320);
      const summary = root.querySelector('#summary')!;
      expect(summary.textContent).to.include(`共 ${published.totalShown} 万元`);
      expect(summary.getBoundingClientRect().height, 'the summary sentence, laid out').to.be.greaterThan(0);
      const chart = root.querySelector('[part="chart"]')!.getBoundingClientRect();
      expect(chart.right, 'the chart within the screen').to.be.at.most(320);
      const tiles = [...root.querySelectorAll('[role="treeitem"]')];
      expect(tiles.length, 'tiles drawn').to.be.greaterThan(0);
      for (const tile of tiles) {
        const box = tile.getBoundingClientRect();
        expect(within(box, chart), `${tile.getAttribute('aria-label')} inside the chart`).to.equal(true);
        // A label too long for its tile is cut at the tile's edge: nothing spills over a neighbour.
        const label = tile.querySelector(':scope > [part~="tile-label"]');
        if (label) expect(within(label.getBoundingClientRect(), box), `${tile.getAttribute('aria-label')}: its label inside it`).to.equal(true);
      }
    });
  }

  it('a report page passes axe-core (gaoyang-2025)', async function () {
    // axe-core checks some thousand nodes here: allow a slow engine on a busy machine its time.
    this.timeout(180_000);
    container = await parsed('/site/gaoyang-2025.html');
    expect(container.querySelector('budget-report')!.shadowRoot, 'declarative shadow root').to.not.equal(null);
    expect(container.querySelector('budget-treemap')!.shadowRoot, 'the treemap\'s declarative shadow root').to.not.equal(null);
    await expect(container).to.be.accessible();
  });
});

/** The index's bureaus, top to bottom, by their report pages' names. */
const order = (page: Document) => [...page.querySelectorAll('tbody th a')].map((a) => a.getAttribute('href')!.replace('.html', ''));

describe('static site, with scripts on', () => {
  let frame: HTMLIFrameElement | undefined;
  let container: HTMLElement | undefined;
  afterEach(() => {
    frame?.remove();
    container?.remove();
  });

  it('with scripts off, the index has no buttons and keeps its order', async () => {
    frame = await openPage('/site/index.html');
    const page = frame.contentDocument!;
    // site.js is refused (script-src 'none'): what the server wrote is what the reader gets.
    expect(page.querySelectorAll('button').length).to.equal(0);
    expect(page.querySelector('[aria-sort], [role="status"]')).to.equal(null);
    expect(order(page)).to.deep.equal(['gaoyang-2025', 'kaijiang-2025', 'pingli-2025', 'quxian-2024', 'yuanjiang-2024']);
  });

  it('the index sorts by 支出总计: largest first, then smallest first, then as published; said and marked', async () => {
    frame = await openPage('/site/index.html?scripts');
    const page = frame.contentDocument!;
    const published = order(page);
    const header = [...page.querySelectorAll('thead th')].find((th) => th.textContent!.startsWith('支出总计'))!;
    const button = await waitFor(() => header.querySelector('button') ?? undefined, 'site.js to make the headers buttons');
    const status = page.querySelector('[role="status"]')!;
    const byTotal = Object.entries(PUBLISHED).sort(([, a], [, b]) => b.total - a.total).map(([bureau]) => bureau);
    expect(byTotal, 'the published totals').to.deep.equal(['quxian-2024', 'kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025']);

    button.click();
    expect(order(page), 'descending').to.deep.equal(byTotal);
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(status.textContent).to.equal('按支出总计（万元）降序排列');
    button.click();
    expect(order(page), 'ascending').to.deep.equal([...byTotal].reverse());
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(status.textContent).to.equal('按支出总计（万元）升序排列');
    button.click();
    expect(order(page), 'as published').to.deep.equal(published);
    expect(header.hasAttribute('aria-sort')).to.equal(false);
    expect(status.textContent).to.equal('已恢复原有顺序');

    // Names in zh-CN collation (by pinyin): 高阳 gāo, 开江 kāi, 平利 píng, 渠县 qú, 沅江 yuán.
    const department = page.querySelector('thead th button') as HTMLButtonElement;
    const byName = ['gaoyang-2025', 'kaijiang-2025', 'pingli-2025', 'quxian-2024', 'yuanjiang-2024'];
    department.click();
    expect(order(page), 'names ascending').to.deep.equal(byName);
    department.click();
    expect(order(page), 'names descending').to.deep.equal([...byName].reverse());
    expect(department.getBoundingClientRect().height, 'a 24 px target').to.be.at.least(24);
    container = document.createElement('div');
    container.append(page.querySelector('main')!.cloneNode(true));
    document.body.append(container);
    await expect(container).to.be.accessible();
  });

  it('site.js hydrates the rendered report: the same element and DOM, the JSON read once, the published figures, sorting', async () => {
    // What the server wrote, parsed as a browser parses it (site.js may have run by the time the frame has loaded).
    const served = document.createElement('div');
    const html = await (await fetch('/site/gaoyang-2025.html')).text();
    (served as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')));
    const before = snapshot(served.querySelector('budget-report')!.shadowRoot!);
    expect(before, 'the markup itself').to.include('<data value=');
    frame = await openPage('/site/gaoyang-2025.html?scripts');
    const page = frame.contentDocument!;
    const rendered = page.querySelector('budget-report')!;
    const summary = await waitFor(() => {
      const inner = rendered.shadowRoot!.querySelector('budget-summary') as (HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean }) | null;
      return inner?.hasUpdated ? inner : undefined;
    }, 'the report to come alive');
    await summary.updateComplete;
    expect(frame.contentWindow!.customElements.get('budget-report')).to.not.equal(undefined);
    expect(page.querySelectorAll('budget-report').length).to.equal(1);
    expect(page.querySelector('budget-report'), 'the rendered element itself').to.equal(rendered);
    expect(snapshot(rendered.shadowRoot!), 'the same DOM').to.equal(before);
    const json = frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.json'));
    expect(json.map((entry) => new URL(entry.name).pathname), 'the JSON once').to.deep.equal(['/site/data/gaoyang-2025.json']);
    expectVisibleFigure(shadow(rendered.shadowRoot!, 'sangong-card'), 14600, '1.46');

    const table = rendered.shadowRoot!.querySelector('budget-table') as HTMLElement & { updateComplete: Promise<unknown> };
    const header = await waitFor(() => table.shadowRoot!.querySelector('th[scope="col"]:has(> button.sort)') ?? undefined, 'a sortable column');
    header.querySelector('button')!.click();
    await table.updateComplete;
    expect(header.getAttribute('aria-sort'), 'sorted').to.not.equal(null);
  });
  it('site.js hydrates the rendered treemap at 320 px: the same element and DOM, one JSON request for the page, nothing moves; Enter drills and says budget-select', async () => {
    // The page as served, with scripts off, at the same width: where everything is before any script.
    const still = await openAt('/site/gaoyang-2025.html', 320);
    const served = still.contentDocument!.querySelector('main > budget-treemap')!;
    const before = snapshot(served.shadowRoot!);
    const boxes = treemapBoxes(served);
    still.remove();

    frame = await openAt('/site/gaoyang-2025.html?scripts', 320);
    const win = frame.contentWindow! as typeof window;
    const page = frame.contentDocument!;
    const treemap = page.querySelector<LitHost>('main > budget-treemap')!;
    await waitFor(() => treemap.hasUpdated, 'the treemap to come alive');
    await treemap.updateComplete;
    // What the live element measures (which labels fit) is measured by then: two frames, then any update they asked for.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    await treemap.updateComplete;
    expect(page.querySelectorAll('budget-treemap').length).to.equal(1);
    expect(snapshot(treemap.shadowRoot!), 'the same DOM').to.equal(before);
    expect(treemapBoxes(treemap), 'every part of the figure and every tile where it was').to.deep.equal(boxes);
    expect(page.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(320);
    // Chromium alone reports layout shifts; the boxes above are compared in every engine.
    if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      // Every shift since the page's start (buffered), delivered to the observer's callback within a frame or two.
      type LayoutShift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
      const shifts: string[] = [];
      const observer = new win.PerformanceObserver((list) => (list.getEntries() as LayoutShift[]).forEach(({ value, sources }) => shifts.push(`${value}: ${sources.map(({ node }) => node?.nodeName).join(' ')}`)));
      observer.observe({ type: 'layout-shift', buffered: true });
      for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
      observer.disconnect();
      expect(shifts, 'layout shifts').to.deep.equal([]);
    }
    const json = win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.json'));
    expect(json.map((entry) => new URL(entry.name).pathname), 'the JSON once, for the treemap and the report').to.deep.equal(['/site/data/gaoyang-2025.json']);
    // The report has come alive from the same request: no second one.
    await waitFor(() => (page.querySelector('budget-report')!.shadowRoot!.querySelector('budget-summary') as LitHost | null)?.hasUpdated, 'the report to come alive too');
    expect(win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.json')).length, 'still one request').to.equal(1);

    const selected: CustomEvent[] = [];
    page.addEventListener('budget-select', (event) => selected.push(event as CustomEvent));
    const tile = treemap.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
    const label = tile.getAttribute('aria-label')!;
    tile.focus();
    tile.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const { name } = (await waitFor(() => selected[0], 'budget-select')).detail as { name: string };
    expect(label.startsWith(`${name}，`), `${name} is the focused tile (${label})`).to.equal(true);
    await treemap.updateComplete;
    const trail = [...treemap.shadowRoot!.querySelectorAll('[part="breadcrumb"] li')].map((li) => li.textContent!.trim());
    expect(trail, 'the tile opened as the chart\'s level').to.deep.equal(['支出功能分类', name]);
  });
});

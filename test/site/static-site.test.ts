import { expect } from '@open-wc/testing';
import { PUBLISHED } from '../helpers/published.js';
import { expectReadableReport, expectVisibleFigure, shadow } from '../helpers/no-script.js';
import { openPage, waitFor } from '../embed/page.js';
import { snapshot } from '../ssr/snapshot.js';

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

  it('a report page passes axe-core (gaoyang-2025)', async function () {
    // axe-core checks some thousand nodes here: allow a slow engine on a busy machine its time.
    this.timeout(180_000);
    container = await parsed('/site/gaoyang-2025.html');
    expect(container.querySelector('budget-report')!.shadowRoot, 'declarative shadow root').to.not.equal(null);
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
});

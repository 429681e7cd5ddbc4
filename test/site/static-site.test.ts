import { expect } from '@open-wc/testing';
import { PUBLISHED } from '../helpers/published.js';
import { expectReadableReport, expectVisibleFigure, shadow } from '../helpers/no-script.js';
import { openPage, waitFor } from '../embed/page.js';

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

describe('static site, with scripts on', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('site.js swaps in the live report: defined, shown once, the published figures', async () => {
    frame = await openPage('/site/gaoyang-2025.html?scripts');
    const page = frame.contentDocument!;
    const live = await waitFor(() => {
      const report = page.querySelector<HTMLElement & { data?: unknown }>('budget-report');
      const summary = report?.data === undefined ? undefined : report.shadowRoot?.querySelector('budget-summary');
      return summary?.shadowRoot?.querySelector('data[value="5958800"]') ? report : undefined;
    }, 'the live report');
    expect(frame.contentWindow!.customElements.get('budget-report')).to.not.equal(undefined);
    expect(page.querySelectorAll('budget-report').length).to.equal(1);
    expect(live!.shadowRoot!.querySelectorAll('budget-summary').length, 'the report once').to.equal(1);
    expectVisibleFigure(shadow(live!.shadowRoot!, 'sangong-card'), 14600, '1.46');
  });
});

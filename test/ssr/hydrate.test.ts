import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PUBLISHED } from '../helpers/published.js';
import { waitFor } from '../embed/page.js';
import { snapshot } from './snapshot.js';
import { openPainted } from '../helpers/painted-frame.js';

/**
 * Hydration: a page holds an element's server render with its document inline
 * (scripts/ssr-pages.mjs, `?hydrate`), then loads dist/budget-widgets-hydrate.min.js. The element
 * must take over the rendered DOM as it is: the same shadow DOM before and after, no request for
 * the document, the headline figures where they were (and in Chromium, no layout shift at all),
 * `budget-ready`, and what only the script does (sorting, drilling, CSV) working afterwards.
 */

const BUNDLE = '/dist/budget-widgets-hydrate.min.js';
const BUREAUS = ['gaoyang-2025', 'quxian-2024'] as const;
const TAGS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table', 'budget-report'] as const;

type Win = typeof window & { shifts: string[]; events: CustomEvent[]; errors: string[] };
type LayoutShift = PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };

/** The server render in an iframe, `width` px wide (a reader's screen), `query` choosing what it renders. */
const openRender = (bureau: string, tag: string, width: number, query = '') =>
  openPainted(`/ssr/${bureau}/${tag}.html?hydrate${query}`, width, 1600);

/** The widths a treemap is hydrated at: a phone, a tablet, a desktop. */
const WIDTHS = [320, 768, 1280];

/** The box of each part of a treemap's figure (caption, breadcrumb, chart, details, notes …), in order. */
const partBoxes = (treemap: Element) =>
  [...treemap.shadowRoot!.querySelectorAll('figure > *')].map((part) => {
    const { x, y, width, height } = part.getBoundingClientRect();
    return `${part.localName}.${part.className} ${[x, y, width, height].map((n) => n.toFixed(1)).join(',')}`;
  });

/** Every `<data>` figure (the headline ones among them) with its box, through nested shadow roots. */
function figureBoxes(root: ShadowRoot): string[] {
  const figures = [...root.querySelectorAll('data')].map((data) => {
    const { x, y, width, height } = data.getBoundingClientRect();
    return `${data.value} ${data.textContent} ${[x, y, width, height].map((n) => n.toFixed(1)).join(',')}`;
  });
  return [...figures, ...[...root.querySelectorAll('*')].filter((element) => element.shadowRoot).flatMap((element) => figureBoxes(element.shadowRoot!))];
}

/** Every scroll region, through nested shadow roots. */
function regions(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.table-scroll'), ...[...root.querySelectorAll('*')].filter((element) => element.shadowRoot).flatMap((element) => regions(element.shadowRoot!))];
}

/** Each region: whether its table is wider than it, and whether its hint shows (a line above the table, in the region's top). */
const overflowAndHint = (root: ShadowRoot) =>
  regions(root).map((region) => [region.scrollWidth > region.clientWidth + 1, region.querySelector('table')!.getBoundingClientRect().top - region.getBoundingClientRect().top > 1]);

/** Loads the hydrating bundle into the frame and resolves with the element once it has said `budget-ready`. */
async function hydrate(frame: HTMLIFrameElement, tag: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const win = frame.contentWindow as Win;
  const page = frame.contentDocument!;
  win.events = [];
  // A hydration mismatch throws in the element's update, a promise: it surfaces as an unhandled rejection.
  win.errors = [];
  win.addEventListener('error', (event) => win.errors.push(event.message));
  win.addEventListener('unhandledrejection', (event) => win.errors.push(String(event.reason)));
  for (const type of ['budget-ready', 'budget-error', 'budget-select']) page.addEventListener(type, (event) => win.events.push(event as CustomEvent));
  // Chromium alone reports layout shifts (each with what moved, to say which); the figures' boxes are compared in every engine.
  win.shifts = [];
  if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new win.PerformanceObserver((list) =>
      (list.getEntries() as LayoutShift[]).forEach(({ value, sources }) =>
        win.shifts.push(`${value}: ${sources.map(({ node, previousRect: a, currentRect: b }) => `${node?.nodeName} ${JSON.stringify([a.x, a.y, a.width, a.height])} → ${JSON.stringify([b.x, b.y, b.width, b.height])}`).join('; ')}`),
      ),
    ).observe({ type: 'layout-shift' });
  }
  const script = page.createElement('script');
  script.type = 'module';
  script.src = BUNDLE;
  page.head.append(script);
  const element = page.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await waitFor(() => win.errors.length > 0 || win.events.some((event) => event.type === 'budget-ready' && event.target === element), `<${tag}> to say budget-ready`);
  expect(win.errors, 'no error').to.deep.equal([]);
  // What is measured once live (a treemap's width, a region's overflow) is measured by then: two frames, then any update they asked for.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await element.updateComplete;
  return element;
}

const jsonRequests = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => /\.json($|\?)/.test(entry.name)).map((entry) => entry.name);

describe('hydration of server renders', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const bureau of BUREAUS) {
    for (const [tag, width] of [...TAGS.map((tag) => [tag, 1000] as const), ...WIDTHS.map((width) => ['budget-treemap', width] as const)]) {
      it(`${bureau}: <${tag}> at ${width} px takes over its rendered DOM: same DOM, no fetch, no shift, budget-ready`, async () => {
        frame = await openRender(bureau, tag, width);
        const element = frame.contentDocument!.querySelector(tag)!;
        expect(frame.contentWindow!.customElements.get(tag), 'not defined before the bundle').to.equal(undefined);
        expect(element.shadowRoot, 'declarative shadow root').to.not.equal(null);
        const before = snapshot(element.shadowRoot!);
        expect(before, 'the markup itself').to.include('<data value=');
        const boxes = figureBoxes(element.shadowRoot!);

        await hydrate(frame, tag);
        const win = frame.contentWindow as Win;
        expect(win.events.filter((event) => event.type === 'budget-error')).to.deep.equal([]);
        expect(snapshot(element.shadowRoot!)).to.equal(before);
        // Every figure stays where it was, after a wide table too: its hint is laid out by CSS alone, in the server's HTML as live.
        expect(boxes.length, 'figures compared').to.be.greaterThan(tag === 'budget-report' ? 10 : 0);
        expect(figureBoxes(element.shadowRoot!)).to.deep.equal(boxes);
        expect(jsonRequests(frame), 'no request for the document').to.deep.equal([]);
        expect(win.shifts, 'layout shifts').to.deep.equal([]);
      });
    }

    for (const width of WIDTHS) {
      it(`${bureau}: a <budget-treemap> hydrated at ${width} px keeps its chart box and moves nothing: the server's tiles, scaled, stay`, async () => {
        frame = await openRender(bureau, 'budget-treemap', width);
        const treemap = frame.contentDocument!.querySelector('budget-treemap')!;
        const chart = treemap.shadowRoot!.querySelector('[part="chart"]')!;
        const tiles = () => [...chart.querySelectorAll('[role="treeitem"]')].map((tile) => JSON.stringify(tile.getBoundingClientRect()));
        const [parts, drawn] = [partBoxes(treemap), tiles()];
        // With no script, the chart fits the page: no sideways scroll.
        expect(frame.contentDocument!.documentElement.scrollWidth, 'page width').to.be.at.most(width);
        const { width: chartWidth, height } = chart.getBoundingClientRect();
        expect(height, 'the element\'s height rule, in CSS').to.be.closeTo(Math.min(560, Math.max(260, (chartWidth + 12) * 0.55)), 0.5);
        // The table view's button and the keyboard help do nothing before the script: not shown, their place kept.
        const toolbar = () => getComputedStyle(treemap.shadowRoot!.querySelector('.toolbar')!).visibility;
        expect(toolbar(), 'the toolbar before the script').to.equal('hidden');
        await hydrate(frame, 'budget-treemap');
        expect(toolbar(), 'the toolbar once hydrated').to.equal('visible');
        expect(partBoxes(treemap), 'every part of the figure, the chart box among them').to.deep.equal(parts);
        expect(tiles(), 'every tile').to.deep.equal(drawn);
        expect((frame.contentWindow as Win).shifts, 'layout shifts').to.deep.equal([]);
      });
    }
  }

  // Under a style-src without 'unsafe-inline' the server render's <style> and style attributes are blocked: unstyled
  // with no script. Once hydrated, the element is styled as where inline styles are allowed (src/hydrate-styles.ts).
  for (const tag of ['budget-summary', 'budget-treemap', 'budget-report'] as const) {
    it(`<${tag}> under a style-src that forbids inline styles: unstyled until hydrated, then as with them allowed`, async () => {
      const boxes = (element: Element) => [...figureBoxes(element.shadowRoot!), ...(tag === 'budget-treemap' ? partBoxes(element) : [])];
      const tileBoxes = (element: Element) => [...element.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((tile) => JSON.stringify(tile.getBoundingClientRect()));
      frame = await openRender('gaoyang-2025', tag, 1000);
      const allowed = await hydrate(frame, tag);
      const [styled, tiles] = [boxes(allowed), tileBoxes(allowed)];
      frame.remove();
      frame = await openRender('gaoyang-2025', tag, 1000, '&strict');
      const element = frame.contentDocument!.querySelector(tag)!;
      expect(boxes(element), 'blocked with no script').to.not.deep.equal(styled);
      await hydrate(frame, tag);
      expect(boxes(element), 'every figure').to.deep.equal(styled);
      expect(tileBoxes(element), 'every tile').to.deep.equal(tiles);
    });
  }

  // A wide table's hint ("⇆ 左右滑动查看更多") shows exactly while the table is wider than its region, in the server's HTML
  // (no script) as after hydration, and takes its line in both: nothing moves. At 320 px a wide table (and a report's) shows
  // it; at 1280 px a narrow one does not. Every region that scrolls sideways is a named tab stop, and scrolls from the keyboard.
  const hintCases = [
    { tag: 'budget-table', width: 320, query: '&table=fiscal-by-dept-economic', wide: true },
    { tag: 'budget-table', width: 1280, query: '', wide: false },
    { tag: 'budget-report', width: 320, query: '', wide: true },
    { tag: 'budget-report', width: 1280, query: '', wide: true },
  ] as const;
  for (const { tag, width, query, wide } of hintCases) {
    it(`quxian-2024: <${tag}${query ? ' table' : ''}> at ${width} px: the hint shows exactly where a table overflows, before and after hydration, and nothing moves`, async () => {
      frame = await openRender('quxian-2024', tag, width, query);
      const element = frame.contentDocument!.querySelector(tag)!;
      const before = overflowAndHint(element.shadowRoot!);
      expect(before.length, 'scroll regions').to.be.greaterThan(0);
      for (const [overflows, hinted] of before) expect(hinted, 'server render: hint exactly where the table overflows').to.equal(overflows);
      expect(before.some(([overflows]) => overflows), 'a table wider than its region').to.equal(wide);
      const boxes = figureBoxes(element.shadowRoot!);

      await hydrate(frame, tag);
      const win = frame.contentWindow as Win;
      expect(overflowAndHint(element.shadowRoot!), 'hydrated: the same hints').to.deep.equal(before);
      expect(figureBoxes(element.shadowRoot!), 'every figure keeps its box').to.deep.equal(boxes);
      expect(win.shifts, 'layout shifts').to.deep.equal([]);

      const sideways = regions(element.shadowRoot!).filter((region) => region.scrollWidth > region.clientWidth + 1);
      for (const region of sideways) {
        expect(region.getAttribute('tabindex'), 'a tab stop').to.equal('0');
        const names = region.getAttribute('aria-labelledby')!.split(' ').map((id) => (region.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.trim());
        expect(names.every(Boolean), `named by ${region.getAttribute('aria-labelledby')}`).to.equal(true);
      }
      if (!wide) return;
      const region = sideways[0]!;
      region.focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(() => region.scrollLeft > 0 || undefined, 'the region to scroll from the keyboard');
    });
  }

  for (const bureau of BUREAUS) {
    it(`${bureau}: a hydrated <budget-table> sorts, and downloads its CSV`, async () => {
      frame = await openRender(bureau, 'budget-table', 1000);
      const table = await hydrate(frame, 'budget-table');
      const root = table.shadowRoot!;
      const header = root.querySelector('th[scope="col"]:has(> button.sort)')!;
      expect(header.hasAttribute('aria-sort')).to.equal(false);
      header.querySelector('button')!.click();
      await table.updateComplete;
      expect(header.getAttribute('aria-sort'), 'sorted by a click').to.not.equal(null);

      // The download: its Blob, caught on its way to the link (which is not followed).
      const win = frame.contentWindow as Win;
      const blobs: Blob[] = [];
      const createObjectURL = win.URL.createObjectURL.bind(win.URL);
      win.URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL(blob));
      win.HTMLAnchorElement.prototype.click = function () {};
      const download = [...root.querySelectorAll('button')].find((button) => /CSV/.test(button.textContent!))!;
      download.click();
      expect(blobs.length, 'one CSV').to.equal(1);
      const csv = await blobs[0]!.text();
      expect(csv).to.include(PUBLISHED[bureau].totalShown.replace(/,/g, ''));
    });

    for (const width of WIDTHS) {
      it(`${bureau}: a <budget-treemap> hydrated at ${width} px opens a level with Enter and says budget-select`, async () => {
        frame = await openRender(bureau, 'budget-treemap', width);
        const treemap = await hydrate(frame, 'budget-treemap');
        const win = frame.contentWindow as Win;
        const item = treemap.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
        const label = item.getAttribute('aria-label')!;
        item.focus();
        item.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        const selected = await waitFor(() => win.events.find((event) => event.type === 'budget-select'), 'budget-select');
        const { name } = selected.detail as { name: string };
        expect(label.startsWith(`${name}，`), `${name} is the focused tile (${label})`).to.equal(true);
        await treemap.updateComplete;
        // The group is the chart's level now: the breadcrumb ends with it.
        const trail = [...treemap.shadowRoot!.querySelectorAll('[part="breadcrumb"] li')].map((li) => li.textContent!.trim());
        expect(trail).to.have.length(2);
        expect(trail[1]).to.equal(name);
        // A new level is laid out for the reader's width: every tile a 24 px target at least.
        for (const tile of treemap.shadowRoot!.querySelectorAll('[role="treeitem"]')) {
          const box = tile.getBoundingClientRect();
          expect(Math.min(box.width, box.height), tile.getAttribute('aria-label')!).to.be.at.least(24);
        }
      });
    }
  }

  it('a render without its document is drawn again instead, from its src: no error, the published figures', async () => {
    frame = await openRender('gaoyang-2025', 'budget-summary', 1000);
    const summary = frame.contentDocument!.querySelector('budget-summary')!;
    summary.querySelector('script[type="application/json"]')!.remove();
    summary.setAttribute('src', '/demo/data/gaoyang-2025.json');
    await hydrate(frame, 'budget-summary');
    expect(jsonRequests(frame)).to.have.length(1);
    expect(summary.shadowRoot!.querySelectorAll('article'), 'drawn once').to.have.length(1);
    expect(summary.shadowRoot!.querySelector(`data[value="${PUBLISHED['gaoyang-2025'].total}"]`)!.textContent).to.equal(PUBLISHED['gaoyang-2025'].totalShown);
  });

  it('a render with no document at all: no error, the element says it has no data', async () => {
    frame = await openRender('gaoyang-2025', 'sangong-card', 1000);
    const card = frame.contentDocument!.querySelector('sangong-card') as HTMLElement & { updateComplete: Promise<unknown> };
    card.querySelector('script[type="application/json"]')!.remove();
    const win = frame.contentWindow as Win;
    win.errors = [];
    win.addEventListener('unhandledrejection', (event) => win.errors.push(String(event.reason)));
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    frame.contentDocument!.head.append(script);
    const state = await waitFor(() => win.errors.length > 0 || (card.shadowRoot!.querySelector('article') ? undefined : card.shadowRoot!.querySelector('[part~="state"]')), 'the empty state');
    await card.updateComplete;
    expect(win.errors).to.deep.equal([]);
    expect((state as Element).getAttribute('role')).to.equal('status');
  });

  it('a hydrated <budget-report> sorts a table inside it', async () => {
    frame = await openRender('gaoyang-2025', 'budget-report', 1000);
    const report = await hydrate(frame, 'budget-report');
    const table = report.shadowRoot!.querySelector('budget-table') as HTMLElement & { updateComplete: Promise<unknown> };
    const header = table.shadowRoot!.querySelector('th[scope="col"]:has(> button.sort)')!;
    header.querySelector('button')!.click();
    await table.updateComplete;
    expect(header.getAttribute('aria-sort')).to.not.equal(null);
  });
});

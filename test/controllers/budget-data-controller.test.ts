import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/budget-summary/budget-summary.define.js';
// budget-ready's warnings come from the consistency checks, installed as budget-widgets/checks.js installs them.
import '../../src/data/install-checks.js';
import type { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import { clearDocumentCache, type LoadError } from '../../src/data/load.js';
import { fixtureUrl, loadRaw } from '../data/fixtures.js';

type FetchStub = (url: string, init: RequestInit) => Promise<Response>;

/** Replaces fetch for one test, recording every call. */
function stubFetch(respond: FetchStub) {
  const calls: { url: string; init: RequestInit }[] = [];
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return respond(String(input), init);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

/** Errors that reach the page: there must be none. */
const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

/**
 * Creates the element with its listeners in place before it connects, so that an event
 * fired during the first update (a stubbed fetch answers at once) is not missed.
 */
async function mount(attributes: Record<string, string>, html?: string) {
  const el = document.createElement('budget-summary');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (html) el.innerHTML = html;
  const settled = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('budget-ready', (e) => resolve(e as CustomEvent), { once: true });
    el.addEventListener('budget-error', (e) => resolve(e as CustomEvent), { once: true });
  });
  await fixture(el);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

async function errorOf(src: string, attributes: Record<string, string> = {}): Promise<{ el: BudgetSummary; detail: LoadError }> {
  const { el, event } = await mount({ src, ...attributes });
  expect(event.type).to.equal('budget-error');
  return { el, detail: event.detail as LoadError };
}

const alertText = (el: BudgetSummary) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('data loading and error states', () => {
  let restore = () => {};
  beforeEach(() => {
    clearDocumentCache();
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    restore();
    restore = () => {};
    fixtureCleanup();
    await new Promise((r) => setTimeout(r, 0));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(uncaught, 'errors reached the host page').to.deep.equal([]);
  });

  it('reports http-status for a 404, in place and by event', async () => {
    const { el, detail } = await errorOf('/demo/data/does-not-exist.json');
    expect(detail).to.include({ code: 'http-status', status: 404 });
    expect(alertText(el)).to.equal('无法显示预算数据 服务器未能返回数据文件。 (HTTP 状态码 404) /demo/data/does-not-exist.json');
    await expect(el).to.be.accessible();
  });

  it('reports http-status for a 500, in English when asked', async () => {
    restore = stubFetch(async () => new Response('oops', { status: 500 })).restore;
    const { el, detail } = await errorOf('/data.json', { lang: 'en' });
    expect(detail).to.include({ code: 'http-status', status: 500 });
    expect(alertText(el)).to.equal('The budget data cannot be shown The server did not return the data file. (HTTP status 500) /data.json');
  });

  it('reports network when fetch fails', async () => {
    restore = stubFetch(() => Promise.reject(new TypeError('Failed to fetch'))).restore;
    const { detail } = await errorOf('/data.json');
    expect(detail).to.deep.equal({ code: 'network', message: 'Failed to fetch' });
  });

  it('reports an unparsable src as a network error', async () => {
    const { el, detail } = await errorOf('http://[invalid');
    expect(detail).to.deep.equal({ code: 'network', message: 'Invalid URL: http://[invalid' });
    expect(alertText(el)).to.contain('网络错误');
  });

  it('reports timeout and aborts the request', async () => {
    const stub = stubFetch((_url, init) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    restore = stub.restore;
    const { detail } = await errorOf('/slow.json', { timeout: '50' });
    expect(detail.code).to.equal('timeout');
    expect(stub.calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('reports a truncated body as invalid-json', async () => {
    const text = JSON.stringify(await loadRaw('kaijiang-2025'));
    restore = stubFetch(async () => new Response(text.slice(0, text.length / 2))).restore;
    const { detail } = await errorOf('/truncated.json');
    expect(detail.code).to.equal('invalid-json');
  });

  it('reads a valid document served with the wrong content type, and follows redirects', async () => {
    const text = JSON.stringify(await loadRaw('kaijiang-2025'));
    restore = stubFetch(async () => new Response(text, { headers: { 'Content-Type': 'text/html; charset=gbk' } })).restore;
    expect((await mount({ src: '/as-html.json' })).event.type).to.equal('budget-ready');
    restore();
    restore = () => {};
    const { el, event } = await mount({ src: '/redirect/demo/data/gaoyang-2025.json' });
    expect(event.type).to.equal('budget-ready');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('高阳县医疗保障局 2025 年部门预算');
  });

  it('reports invalid-json', async () => {
    restore = stubFetch(async () => new Response('{"schemaVersion": "1.0",')).restore;
    const { detail } = await errorOf('/broken.json');
    expect(detail.code).to.equal('invalid-json');
  });

  it('reports invalid-schema with the paths of the errors', async () => {
    restore = stubFetch(async () => new Response(JSON.stringify({ schemaVersion: '1.0', kind: 'budget' }))).restore;
    const { el, detail } = await errorOf('/wrong.json');
    expect(detail.code).to.equal('invalid-schema');
    expect(detail.issues!.map((i) => i.path)).to.deep.equal(['$.meta', '$.tables', '$.sections']);
    expect(alertText(el)).to.contain('数据文件不符合预算数据格式。');
  });

  it('reports unsupported-version', async () => {
    const doc = { ...((await loadRaw('kaijiang-2025')) as object), schemaVersion: '2.0' };
    restore = stubFetch(async () => new Response(JSON.stringify(doc))).restore;
    const { detail } = await errorOf('/v2.json');
    expect(detail.code).to.equal('unsupported-version');
  });

  it('fetches a URL once for every element that shows it, without credentials', async () => {
    const body = JSON.stringify(await loadRaw('gaoyang-2025'));
    const stub = stubFetch(async () => new Response(body));
    restore = stub.restore;
    const [a, b] = await Promise.all([mount({ src: '/shared.json' }), mount({ src: '/shared.json', sections: 'totals' })]);
    expect([a.event.type, b.event.type]).to.deep.equal(['budget-ready', 'budget-ready']);
    expect(stub.calls.length).to.equal(1);
    expect(stub.calls[0]!.init.credentials).to.equal('omit');
  });

  it('sends credentials only when asked', async () => {
    const body = JSON.stringify(await loadRaw('gaoyang-2025'));
    const stub = stubFetch(async () => new Response(body));
    restore = stub.restore;
    await mount({ src: '/private.json', credentials: 'include' });
    expect(stub.calls[0]!.init.credentials).to.equal('include');
  });

  it('aborts an in-flight request when src changes, and shows the new document only', async () => {
    let release: (r: Response) => void = () => {};
    const realFetch = window.fetch.bind(window);
    const stub = stubFetch((url, init) =>
      url.endsWith('/slow.json')
        ? new Promise((resolve, reject) => {
            release = resolve;
            init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          })
        : realFetch(url),
    );
    restore = stub.restore;
    const el = await fixture<BudgetSummary>(html`<budget-summary src="/slow.json"></budget-summary>`);
    el.src = fixtureUrl('quxian-2024');
    await oneEvent(el, 'budget-ready');
    expect(stub.calls[0]!.init.signal!.aborted).to.equal(true);
    release(new Response('{}'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('渠县医疗保障局 2024 年部门预算');
  });

  it('shows an accessible busy state while loading', async () => {
    restore = stubFetch(() => new Promise(() => {})).restore;
    const el = await fixture<BudgetSummary>(html`<budget-summary src="/pending.json"></budget-summary>`);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent!.trim()).to.equal('正在加载预算数据…');
    await expect(el).to.be.accessible();
  });

  it('reads a document from an inline JSON script, for CMSs that forbid fetch', async () => {
    const json = JSON.stringify(await loadRaw('yuanjiang-2024'));
    const { el, event } = await mount({ sections: 'totals' }, `<script type="application/json">${json}</script>`);
    expect(event.type).to.equal('budget-ready');
    expect(el.shadowRoot!.querySelector('.totals dd')!.textContent).to.equal('582.97');
  });

  it('validates a document given as the data property', async () => {
    const el = await fixture<BudgetSummary>(html`<budget-summary></budget-summary>`);
    const failed = oneEvent(el, 'budget-error');
    el.data = { schemaVersion: '1.0' };
    expect(((await failed) as CustomEvent<LoadError>).detail.code).to.equal('invalid-schema');
    const ready = oneEvent(el, 'budget-ready');
    el.data = await loadRaw('pingli-2025');
    await ready;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('平利县医疗保障局 2025 年部门预算');
  });

  it('draws the document once its structure is valid, and sends budget-ready with the warnings after that paint', async () => {
    const el = await fixture<BudgetSummary>(html`<budget-summary sections="totals"></budget-summary>`);
    let warnings: unknown[] | undefined;
    el.addEventListener('budget-ready', (e) => (warnings = (e as CustomEvent<{ warnings: unknown[] }>).detail.warnings), { once: true });
    el.data = await loadRaw('yuanjiang-2024');
    await el.updateComplete;
    // On screen before the consistency checks have run…
    expect(el.shadowRoot!.querySelector('.totals dd')!.textContent).to.equal('582.97');
    expect(warnings).to.equal(undefined);
    // …which report with budget-ready: 沅江's 表14 and its rows printed one column off.
    await oneEvent(el, 'budget-ready');
    expect(warnings).to.have.length(8);
  });

  it('sends nothing for a document replaced before its first paint: its successor reports', async () => {
    const el = await fixture<BudgetSummary>(html`<budget-summary sections="totals"></budget-summary>`);
    const events: string[] = [];
    el.addEventListener('budget-ready', (e) => events.push((e as CustomEvent<{ document: { meta: { department: { name: string } } } }>).detail.document.meta.department.name));
    const [yuanjiang, pingli] = await Promise.all([loadRaw('yuanjiang-2024'), loadRaw('pingli-2025')]);
    el.data = yuanjiang;
    await el.updateComplete; // drawn; its budget-ready waits for the paint
    el.data = pingli;
    await oneEvent(el, 'budget-ready');
    expect(events).to.deep.equal(['平利县医疗保障局']);
  });

  it('follows the language of the page and its changes', async () => {
    const host = await fixture(html`<div lang="en"><budget-summary sections="totals"></budget-summary></div>`);
    const el = host.querySelector('budget-summary')!;
    el.data = await loadRaw('kaijiang-2025');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('Total income');
    host.setAttribute('lang', 'zh-CN');
    await Promise.resolve(); // the MutationObserver callback runs as a microtask
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('收入总计');
  });
});

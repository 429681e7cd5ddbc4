/** The elements among other code: many copies, hostile page styles, repeated connection. */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/elements/budget-summary/budget-summary.define.js';
import '../../src/elements/sangong-card/sangong-card.define.js';
import { clearDocumentCache } from '../../src/data/load.js';
import { fixtureUrl } from '../data/fixtures.js';
import { fixtureSettled, until } from '../helpers/settled.js';

describe('on a host page', () => {
  afterEach(() => fixtureCleanup());

  it('fetches a URL shown by 50 elements once', async () => {
    clearDocumentCache();
    const url = fixtureUrl('pingli-2025');
    const original = window.fetch;
    let requests = 0;
    window.fetch = ((...args: Parameters<typeof fetch>) => {
      requests++;
      return original(...args);
    }) as typeof fetch;
    try {
      const ready = new Promise<void>((resolve) => {
        let count = 0;
        document.addEventListener('budget-ready', function listener() {
          if (++count === 50) {
            document.removeEventListener('budget-ready', listener);
            resolve();
          }
        });
      });
      await fixture(html`<div>${Array.from({ length: 50 }, () => html`<sangong-card src=${url} variant="compact"></sangong-card>`)}</div>`);
      await ready;
      expect(requests).to.equal(1);
    } finally {
      window.fetch = original;
    }
  });

  it('keeps working under hostile page styles, and its styles do not leak out', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset; } table { display: none !important; } body { font-size: 48px; } th, td { color: red; }';
    document.head.append(style);
    try {
      const { el } = await fixtureSettled<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<div><budget-summary src=${fixtureUrl('kaijiang-2025')}></budget-summary><table id="host-table"><tr><td>host</td></tr></table></div>`,
      );
      const summary = el.querySelector('budget-summary')!;
      const table = summary.shadowRoot!.querySelector('table')!;
      expect(getComputedStyle(table).display).to.equal('table');
      expect(getComputedStyle(summary.shadowRoot!.querySelector('td')!).color).to.not.equal('rgb(255, 0, 0)');
      // Our table styles stay inside the shadow root.
      expect(getComputedStyle(el.querySelector('#host-table')!).display).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('leaves no listeners or work behind after 1,000 connect / disconnect cycles', async () => {
    /** Update requests one change of the page language causes, after `cycles` reconnections. */
    async function updatesAfter(cycles: number) {
      const { el } = await fixtureSettled<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<div lang="en"><budget-summary sections="totals" src=${fixtureUrl('gaoyang-2025')}></budget-summary></div>`,
      );
      const summary = el.querySelector('budget-summary')!;
      for (let i = 0; i < cycles; i++) {
        summary.remove();
        el.append(summary);
      }
      await summary.updateComplete;
      let updates = 0;
      const original = summary.requestUpdate.bind(summary);
      summary.requestUpdate = (...args: Parameters<typeof original>) => {
        updates++;
        return original(...args);
      };
      el.setAttribute('lang', 'zh-CN');
      // Observers report the change together, so every update request has been made once it shows.
      await until(() => summary.shadowRoot!.querySelector('dt')!.textContent === '收入总计', 'the summary in Chinese');
      await summary.updateComplete;
      fixtureCleanup();
      return updates;
    }
    // One observer, not a thousand: the same work as for an element connected once.
    expect(await updatesAfter(1000)).to.equal(await updatesAfter(0));
  });

  it('upgrades elements written into the page before the bundle defines them', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<late-summary src="${fixtureUrl('yuanjiang-2024')}" sections="totals"></late-summary>`;
    document.body.append(host);
    const { BudgetSummary } = await import('../../src/elements/budget-summary/budget-summary.js');
    const ready = new Promise((resolve) => host.addEventListener('budget-ready', resolve, { once: true }));
    customElements.define('late-summary', class extends BudgetSummary {});
    await ready;
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.totals dd')!.textContent).to.equal('582.97');
    host.remove();
  });
});

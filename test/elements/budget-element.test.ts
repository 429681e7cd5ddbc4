import { expect, fixture, html } from '@open-wc/testing';
import { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import { loadRaw } from '../data/fixtures.js';

/** An element whose renderer fails on a document, as a bug would. */
class FailingSummary extends BudgetSummary {
  protected override renderDocument(): never {
    throw new Error('renderer bug');
  }
}
customElements.define('failing-summary', FailingSummary);

describe('BudgetElement', () => {
  it('shows an error in place, and throws nothing into the page, when rendering fails', async () => {
    const uncaught: unknown[] = [];
    const record = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', record);
    const logged = console.error;
    console.error = () => {};
    try {
      const el = await fixture<FailingSummary>(html`<failing-summary .data=${await loadRaw('kaijiang-2025')}></failing-summary>`);
      expect(el.shadowRoot!.querySelector('[role="alert"] p')!.textContent).to.equal('数据文件不符合预算数据格式。');
    } finally {
      console.error = logged;
      window.removeEventListener('error', record);
    }
    expect(uncaught).to.deep.equal([]);
  });
});

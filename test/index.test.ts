import { expect } from '@open-wc/testing';

/** The one-script-tag bundle (built by `npm run build`, which `npm test` runs first). */
describe('dist/budget-widgets.min.js', () => {
  it('registers every element and exports the data API', async () => {
    const bundle = await import(new URL('../dist/budget-widgets.min.js', import.meta.url).href);
    expect(customElements.get('budget-summary')).to.equal(bundle.BudgetSummary);
    expect(customElements.get('sangong-card')).to.equal(bundle.SangongCard);
    expect(customElements.get('perf-goal-table')).to.equal(bundle.PerfGoalTable);
    expect(customElements.get('budget-treemap')).to.equal(bundle.BudgetTreemap);
    expect(customElements.get('budget-table')).to.equal(bundle.BudgetTable);
    expect(customElements.get('budget-report')).to.equal(bundle.BudgetReport);
    expect(bundle.validate).to.be.a('function');
  });

  it('coexists with a second copy of itself on one page', async () => {
    const first = customElements.get('budget-summary');
    const copy = await import(new URL('../dist/budget-widgets.min.js?copy=2', import.meta.url).href);
    expect(copy.BudgetSummary).to.not.equal(first);
    expect(customElements.get('budget-summary')).to.equal(first);
  });
});

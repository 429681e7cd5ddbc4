import { expect } from '@open-wc/testing';
import { loadRaw } from './data/fixtures.js';

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

  it('leaves the consistency checks to the add-on budget-widgets-checks.js, which plugs them into the bundle on the page', async () => {
    const bundle = await import(new URL('../dist/budget-widgets.min.js', import.meta.url).href);
    // 开江 2025: 12 consistency warnings (README, "The five bureaus").
    const before = bundle.validate(await loadRaw('kaijiang-2025'));
    expect(before.ok).to.equal(true);
    expect(before.warnings).to.deep.equal([]);
    await import(new URL('../dist/budget-widgets-checks.js', import.meta.url).href);
    const after = bundle.validate(await loadRaw('kaijiang-2025'));
    expect(after.warnings).to.have.length(12);
    expect(after.warnings[0].message['zh-CN']).to.contain('公布数 1,236.47 万元，应为 1,236.48 万元');
  });
});

import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/elements/define.js';
import { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import '../../src/elements/budget-summary/budget-summary.define.js';

describe('registration', () => {
  it('is harmless when a second copy of the bundle registers its own class', () => {
    // A second bundle brings its own class of the same name: the first registration stays.
    class Twin extends BudgetSummary {}
    expect(() => defineElement('budget-summary', Twin)).not.to.throw();
    expect(customElements.get('budget-summary')).to.equal(BudgetSummary);
  });
});

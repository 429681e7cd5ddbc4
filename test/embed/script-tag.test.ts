import { expect } from '@open-wc/testing';
import { openPage, rendered, shadowText, totals } from './page.js';

/** demo/embed/script-tag.html: the bundle from one script tag, elements with `src`. */
describe('embedding guide: one script tag', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  it('shows the published figures of kaijiang-2025', async () => {
    frame = await openPage('/demo/embed/script-tag.html');
    const page = frame.contentDocument!;
    const summary = await rendered(page, 'budget-summary');
    expect(shadowText(summary, 'h2')).to.equal('开江县医疗保障局 2025 年部门预算');
    expect(totals(summary)).to.include.members(['收入总计 1,236.47', '支出总计 1,236.47']);
    const card = await rendered(page, 'sangong-card');
    // 三公 in total: 2,000 元, all of it 公务接待费.
    expect(shadowText(card, '[part="total"] .amount')).to.equal('0.20');
    expect(card.getAttribute('variant')).to.equal('compact');
  });
});

import { expect } from '@open-wc/testing';

interface Report {
  violations: string[];
  states: string[];
  rendered: string[];
}

/**
 * The bundle on a host page with a strict Content-Security-Policy and Trusted Types enforced
 * (test/reliability/csp/page.html): every element renders and no violation is reported.
 * Needs the bundle that `npm run build` (run by `npm test`) writes to dist/.
 */
describe('strict Content-Security-Policy host page', () => {
  it('runs every element with zero CSP violations', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<Report>((resolve) => {
      window.addEventListener('message', function listener(event: MessageEvent) {
        if (event.data?.type !== 'csp-report') return;
        window.removeEventListener('message', listener);
        resolve(event.data as Report);
      });
    });
    frame.src = new URL('./csp/page.html', import.meta.url).href;
    document.body.append(frame);
    const { violations, states, rendered } = await report;
    frame.remove();
    expect(violations).to.deep.equal([]);
    expect(states).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready', 'ready']);
    expect(rendered).to.deep.equal([
      '渠县医疗保障局 2024 年部门预算',
      '“三公”经费',
      '项目支出绩效目标',
      '部门整体支出绩效目标',
      '财政拨款支出预算表（部门经济分类科目）',
      '渠县医疗保障局 2024 年部门预算公开',
    ]);
  });
});

import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/perf-goal-table/perf-goal-table.define.js';
import type { PerfGoalTable } from '../../../src/elements/perf-goal-table/perf-goal-table.js';
import { BUREAUS, fixtureUrl, type Bureau } from '../../data/fixtures.js';
import { fixtureSettled } from '../../helpers/settled.js';
import { overflowsSideways, renderInBox } from '../../helpers/layout.js';

async function render(bureau: Bureau, attrs: { scope?: string; project?: string; width?: string } = {}) {
  const { el } = await fixtureSettled<PerfGoalTable>(html`<perf-goal-table
    src=${fixtureUrl(bureau)}
    scope=${attrs.scope ?? 'projects'}
    project=${attrs.project ?? ''}
    style="display: block; width: ${attrs.width ?? '900px'}"
  ></perf-goal-table>`);
  return el;
}

const indicatorRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.indicators tbody tr:not(.level1):not(.level2)')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );
const count = (el: Element) => el.shadowRoot!.querySelector('.count')!.textContent;

/**
 * From ../shared/seeds: projects in the project goal tables, their indicators, the department
 * table's indicators, and each document's first two indicator rows as printed.
 */
const PUBLISHED: Record<Bureau, { projects: number; indicators: number; department: number; first: string[][] }> = {
  'kaijiang-2025': { projects: 16, indicators: 41, department: 18, first: [['发放（缴纳）覆盖率', '＝ 100 %', '60', '正向'], ['足额保障率（参保率）', '＝ 100 %', '30', '正向']] },
  'gaoyang-2025': {
    projects: 7,
    indicators: 43,
    department: 0,
    first: [
      ['发放工资覆盖率', '100', '实际发放工资人数占应发放工资人数的百分比；2025年度工作计划'],
      ['工资发放准确率', '≥ 90', '实际发放工资金额占应发放工资金额的百分比；2025年度工作计划'],
    ],
  },
  'yuanjiang-2024': { projects: 5, indicators: 31, department: 0, first: [['各项工作成本按预算执行', '100%', '定量'], ['基本医疗保险综合参保率', '大于等于95%', '定量']] },
  'pingli-2025': { projects: 6, indicators: 48, department: 8, first: [['国有关闭破产企业退休人员参保人数', '672人'], ['国有关闭破产企业退休人员参保覆盖率', '100%']] },
  'quxian-2024': { projects: 7, indicators: 62, department: 36, first: [['县级财政补助标准', '＝ 50.5 元', '10', '—'], ['参保居民个人缴费标准', '＝ 380 元', '5', '—']] },
};

describe('<perf-goal-table>', () => {
  afterEach(() => fixtureCleanup());

  for (const bureau of BUREAUS) {
    const published = PUBLISHED[bureau];
    it(`shows every project goal table of ${bureau} with its indicators as printed`, async () => {
      const el = await render(bureau);
      expect(el.shadowRoot!.querySelectorAll('.project').length).to.equal(published.projects);
      const rows = indicatorRows(el);
      expect(rows.length).to.equal(published.indicators);
      expect(rows.slice(0, 2)).to.deep.equal(published.first);
      await expect(el).to.be.accessible();
    });

    it(`shows the department-wide goal table of ${bureau}, or says there is none`, async () => {
      const el = await render(bureau, { scope: 'department' });
      expect(indicatorRows(el).length).to.equal(published.department);
      if (!published.department) expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('本文档未公开绩效目标表。');
      await expect(el).to.be.accessible();
    });
  }

  it('associates every data cell with its column, its 一级 and 二级 groups and its indicator', async () => {
    const el = await render('quxian-2024');
    const root = el.shadowRoot!;
    const cells = [...root.querySelectorAll('.indicators td')];
    expect(cells.length).to.be.greaterThan(100);
    for (const cell of cells) {
      const headers = cell.getAttribute('headers')!.split(' ').map((id) => root.getElementById(id));
      expect(headers.every(Boolean), cell.getAttribute('headers')!).to.equal(true);
      expect(headers[0]!.closest('thead'), 'column header').to.not.equal(null);
      expect(headers.some((h) => h!.closest('tr')!.classList.contains('level1')), 'level-1 group').to.equal(true);
      expect(headers.at(-1)!.getAttribute('scope'), 'row header').to.equal('row');
    }
    const first = root.querySelector('.indicators td')!;
    const names = first.getAttribute('headers')!.split(' ').map((id) => root.getElementById(id)!.textContent!.trim());
    expect(names).to.deep.equal(['指标值', '产出指标', '数量指标', '县级财政补助标准']);
  });

  it('filters by 一级 indicator and searches from the keyboard, announcing the result', async () => {
    const el = await render('kaijiang-2025');
    const root = el.shadowRoot!;
    const select = root.querySelector('select')!;
    select.value = '满意度指标';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(count(el)).to.equal('显示 2 个项目的 2 项指标');
    expect(indicatorRows(el).map((r) => r[0])).to.deep.equal(['满意度', '医疗保障工作满意度']);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    root.querySelector('input')!.focus();
    await sendKeys({ type: '救助' });
    await el.updateComplete;
    expect(count(el)).to.equal('显示 1 个项目的 5 项指标');
    expect(root.querySelector('.count')!.getAttribute('role')).to.equal('status');
    await sendKeys({ type: '无此指标' });
    await el.updateComplete;
    expect(count(el)).to.equal('没有符合条件的指标。');
  });

  it('shows one project, by code or by name', async () => {
    const byCode = await render('kaijiang-2025', { project: '51172324T000011235250' });
    expect(byCode.shadowRoot!.querySelector('h3')!.textContent).to.equal('专项业务类——专项经费');
    expect(indicatorRows(byCode).length).to.equal(7);
    const byName = await render('gaoyang-2025', { project: '高阳县慢特病鉴定资金' });
    expect(indicatorRows(byName).length).to.equal(6);
  });

  it('shows the quarterly spending plan and the funding split where published', async () => {
    const el = await render('gaoyang-2025', { project: '13062825P00011510016R' });
    const plan = [...el.shadowRoot!.querySelectorAll('.schedule td')].map((td) => td.textContent!.trim());
    expect(plan).to.deep.equal(['13.75', '27.50', '41.25', '55.00']);
    const facts = [...el.shadowRoot!.querySelectorAll('.facts > div')].map((d) => d.textContent!.replace(/\s+/g, ''));
    expect(facts).to.include.members(['项目编码13062825P00011510016R', '金额55.00', '其中：财政资金55.00', '其他资金—']);
  });

  it('collapses long goal texts behind a disclosure that opens from the keyboard', async () => {
    const el = await render('kaijiang-2025', { scope: 'department' });
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('年度总体目标');
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.querySelector('p')!.textContent).to.match(/^2025年实现以下目标：1\.切实管好医保基金。/);
  });

  it('stacks indicators as cards below 600 px, keeping table roles and reading order', async () => {
    const el = await render('pingli-2025', { width: '360px' });
    const cell = el.shadowRoot!.querySelector('.indicators td')!;
    expect(getComputedStyle(cell).display).to.equal('block');
    expect(cell.getAttribute('role')).to.equal('cell');
    expect(indicatorRows(el).slice(0, 2)).to.deep.equal(PUBLISHED['pingli-2025'].first);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '离休' });
    await el.updateComplete;
    expect(count(el)).to.equal('显示 1 个项目的 7 项指标');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.indicators td')!).display).to.equal('block');
  });

  for (const bureau of BUREAUS) {
    it(`${bureau} at 320 px: captions read across the card, never a ribbon of single characters; nothing pans sideways`, async () => {
      const { box, el } = await renderInBox<PerfGoalTable>(320, html`<perf-goal-table src=${fixtureUrl(bureau)} theme="light"></perf-goal-table>`);
      expect(overflowsSideways(box)).to.equal(false);
      const captions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.indicators caption')];
      expect(captions.length).to.be.greaterThan(0);
      for (const caption of captions) expect(caption.getBoundingClientRect().width, caption.textContent!).to.be.greaterThan(240);
      // Stacked cards fit: none of their regions is a tab stop.
      expect(el.shadowRoot!.querySelectorAll('.indicators')[0]!.closest('.table-scroll')!.hasAttribute('tabindex')).to.equal(false);
    });
  }
});

import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { fixtureSettled } from '../../helpers/settled.js';
import { emulateFeatures, renderUnder } from '../../helpers/media.js';
import { insideHorizontally, overflowsSideways, renderInBox } from '../../helpers/layout.js';
import '../../../src/elements/budget-summary/budget-summary.define.js';
import type { BudgetSummary } from '../../../src/elements/budget-summary/budget-summary.js';
import { BUREAUS, fixtureUrl, loadRaw, type Bureau } from '../../data/fixtures.js';

async function render(bureau: Bureau, attrs: { lang?: string; unit?: string; theme?: string; sections?: string } = {}) {
  const { el, event } = await fixtureSettled<BudgetSummary>(html`<budget-summary
    src=${fixtureUrl(bureau)}
    lang=${attrs.lang ?? 'zh-CN'}
    unit=${attrs.unit ?? '万元'}
    theme=${attrs.theme ?? 'light'}
    sections=${attrs.sections ?? ''}
  ></budget-summary>`);
  expect(event.type, JSON.stringify(event.detail)).to.equal('budget-ready');
  return el;
}

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowText = (el: Element, caption: string): string[][] => {
  const table = [...el.shadowRoot!.querySelectorAll('table')].find((t) => t.caption?.textContent?.trim() === caption);
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
};

/** Marks a figure the element computed from published items. */
const D = '*（据公布数推算）';

/**
 * Published headline figures, read from ../shared/seeds: the function classes of each 收支总表
 * with their share of 本年支出合计 (beside the amount, so that it shows on a phone) and their
 * 基本 / 项目 split (from 支出总表, or 一般公共预算支出表 where that covers the year).
 */
const PUBLISHED: Record<Bureau, { title: string; totals: string[]; functions: string[][] }> = {
  'kaijiang-2025': {
    title: '开江县医疗保障局 2025 年部门预算',
    totals: ['收入总计 1,236.47', '支出总计 1,236.47'],
    functions: [
      ['208 社会保障和就业支出', '11.73', '0.9%', `11.73${D}`, `0.00${D}`],
      ['210 卫生健康支出', '1,216.37', '98.4%', `87.32${D}`, `1,129.06${D}`],
      ['221 住房保障支出', '8.37', '0.7%', `8.37${D}`, `0.00${D}`],
    ],
  },
  'gaoyang-2025': {
    title: '高阳县医疗保障局 2025 年部门预算',
    totals: ['收入总计 595.88', '支出总计 595.88'],
    functions: [
      ['208 社会保障和就业支出', '31.25', '5.2%', '31.25', '0.00'],
      ['210 卫生健康支出', '553.38', '92.9%', '214.38', '339.00'],
      ['221 住房保障支出', '11.25', '1.9%', '11.25', '0.00'],
    ],
  },
  'yuanjiang-2024': {
    title: '沅江市医疗保障局 2024 年部门预算',
    totals: ['收入总计 582.97', '支出总计 582.97'],
    functions: [
      ['210 卫生健康支出', '542.00', '93.0%', '473.78', '68.22'],
      ['221 住房保障支出', '40.97', '7.0%', '40.97', '0.00'],
    ],
  },
  'pingli-2025': {
    title: '平利县医疗保障局 2025 年部门预算',
    totals: ['收入总计 456.7178', '支出总计 456.7178'],
    functions: [
      ['208 社会保障和就业支出', '44.8679', '9.8%', `44.8679${D}`, '0.00'],
      ['210 卫生健康支出', '390.2922', '85.5%', `249.2922${D}`, '141.00'],
      ['221 住房保障支出', '21.5577', '4.7%', `21.5577${D}`, '0.00'],
    ],
  },
  'quxian-2024': {
    title: '渠县医疗保障局 2024 年部门预算',
    totals: ['收入总计 6,430.65', '支出总计 6,430.65', '本年收入合计 6,369.95', '本年支出合计 6,430.65', '上年结转 60.70'],
    functions: [
      ['208 社会保障和就业支出', '82.01', '1.3%', `82.01${D}`, `0.00${D}`],
      ['210 卫生健康支出', '5,984.53', '93.1%', `650.83${D}`, `5,333.70${D}`],
      ['212 城乡社区支出', '312.62', '4.9%', `0.00${D}`, `312.62${D}`],
      ['213 农林水支出', '4.40', '0.1%', `4.40${D}`, `0.00${D}`],
      ['221 住房保障支出', '47.10', '0.7%', `47.10${D}`, `0.00${D}`],
    ],
  },
};

describe('<budget-summary>', () => {
  for (const bureau of BUREAUS) {
    it(`shows the published totals of ${bureau}`, async () => {
      const el = await render(bureau);
      expect(text(el, 'h2')).to.equal(PUBLISHED[bureau].title);
      const totals = [...el.shadowRoot!.querySelectorAll('.totals > div')].map((d) => `${d.querySelector('dt')!.textContent} ${d.querySelector('dd')!.textContent}`);
      expect(totals).to.include.members(PUBLISHED[bureau].totals);
      expect(rowText(el, '支出功能分类')).to.deep.equal(PUBLISHED[bureau].functions);
    });

    it(`is accessible for ${bureau} in light and dark`, async () => {
      await expect(await render(bureau)).to.be.accessible();
      fixtureCleanup();
      await expect(await render(bureau, { theme: 'dark' })).to.be.accessible();
    });
  }

  /** 收入总计 of each bureau in 元 and 亿元, with English labels. */
  const IN_UNITS: Record<Bureau, [string, string]> = {
    'kaijiang-2025': ['12,364,700', '0.123647'],
    'gaoyang-2025': ['5,958,800', '0.059588'],
    'yuanjiang-2024': ['5,829,700', '0.058297'],
    'pingli-2025': ['4,567,178.00', '0.04567178'],
    'quxian-2024': ['64,306,500', '0.643065'],
  };
  for (const bureau of BUREAUS) {
    it(`shows ${bureau} in English, in 元 and in 亿元`, async () => {
      const [yuan, yi] = IN_UNITS[bureau];
      const inYuan = await render(bureau, { lang: 'en', unit: '元', sections: 'totals' });
      expect(text(inYuan, '.unit')).to.equal('Amounts in yuan (元)');
      expect(text(inYuan, '.totals > div')).to.equal(`Total income${yuan}`);
      const inYi = await render(bureau, { lang: 'en', unit: '亿元', sections: 'totals' });
      expect(text(inYi, '.totals > div')).to.equal(`Total income${yi}`);
    });
  }

  it('formats in 元, 万元 and 亿元 without losing published precision', async () => {
    const yuan = await render('kaijiang-2025', { unit: '元', sections: 'totals' });
    expect(text(yuan, '.totals dd')).to.equal('12,364,700');
    const yi = await render('kaijiang-2025', { unit: '亿元', sections: 'totals' });
    expect(text(yi, '.totals dd')).to.equal('0.123647');
    const pingli = await render('pingli-2025', { unit: '元', sections: 'totals' });
    expect(text(pingli, '.totals dd')).to.equal('4,567,178.00');
  });

  it('speaks English with the Chinese term kept visible', async () => {
    const el = await render('kaijiang-2025', { lang: 'en' });
    expect(text(el, 'h2')).to.equal('开江县医疗保障局: department budget 2025');
    expect(text(el, '.unit')).to.equal('Amounts in 10k yuan (万元)');
    expect(rowText(el, 'Expenditure by function')[1]).to.deep.equal(['210 Health 卫生健康支出', '1,216.37', '98.4%', '87.32* (derived from published figures)', '1,129.06* (derived from published figures)']);
  });

  it('keeps the Chinese term beside every English income line, the carry-over too (渠县)', async () => {
    const el = await render('quxian-2024', { lang: 'en', sections: 'income' });
    expect(rowText(el, 'Income by source').map((row) => row.slice(0, 2))).to.deep.equal([
      ['Fiscal appropriation: general public budget 一般公共预算拨款收入', '6,057.33'],
      ['Fiscal appropriation: government fund budget 政府性基金预算拨款收入', '312.62'],
      ['Carried over from last year 上年结转', '60.70'],
    ]);
  });

  it('gives the exact value in 元 to assistive technology', async () => {
    const el = await render('kaijiang-2025', { sections: 'totals' });
    const data = el.shadowRoot!.querySelector('.totals data')!;
    expect(data.getAttribute('value')).to.equal('12364700');
    expect(data.getAttribute('title')).to.equal('12,364,700.00 元');
  });

  it('says so, with the published note, when the 收支总表 is published empty', async () => {
    const doc = (await loadRaw('kaijiang-2025')) as { tables: { kind: string; status: string; note?: string; rows: unknown[] }[] };
    const overview = doc.tables.find((t) => t.kind === 'overview')!;
    Object.assign(overview, { status: 'empty', note: '此表无数据', rows: [] });
    const el = await fixture<BudgetSummary>(html`<budget-summary .data=${doc}></budget-summary>`);
    expect(text(el, '[role="status"]')).to.equal('此表无数据');
    expect(el.shadowRoot!.querySelectorAll('section, .totals').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows the published changes verbatim, once for totals that share them', async () => {
    const el = await render('gaoyang-2025', { sections: 'change' });
    const entries = [...el.shadowRoot!.querySelectorAll('.changes > div')].map((d) => [...d.children].map((c) => c.textContent!.trim()));
    expect(entries).to.deep.equal([
      ['收入总计、支出总计', '较2024年预算减少400.50万元'],
      ['基本支出', '基本支出增加17.50万元', '主要为人员增加1人，并且工资及保险基数调整导致人员经费增加。'],
      ['项目支出', '项目支出减少418.00万元', '主要为医疗救助资金改为市级统筹，上级下达补助资金由市医保局统筹支出，医疗救助资金减少。'],
    ]);
  });

  for (const bureau of BUREAUS) {
    it(`${bureau} at 320 px: nothing pans sideways, every amount and share in view`, async () => {
      for (const lang of ['zh-CN', 'en']) {
        const { box, el } = await renderInBox<BudgetSummary>(320, html`<budget-summary src=${fixtureUrl(bureau)} lang=${lang} theme="light"></budget-summary>`);
        expect(overflowsSideways(box), lang).to.equal(false);
        for (const tr of el.shadowRoot!.querySelectorAll('tbody tr')) {
          const [amount, share] = [...tr.querySelectorAll('td')];
          const region = tr.closest('.table-scroll')!;
          expect(insideHorizontally(amount!, region) && insideHorizontally(share!, region), `${lang} ${tr.textContent}`).to.equal(true);
        }
        fixtureCleanup();
      }
    });
  }

  it('shows only the sections asked for', async () => {
    const el = await render('kaijiang-2025', { sections: 'income' });
    expect(el.shadowRoot!.querySelectorAll('.totals').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('section').length).to.equal(1);
  });

  it('follows prefers-color-scheme', async () => {
    const dark = await renderUnder({ colorScheme: 'dark' }, () => render('quxian-2024', { theme: '' }));
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(20, 25, 31)');
    await expect(dark).to.be.accessible();
    await emulateFeatures({});
  });

  for (const bureau of BUREAUS) {
    it(`is accessible in forced-colors mode for ${bureau}`, async () => {
      const el = await renderUnder({ forcedColors: 'active' }, () => render(bureau, { theme: '' }));
      await expect(el).to.be.accessible();
      await emulateFeatures({});
    });
  }
});

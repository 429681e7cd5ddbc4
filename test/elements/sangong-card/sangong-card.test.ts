import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/elements/sangong-card/sangong-card.define.js';
import type { SangongCard } from '../../../src/elements/sangong-card/sangong-card.js';
import { BUREAUS, fixtureUrl, loadRaw, type Bureau } from '../../data/fixtures.js';
import { fixtureSettled } from '../../helpers/settled.js';
import { insideHorizontally, overflowsSideways, renderInBox } from '../../helpers/layout.js';

async function render(bureau: Bureau, attrs: { lang?: string; variant?: string; unit?: string } = {}) {
  const { el } = await fixtureSettled<SangongCard>(html`<sangong-card
    src=${fixtureUrl(bureau)}
    lang=${attrs.lang ?? 'zh-CN'}
    variant=${attrs.variant ?? 'full'}
    unit=${attrs.unit ?? '万元'}
  ></sangong-card>`);
  return el;
}

const cells = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
const Z = '0.00 （本年未安排）';
const D = '*（据公布数推算）';

/** The published 三公 figures in 万元, zeros included; 上年 and 增减 where published (or derived, marked). */
const PUBLISHED: Record<Bureau, string[][]> = {
  'kaijiang-2025': [
    ['合计', '0.20'],
    ['因公出国（境）费', Z],
    ['公务用车购置及运行（维护）费', Z],
    ['公务用车购置费', Z],
    ['公务用车运行（维护）费', Z],
    ['公务接待费', '0.20'],
  ],
  'gaoyang-2025': [
    ['合计', '1.46', `1.54${D}`, '-0.08', '-5.2%'],
    ['因公出国（境）费', Z, '—', '—', '—'],
    ['公务用车购置及运行（维护）费', '1.46', '—', '—', '—'],
    ['公务用车购置费', Z, '—', '—', '—'],
    ['公务用车运行（维护）费', '1.46', '—', '—', '—'],
    ['公务接待费', Z, '—', '—', '—'],
  ],
  // "2024 年“三公”经费预算与 2023 年持平": the change of the total is published (0), last year's total derived.
  'yuanjiang-2024': [
    ['合计', '3.00', `3.00${D}`, '0.00', '0.0%'],
    ['因公出国（境）费', Z, '—', '—', '—'],
    ['公务用车购置及运行（维护）费', Z, '—', '—', '—'],
    ['公务用车购置费', Z, '—', '—', '—'],
    ['公务用车运行（维护）费', Z, '—', '—', '—'],
    ['公务接待费', '3.00', '—', '—', '—'],
    ['会议费', '1.00', '—', '—', '—'],
    ['培训费', Z, '—', '—', '—'],
  ],
  'pingli-2025': [
    ['合计', '0.70', '0.70', '0.00', '0.0%'],
    ['因公出国（境）费', Z, '0.00', '0.00', '—'],
    ['公务用车购置及运行（维护）费', Z, '0.00', '0.00', '—'],
    ['公务用车购置费', Z, '0.00', '0.00', '—'],
    ['公务用车运行（维护）费', Z, '0.00', '0.00', '—'],
    ['公务接待费', '0.70', '0.70', '0.00', '0.0%'],
    ['会议费', Z, '0.00', '—', '—'],
    ['培训费', Z, '0.00', '—', '—'],
  ],
  'quxian-2024': [
    ['合计', '0.82', '—', '—', '—'],
    ['因公出国（境）费', Z, '—', '—', '—'],
    ['公务用车购置及运行（维护）费', Z, `0.00${D}`, '0.00', '—'],
    ['公务用车购置费', Z, '—', '—', '—'],
    ['公务用车运行（维护）费', Z, '—', '—', '—'],
    ['公务接待费', '0.82', `0.87${D}`, '-0.05', '-5.7%'],
    ['会议费', '0.50', '—', '—', '—'],
  ],
};

describe('<sangong-card>', () => {
  afterEach(() => fixtureCleanup());

  for (const bureau of BUREAUS) {
    it(`shows every published 三公 figure of ${bureau}, zeros in words`, async () => {
      const el = await render(bureau);
      expect(cells(el)).to.deep.equal(PUBLISHED[bureau]);
      await expect(el).to.be.accessible();
    });

    it(`has a compact variant for ${bureau} with the same figures`, async () => {
      const el = await render(bureau, { variant: 'compact' });
      const parts = [...el.shadowRoot!.querySelectorAll('.parts > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()]);
      expect(parts).to.deep.equal(PUBLISHED[bureau].slice(1, 6).map(([name, current]) => [name, current]));
      await expect(el).to.be.accessible();
    });
  }

  it('shows the published change and its explanation verbatim', async () => {
    const el = await render('gaoyang-2025');
    expect(el.shadowRoot!.querySelector('.change')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`与上年相比 -0.08`);
    expect([...el.shadowRoot!.querySelectorAll('.explanation p')].map((p) => p.textContent)).to.deep.equal([
      '与2024年相比减少0.08万元',
      '增减变化的主要原因是厉行节约，压缩开支。',
    ]);
  });

  it('breaks the figures down by fund type when several fund types have 三公 spending', async () => {
    const doc = (await loadRaw('quxian-2024')) as { sangong: Record<string, unknown> };
    const amounts = (reception: number) => ({ total: reception, outbound: 0, vehicles: 0, vehiclePurchase: 0, vehicleOperation: 0, reception });
    // 渠县 publishes one fund type; a second is added to exercise the breakdown.
    doc.sangong.byFund = [
      { fund: 'general-budget', amounts: amounts(8200) },
      { fund: 'gov-fund', amounts: amounts(0) },
    ];
    const el = await fixture<SangongCard>(html`<sangong-card .data=${doc}></sangong-card>`);
    const rows = [...el.shadowRoot!.querySelectorAll('.by-fund tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['一般公共预算', '0.82', Z, Z, '0.82'],
      ['政府性基金预算', Z, Z, Z, Z],
    ]);
    await expect(el).to.be.accessible();
  });

  for (const bureau of BUREAUS) {
    it(`${bureau} at 320 px: every figure of this year in view, nothing panning sideways`, async () => {
      for (const lang of ['zh-CN', 'en']) {
        const { box, el } = await renderInBox<SangongCard>(320, html`<sangong-card src=${fixtureUrl(bureau)} lang=${lang} theme="light"></sangong-card>`);
        expect(overflowsSideways(box), lang).to.equal(false);
        const region = el.shadowRoot!.querySelector('.table-scroll')!;
        for (const tr of region.querySelectorAll('tbody tr')) {
          const figure = tr.querySelector('td data')!;
          expect(insideHorizontally(figure, box), `${lang} ${tr.textContent}`).to.equal(true);
        }
        // Only a table wider than the card is a tab stop.
        expect(region.hasAttribute('tabindex'), lang).to.equal(region.scrollWidth > region.clientWidth);
        fixtureCleanup();
      }
    });
  }

  it('speaks English, keeping zero explicit', async () => {
    const el = await render('kaijiang-2025', { lang: 'en', unit: '元' });
    expect(cells(el)[1]).to.deep.equal(['Official travel abroad (incl. Hong Kong, Macao, Taiwan)', '0 (none this year)']);
    expect(cells(el)[5]).to.deep.equal(['Official receptions', '2,000']);
  });
});

import { expect, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/budget-treemap/budget-treemap.define.js';
import { PALETTE, type BudgetTreemap, type TreemapSelect } from '../../../src/elements/budget-treemap/budget-treemap.js';
import { contrast, labelColor } from '../../../src/layout/contrast.js';
import { BUREAUS, fixtureUrl, type Bureau } from '../../data/fixtures.js';
import { fixtureSettled, resizeHandled } from '../../helpers/settled.js';
import { emulateFeatures, renderUnder } from '../../helpers/media.js';

async function render(bureau: Bureau, attrs: { by?: string; fund?: string; width?: string } = {}) {
  const { el } = await fixtureSettled<BudgetTreemap>(html`<budget-treemap
    src=${fixtureUrl(bureau)}
    by=${attrs.by ?? 'function'}
    fund=${attrs.fund ?? 'all'}
    style="display: block; width: ${attrs.width ?? '720px'}"
  ></budget-treemap>`);
  // The width follows a ResizeObserver, applied in the next animation frame.
  await resizeHandled(el);
  return el;
}

const tiles = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.tile')];
const labels = (el: Element) => tiles(el).map((t) => t.getAttribute('aria-label'));
const active = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('aria-label');
const D = '*（据公布数推算）';

/**
 * Top-level tiles by function, largest first, from ../shared/seeds: classes that the tables
 * print only as items (项) are added up, and marked as derived in the table view.
 */
const PUBLISHED: Record<Bureau, { tiles: string[]; table: string[][] }> = {
  'kaijiang-2025': {
    tiles: ['210 卫生健康支出，1,216.38 万元，占 98.4%', '208 社会保障和就业支出，11.73 万元，占 0.9%', '221 住房保障支出，8.37 万元，占 0.7%'],
    table: [['210 卫生健康支出', `1,216.38${D}`, '98.4%', '98.4%'], ['208 社会保障和就业支出', `11.73${D}`, '0.9%', '0.9%'], ['221 住房保障支出', `8.37${D}`, '0.7%', '0.7%']],
  },
  'gaoyang-2025': {
    tiles: ['210 卫生健康支出，553.38 万元，占 92.9%', '208 社会保障和就业支出，31.25 万元，占 5.2%', '221 住房保障支出，11.25 万元，占 1.9%'],
    table: [['210 卫生健康支出', '553.38', '92.9%', '92.9%'], ['208 社会保障和就业支出', '31.25', '5.2%', '5.2%'], ['221 住房保障支出', '11.25', '1.9%', '1.9%']],
  },
  'yuanjiang-2024': {
    tiles: ['210 卫生健康支出，542.00 万元，占 93.0%', '221 住房保障支出，40.97 万元，占 7.0%'],
    table: [['210 卫生健康支出', '542.00', '93.0%', '93.0%'], ['221 住房保障支出', '40.97', '7.0%', '7.0%']],
  },
  'pingli-2025': {
    tiles: ['210 卫生健康支出，390.2922 万元，占 85.5%', '208 社会保障和就业支出，44.8679 万元，占 9.8%', '221 住房保障支出，21.5577 万元，占 4.7%'],
    table: [['210 卫生健康支出', '390.2922', '85.5%', '85.5%'], ['208 社会保障和就业支出', '44.8679', '9.8%', '9.8%'], ['221 住房保障支出', '21.5577', '4.7%', '4.7%']],
  },
  'quxian-2024': {
    tiles: [
      '210 卫生健康支出，5,984.53 万元，占 93.1%',
      '212 城乡社区支出，312.62 万元，占 4.9%',
      '208 社会保障和就业支出，82.01 万元，占 1.3%',
      '221 住房保障支出，47.10 万元，占 0.7%',
      '213 农林水支出，4.40 万元，占 0.1%',
    ],
    table: [
      ['210 卫生健康支出', `5,984.53${D}`, '93.1%', '93.1%'],
      ['212 城乡社区支出', `312.62${D}`, '4.9%', '4.9%'],
      ['208 社会保障和就业支出', `82.01${D}`, '1.3%', '1.3%'],
      ['221 住房保障支出', `47.10${D}`, '0.7%', '0.7%'],
      ['213 农林水支出', `4.40${D}`, '0.1%', '0.1%'],
    ],
  },
};

describe('<budget-treemap>', () => {
  afterEach(() => fixtureCleanup());

  for (const bureau of BUREAUS) {
    it(`shows the function classes of ${bureau} in tiles and, with the same figures, in the table view`, async () => {
      const el = await render(bureau);
      expect(labels(el)).to.deep.equal(PUBLISHED[bureau].tiles);
      await expect(el).to.be.accessible();
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
      expect(rows).to.deep.equal(PUBLISHED[bureau].table);
      await expect(el).to.be.accessible();
    });
  }

  it('is one tab stop with roving focus, arrow keys, Home/End and type-ahead', async () => {
    const el = await render('quxian-2024');
    expect(tiles(el).filter((t) => t.getAttribute('tabindex') === '0').length).to.equal(1);
    tiles(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[4]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[0]);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '2' });
    await el.updateComplete;
    // Type-ahead wraps round to the next tile starting with what was typed.
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[0]);
    // Characters typed in quick succession search together (sent as events: WebDriver types slowly).
    for (const key of '221') el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[3]);
    expect(el.shadowRoot!.querySelector('.details')!.textContent).to.contain('第 4 / 5 项');
  });

  it('drills down with Enter and back up with Escape, announcing each level', async () => {
    const el = await render('quxian-2024');
    tiles(el)[0]!.focus();
    const selected = oneEvent(el, 'budget-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<TreemapSelect>).detail).to.include({ code: '210', name: '卫生健康支出' });
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('21012，4,632.47 万元，占 77.4%');
    expect(el.shadowRoot!.querySelector('[aria-current="location"]')!.textContent).to.equal('卫生健康支出');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('已进入“卫生健康支出”，共 4 项');
    expect(tiles(el)[0]!.getAttribute('aria-level')).to.equal('2');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(PUBLISHED['quxian-2024'].tiles);
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[0]);
  });

  it('goes back up through the breadcrumb', async () => {
    const el = await render('kaijiang-2025');
    tiles(el)[0]!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    const crumb = el.shadowRoot!.querySelector<HTMLButtonElement>('nav button')!;
    expect(crumb.textContent).to.equal('支出功能分类');
    crumb.click();
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(PUBLISHED['kaijiang-2025'].tiles);
  });

  it('labels every tile in a colour with 4.5:1 contrast on its fill', async () => {
    for (const fill of PALETTE) expect(contrast(fill, labelColor(fill)), fill).to.be.at.least(4.5);
    const el = await render('quxian-2024', { by: 'economic' });
    const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.labels text')];
    expect(texts.length).to.be.greaterThan(0);
    const rects = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('.tile > rect:first-child')];
    for (const text of texts) {
      // The tile under the label: the rect whose corner the label is drawn from.
      const rect = rects.find((r) => Number(r.getAttribute('x')) + 6 === Number(text.getAttribute('x')) && Number(r.getAttribute('y')) + 18 === Number(text.getAttribute('y')))!;
      expect(contrast(rect.getAttribute('fill')!, text.getAttribute('fill')!)).to.be.at.least(4.5);
    }
  });

  it('follows its width and stays usable at 320 px', async () => {
    const el = await render('gaoyang-2025', { width: '320px', by: 'projects' });
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    expect(Number(svgEl.getAttribute('width'))).to.be.within(300, 320);
    expect(tiles(el).length).to.equal(7);
    await expect(el).to.be.accessible();
  });

  it('is accessible in forced-colors mode', async () => {
    const el = await renderUnder({ forcedColors: 'active' }, () => render('kaijiang-2025'));
    tiles(el)[0]!.focus();
    await expect(el).to.be.accessible();
    await emulateFeatures({});
  });

  it('filters by fund type', async () => {
    const el = await render('quxian-2024', { fund: 'gov-fund' });
    expect(labels(el)).to.deep.equal(['212 城乡社区支出，312.62 万元，占 100.0%']);
  });
});

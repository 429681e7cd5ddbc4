import { expect, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/budget-treemap/budget-treemap.define.js';
import { PALETTE, TINTS, BudgetTreemap, type TreemapSelect } from '../../../src/elements/budget-treemap/budget-treemap.js';
import { contrast, labelColor, tint } from '../../../src/layout/contrast.js';
import { BUREAUS, fixtureUrl, type Bureau } from '../../data/fixtures.js';
import { fixtureSettled, resizeHandled } from '../../helpers/settled.js';
import { emulateFeatures, renderUnder } from '../../helpers/media.js';

async function render(bureau: Bureau, attrs: { by?: string; fund?: string; width?: string; lang?: string } = {}) {
  const { el } = await fixtureSettled<BudgetTreemap>(html`<budget-treemap
    src=${fixtureUrl(bureau)}
    by=${attrs.by ?? 'function'}
    fund=${attrs.fund ?? 'all'}
    lang=${ifDefined(attrs.lang)}
    style="display: block; width: ${attrs.width ?? '720px'}"
  ></budget-treemap>`);
  // The width follows a ResizeObserver, applied in the next animation frame.
  await resizeHandled(el);
  return el;
}

const tiles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const top = (el: Element) => tiles(el).filter((t) => t.getAttribute('aria-level') === '1');
const labels = (el: Element) => top(el).map((t) => t.getAttribute('aria-label'));
const active = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('aria-label');
/** The tile labels shown whole, as the reader checks find them. */
const shownLabels = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile-label"]')].filter((label) => !label.hidden).map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
const D = '*（据公布数推算）';

/**
 * The first-level tiles by function, largest first, from ../shared/seeds: 类 the 支出总表 prints
 * only as items are added up; where the 部门收支总表 prints the same figure for the class, it is shown.
 */
const PUBLISHED: Record<Bureau, { tiles: string[]; table: string[][] }> = {
  'kaijiang-2025': {
    tiles: ['卫生健康支出，1,216.38 万元*，占 98.4%'],
    table: [['卫生健康支出', `1,216.38${D}`, '98.4%', '98.4%'], ['社会保障和就业支出', '11.73', '0.9%', '0.9%'], ['住房保障支出', '8.37', '0.7%', '0.7%']],
  },
  'gaoyang-2025': {
    tiles: ['卫生健康支出，553.38 万元，占 92.9%', '社会保障和就业支出，31.25 万元，占 5.2%', '住房保障支出，11.25 万元，占 1.9%'],
    table: [['卫生健康支出', '553.38', '92.9%', '92.9%'], ['社会保障和就业支出', '31.25', '5.2%', '5.2%'], ['住房保障支出', '11.25', '1.9%', '1.9%']],
  },
  'yuanjiang-2024': {
    tiles: ['卫生健康支出，542.00 万元，占 93.0%', '住房保障支出，40.97 万元，占 7.0%'],
    table: [['卫生健康支出', '542.00', '93.0%', '93.0%'], ['住房保障支出', '40.97', '7.0%', '7.0%']],
  },
  'pingli-2025': {
    tiles: ['卫生健康支出，390.2922 万元，占 85.5%', '社会保障和就业支出，44.8679 万元，占 9.8%', '住房保障支出，21.5577 万元，占 4.7%'],
    table: [['卫生健康支出', '390.2922', '85.5%', '85.5%'], ['社会保障和就业支出', '44.8679', '9.8%', '9.8%'], ['住房保障支出', '21.5577', '4.7%', '4.7%']],
  },
  'quxian-2024': {
    tiles: ['卫生健康支出，5,984.53 万元，占 93.1%', '城乡社区支出，312.62 万元，占 4.9%', '社会保障和就业支出，82.01 万元，占 1.3%', '住房保障支出，47.10 万元，占 0.7%'],
    table: [
      ['卫生健康支出', '5,984.53', '93.1%', '93.1%'],
      ['城乡社区支出', '312.62', '4.9%', '4.9%'],
      ['社会保障和就业支出', '82.01', '1.3%', '1.3%'],
      ['住房保障支出', '47.10', '0.7%', '0.7%'],
      ['农林水支出', '4.40', '0.1%', '0.1%'],
    ],
  },
};

describe('<budget-treemap>', () => {
  afterEach(() => fixtureCleanup());

  for (const bureau of BUREAUS) {
    it(`shows the function classes of ${bureau} in tiles and, with the same figures, in the table view`, async () => {
      const el = await render(bureau, { width: '1280px' });
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

    for (const [lang, pattern] of [
      ['zh-CN', /^\D\S*.* [\d,.]+ 万?元\*? 占 [\d.]+%$/],
      // English: the longer unit and share words wrap inside the tile, never inside a word.
      ['en', /^\D\S*.* [\d,.]+ (10k |100m )?yuan \([万亿]?元\)\*? [\d.]+% share$/],
    ] as const) {
      it(`labels at least five tiles of ${bureau} whole at 1280 px and two at 320 px, with name, amount and share (${lang})`, async () => {
        for (const [width, least] of [['1280px', 5], ['320px', 2]] as const) {
          const el = await render(bureau, { width, lang });
          const shown = shownLabels(el);
          expect(shown.length, `${width}: ${shown.join(' | ')}`).to.be.at.least(least);
          for (const text of shown) expect(text, text).to.match(pattern);
          for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile-label"]:not([hidden])')) {
            const [box, tile] = [label.getBoundingClientRect(), label.parentElement!.getBoundingClientRect()];
            expect([box.left >= tile.left - 0.5, box.right <= tile.right + 0.5, box.top >= tile.top - 0.5, box.bottom <= tile.bottom + 0.5]).to.deep.equal([true, true, true, true]);
            // Whole, not clipped by the label's own box.
            expect([label.scrollWidth <= label.clientWidth + 1, label.scrollHeight <= label.clientHeight + 1], label.textContent!).to.deep.equal([true, true]);
          }
          // A label that does not fit is not drawn at all.
          for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile-label"][hidden]')) expect(label.getClientRects().length).to.equal(0);
          for (const tile of tiles(el)) {
            const box = tile.getBoundingClientRect();
            expect(Math.min(box.width, box.height), tile.getAttribute('aria-label')!).to.be.at.least(24);
          }
          fixtureCleanup();
        }
      });
    }
  }

  it('names 款 the source prints as codes from the classification, marked as supplied, and says why a class differs from 收支总表', async () => {
    const el = await render('kaijiang-2025', { width: '1280px' });
    const names = tiles(el).map((t) => t.getAttribute('aria-label'));
    expect(names).to.include('医疗救助（补），1,097.06 万元*，占 90.2%');
    expect(names).to.include('医疗保障管理事务（补），113.77 万元*，占 9.4%');
    expect(names.some((n) => /\d{5}/.test(n!))).to.equal(false);
    const notes = el.shadowRoot!.querySelector('.notes')!.textContent!;
    expect(notes).to.contain('（补）：原表只印编码，名称据财政部《2025年政府收支分类科目》补充。');
    expect(notes).to.contain('卫生健康支出：各项相加为 1,216.38 万元，《部门收支总表》公布为 1,216.37 万元：各项已分别四舍五入，末位可能不同。');
    // Too small to draw, even gathered: offered as buttons with their figures.
    const omitted = [...el.shadowRoot!.querySelectorAll('.omitted button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(omitted[0]).to.equal('其他（2 项），20.10 万元*，占 1.6%');
  });

  it('says a tile and an item too small to draw in the language of its interface: English commas, no Chinese punctuation of its own', async () => {
    const el = await render('kaijiang-2025', { width: '1280px', lang: 'en' });
    const labels = tiles(el).map((t) => t.getAttribute('aria-label')!);
    expect(labels).to.include('医疗救助 (suppl.), 1,097.06 10k yuan (万元)*, 90.2% share');
    expect(labels.filter((label) => /[，：（）]/.test(label)), 'Chinese punctuation').to.deep.equal([]);
    const omitted = el.shadowRoot!.querySelector('.omitted')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(omitted).to.equal('Too small to draw: Other (2 items), 20.10 10k yuan (万元)*, 1.6% share 卫生健康支出 › 行政事业单位医疗 (suppl.), 5.55 10k yuan (万元)*, 0.5% share');
  });

  it('is a tree with one tab stop: ↓/↑, Home/End, type-ahead, → into a group, ← out of it and closing it', async () => {
    const el = await render('quxian-2024', { width: '1280px' });
    expect(tiles(el).filter((t) => t.tabIndex === 0).length).to.equal(1);
    tiles(el)[0]!.focus();
    expect(tiles(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal('财政对基本医疗保险基金的补助（补），4,632.47 万元*，占 77.4%');
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal('财政对城乡居民基本医疗保险基金的补助，4,632.47 万元，占 100.0%');
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)).to.equal('财政对基本医疗保险基金的补助（补），4,632.47 万元*，占 77.4%');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(tiles(el)[0]!.getAttribute('aria-expanded')).to.equal('false');
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[0]);
    await sendKeys({ press: 'End' });
    expect(active(el)).to.not.equal(PUBLISHED['quxian-2024'].tiles[0]);
    await sendKeys({ press: 'Home' });
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[0]);
    // Typed as events: WebDriver sends CJK text without a key event.
    for (const key of '城乡') el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[1]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.details')!.textContent).to.contain('城乡社区支出');
  });

  it('opens a group as the chart level with Enter and goes back up with Escape, announcing each level', async () => {
    const el = await render('quxian-2024', { width: '1280px' });
    tiles(el)[0]!.focus();
    const selected = oneEvent(el, 'budget-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<TreemapSelect>).detail).to.include({ code: '210', name: '卫生健康支出' });
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('财政对基本医疗保险基金的补助（补），4,632.47 万元*，占 77.4%');
    expect(el.shadowRoot!.querySelector('[aria-current="location"]')!.textContent).to.equal('卫生健康支出');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('已进入“卫生健康支出”，共 4 项');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(PUBLISHED['quxian-2024'].tiles);
    expect(active(el)).to.equal(PUBLISHED['quxian-2024'].tiles[0]);
  });

  it('keeps its tab stop through the table view, and draws a first view once', async () => {
    // The document's render, counted: a first view is drawn once, not again when the focus controller starts.
    const proto = BudgetTreemap.prototype as unknown as { renderDocument: (...args: unknown[]) => unknown };
    const renderDocument = proto.renderDocument;
    let renders = 0;
    proto.renderDocument = function (this: unknown, ...args: unknown[]) {
      renders++;
      return renderDocument.apply(this, args);
    };
    const el = await render('quxian-2024', { width: '1280px' }).finally(() => (proto.renderDocument = renderDocument));
    expect(renders).to.equal(1);
    const second = tiles(el)[1]!;
    second.focus();
    await el.updateComplete;
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    toggle.click();
    await el.updateComplete;
    toggle.click();
    await el.updateComplete;
    expect(tiles(el).filter((t) => t.tabIndex === 0).map((t) => t.getAttribute('aria-label'))).to.deep.equal([second.getAttribute('aria-label')]);
    expect(el.shadowRoot!.querySelector('.details')!.textContent).to.contain(second.getAttribute('aria-label')!.split('，')[0]!);
  });

  it('goes back up through the breadcrumb', async () => {
    const el = await render('gaoyang-2025');
    top(el)[0]!.click();
    await el.updateComplete;
    const crumb = el.shadowRoot!.querySelector<HTMLButtonElement>('nav button')!;
    expect(crumb.textContent).to.equal('支出功能分类');
    crumb.click();
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(PUBLISHED['gaoyang-2025'].tiles);
  });

  it('labels every tile in a colour with 4.5:1 contrast on its fill', async () => {
    for (const fill of PALETTE) for (const amount of TINTS) expect(contrast(tint(fill, amount), labelColor(tint(fill, amount))), fill).to.be.at.least(4.5);
    const el = await render('quxian-2024', { by: 'economic' });
    for (const tile of tiles(el)) {
      const style = getComputedStyle(tile);
      const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
      expect(contrast(hex(style.backgroundColor), hex(style.color))).to.be.at.least(4.5);
    }
  });

  it('follows its width and stays usable at 320 px', async () => {
    const el = await render('gaoyang-2025', { width: '320px', by: 'projects' });
    expect(el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect().width).to.be.within(296, 308);
    expect(top(el).length).to.be.at.least(2);
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
    expect(labels(el)).to.deep.equal(['城乡社区支出，312.62 万元*，占 100.0%']);
  });
});

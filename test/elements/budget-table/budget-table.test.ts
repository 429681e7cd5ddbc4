import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/budget-table/budget-table.define.js';
import type { BudgetTable } from '../../../src/elements/budget-table/budget-table.js';
import type { Table } from '../../../src/data/schema.js';
import { tableBlocks } from '../../../src/data/table-view.js';
import { BUREAUS, fixtureUrl, loadDocuments, type Bureau } from '../../data/fixtures.js';
import { fixtureSettled, layoutSettled, resizeHandled, until } from '../../helpers/settled.js';

/** Loaded before the tests are defined: one test per table of each bureau. */
const DOCS = await loadDocuments();
import { insideHorizontally } from '../../helpers/layout.js';
import { splitWords } from '../split-words.js';

async function render(bureau: Bureau, table: string, attrs: { unit?: string; lang?: string; expandLevel?: number; width?: string } = {}) {
  const { el, event } = await fixtureSettled<BudgetTable>(html`<div style="width: ${attrs.width ?? '900px'}">
    <budget-table
      src=${fixtureUrl(bureau)}
      table=${table}
      unit=${attrs.unit ?? '万元'}
      lang=${attrs.lang ?? 'zh-CN'}
      expand-level=${ifDefined(attrs.expandLevel)}
      theme="light"
    ></budget-table>
  </div>`);
  expect(event.type, JSON.stringify(event.detail)).to.equal('budget-ready');
  return (el.querySelector('budget-table') ?? el) as BudgetTable;
}

const root = (el: BudgetTable) => el.shadowRoot!;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const bodyRows = (el: BudgetTable) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')];
const rowTexts = (el: BudgetTable) => bodyRows(el).map((tr) => [...tr.cells].map((c) => squash(c.textContent)));
const stateText = (el: BudgetTable) => squash(root(el).querySelector('[part~="state"]')?.textContent);
const status = (el: BudgetTable) => squash(root(el).querySelector('[role="status"]')?.textContent);

/** A minimal RFC 4180 reader, for checking what the CSV export writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r')) field += c;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++; // the \n of \r\n
    }
  }
  return rows;
}

/**
 * Figures read from the published text in ../shared/seeds, in 万元 (平利 publishes in 元):
 * table, row (code and name), then its first cells as printed.
 */
const PUBLISHED: Record<Bureau, [table: string, row: string, cells: string[]][]> = {
  'kaijiang-2025': [
    ['fiscal-by-dept-economic', '301 工资福利支出', ['95.36', '95.36', '95.36', '95.36', '', '', '', '', '']],
    ['general-budget-basic', '合计', ['107.41', '97.47', '9.94']],
    ['overview', '210 十、卫生健康支出', ['1,216.37']],
  ],
  'gaoyang-2025': [['sangong', '合计', ['1.46', '1.46', '', '']]],
  'yuanjiang-2024': [['general-budget-basic', '合计', ['514.75', '496.61', '18.14']]],
  'pingli-2025': [['basic-by-dept-economic', '301 工资福利支出', ['', '', '282.7348', '282.7348', '', '']]],
  'quxian-2024': [['fiscal-by-dept-economic', '301 工资福利支出', ['717.06', '717.06']]],
};

describe('<budget-table>', () => {
  afterEach(() => fixtureCleanup());

  for (const bureau of BUREAUS) {
    for (const table of DOCS[bureau].tables) {
      it(`${bureau} ${table.id}: every row and cell as published, an empty table with its note`, async () => {
        const el = await render(bureau, table.id, { unit: '元' });
        const title = squash(root(el).querySelector('#title')?.textContent);
        // Numbered, unless the title already begins with its number (pingli's 表6 is titled "表6").
        const { number, title: printed } = table;
        expect(title, table.id).to.equal(number && !printed.replace(/\s/g, '').startsWith(number) ? `${number} ${printed}` : printed);
        if (table.status === 'unavailable') {
          expect(stateText(el)).to.equal('本表列在公开目录中，但公开文本中缺失。');
          return;
        }
        if (table.kind === 'project-goals' || table.kind === 'department-goals') {
          expect(stateText(el)).to.equal('本表为绩效目标表，内容见绩效目标部分。');
          return;
        }
        if (table.note) expect(squash(root(el).querySelector('[part="note"]')?.textContent)).to.equal(squash(table.note));
        expectCells(el, table);
      });
    }
  }

  /** Every row in published order, and every cell's exact value in 元 (`<data value>`) or its printed text. */
  function expectCells(el: BudgetTable, table: Table) {
    const tables = root(el).querySelectorAll('table');
    tableBlocks(table).forEach((block, b) => {
      const rows = [...tables[b]!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
      if (block.rows.length === 0) {
        expect(squash(rows[0]!.textContent), `${table.id}: empty`).to.equal('此表无数据');
        // The published note once, under the table, not repeated in it.
        if (table.note) expect(squash(root(el).textContent).split(squash(table.note)).length - 1, `${table.id}: note once`).to.equal(1);
        return;
      }
      expect(rows.length, `${table.id} rows`).to.equal(block.rows.length);
      block.rows.forEach((row, i) => {
        const tr = rows[i]!;
        const where = `${table.id} row ${i} ${row.name}`;
        expect(squash(tr.cells[0]!.textContent).replace(/\s/g, ''), where).to.equal(`${row.code ?? ''}${row.name || '（未标名称的行）'}`.replace(/\s/g, ''));
        block.columns.forEach((column, c) => {
          const cell = tr.cells[c + 1]!;
          const value = row.values[column.key];
          const data = cell.querySelector('data');
          if (typeof value === 'number' && (column.type ?? 'amount') === 'amount') expect(Number(data?.value), `${where} ${column.key}`).to.equal(value);
          else if (value === null || value === undefined) expect(squash(cell.textContent), `${where} ${column.key}`).to.equal('');
          else expect(squash(cell.textContent).replace(/[,%]/g, ''), `${where} ${column.key}`).to.equal(String(value).replace(/\s+/g, ' ').trim());
        });
      });
    });
  }

  for (const bureau of BUREAUS) {
    it(`${bureau}: published figures read from the source, in 万元`, async () => {
      for (const [table, name, cells] of PUBLISHED[bureau]) {
        const el = await render(bureau, table);
        const row = rowTexts(el).find((r) => r[0] === name);
        expect(row?.slice(0, cells.length + 1), `${table}: ${name}`).to.deep.equal([name, ...cells]);
      }
    });
  }

  for (const bureau of BUREAUS) {
    for (const table of DOCS[bureau].tables.filter((t) => t.status !== 'unavailable' && t.rows.length > 0)) {
      it(`${bureau} ${table.id}: the CSV holds exactly the rows shown, and its numbers read back to the published 元`, async () => {
        const el = await render(bureau, table.id);
        const text = el.csv();
        expect(text.startsWith('\uFEFF'), 'byte-order mark').to.equal(true);
        const [header, ...lines] = parseCsv(text.slice(1));
        const blocks = tableBlocks(table);
        const sectioned = table.sections !== undefined;
        expect(lines.length, table.id).to.equal(table.rows.length);
        let line = 0;
        for (const block of blocks) {
          if (!sectioned) expect(header!.slice(2).length).to.equal(block.columns.length);
          for (const row of block.rows) {
            const cells = lines[line++]!.slice(sectioned ? 1 : 0);
            expect(cells[0], table.id).to.equal(row.code ?? '');
            block.columns.forEach((column, c) => {
              const value = row.values[column.key];
              const read = cells[c + 2]!;
              if (typeof value === 'number' && (column.type ?? 'amount') === 'amount') {
                expect(Math.round(Number(read) * 1e4 * 100) / 100, `${table.id} ${row.name} ${column.key}`).to.equal(value);
              } else expect(read, `${table.id} ${row.name} ${column.key}`).to.equal(value == null ? '' : String(value));
            });
          }
        }
      });
    }
  }

  it('names the unit in the CSV header, and exports the order and the collapsed rows shown', async () => {
    const el = await render('kaijiang-2025', 'general-budget-basic', { expandLevel: 2 });
    const [header, ...lines] = parseCsv(el.csv().slice(1));
    expect(header).to.deep.equal(['编码', '项目', '基本支出 / 合计（万元）', '基本支出 / 人员经费（万元）', '基本支出 / 公用经费（万元）']);
    // Collapsed below the unit: 合计, its unnamed repeat, the unit and the three classes.
    expect(lines.map((l) => l[1])).to.deep.equal(['合计', '', '开江县医疗保障局', '工资福利支出', '商品和服务支出', '对个人和家庭的补助']);
    expect(bodyRows(el).length).to.equal(6);
  });

  it('expands, collapses and moves by row and by cell from the keyboard as a treegrid (one tab stop, arrows, Enter)', async () => {
    const el = await render('kaijiang-2025', 'general-budget-basic');
    const grid = root(el).querySelector('table')!;
    expect(grid.getAttribute('role')).to.equal('treegrid');
    const rows = () => bodyRows(el);
    expect(rows().filter((tr) => tr.tabIndex === 0).length, 'one tab stop').to.equal(1);
    rows()[0]!.focus();
    // 合计 → (unnamed) → 开江县医疗保障局 → 301 工资福利支出
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const focused = () => root(el).activeElement as HTMLTableRowElement;
    expect(squash(focused().cells[0]!.textContent)).to.equal('301 工资福利支出');
    expect(focused().getAttribute('aria-expanded')).to.equal('true');
    expect(focused().getAttribute('aria-level')).to.equal('3');
    const before = rows().length;
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused().getAttribute('aria-expanded')).to.equal('false');
    expect(rows().length, '301 holds ten rows').to.equal(before - 10);
    expect(status(el)).to.equal('');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(rows().length).to.equal(before);
    // On an expanded row, → enters its cells: along the row, then down the same column.
    await sendKeys({ press: 'ArrowRight' });
    const cell = () => root(el).activeElement as HTMLTableCellElement;
    expect(squash(cell().textContent)).to.equal('301 工资福利支出');
    await sendKeys({ press: 'ArrowRight' });
    expect([cell().tagName, squash(cell().textContent)]).to.deep.equal(['TD', '95.36']);
    await sendKeys({ press: 'ArrowDown' });
    expect(squash(cell().textContent)).to.equal('31.00');
    expect(squash((cell().parentElement as HTMLTableRowElement).cells[0]!.textContent)).to.equal('30101 基本工资');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(squash(focused().cells[0]!.textContent), '← from the first cell returns to the row').to.equal('30101 基本工资');
    // Left from a child row goes to its parent; Enter toggles.
    await sendKeys({ press: 'ArrowLeft' });
    expect(squash(focused().cells[0]!.textContent)).to.equal('301 工资福利支出');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused().getAttribute('aria-expanded')).to.equal('false');
    expect(rows().filter((tr) => tr.tabIndex === 0)).to.deep.equal([focused()]);
    await sendKeys({ press: 'End' });
    expect(squash(focused().cells[0]!.textContent)).to.equal(squash(rows().at(-1)!.cells[0]!.textContent));
    await expect(el).to.be.accessible();
  });

  it('sorts a figure column from the keyboard within each level, says so, and returns to the published order', async () => {
    const el = await render('kaijiang-2025', 'general-budget-basic');
    const names = () => rowTexts(el).map((r) => r[0]);
    const published = names();
    const header = root(el).querySelectorAll('thead th')[2]!;
    const button = header.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(root(el).querySelectorAll('[aria-sort]').length, 'aria-sort on the sorted column only').to.equal(1);
    expect(status(el)).to.equal('已按“合计”降序排列');
    // Siblings by 合计, largest first (301 95.36, 302 12.05, 303 0.01), each class followed by its items.
    const sorted = names();
    expect(sorted.slice(0, 4)).to.deep.equal(['合计', '开江县医疗保障局', '301 工资福利支出', '30101 基本工资']);
    expect(sorted.indexOf('302 商品和服务支出')).to.be.lessThan(sorted.indexOf('303 对个人和家庭的补助'));
    expect(sorted).to.have.members(published);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(names().indexOf('303 对个人和家庭的补助')).to.be.lessThan(names().indexOf('302 商品和服务支出'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header.hasAttribute('aria-sort')).to.equal(false);
    expect(status(el)).to.equal('已恢复公布顺序');
    expect(names()).to.deep.equal(published);
  });

  it('draws the sort state by shape: two triangles unsorted, one when sorted', async () => {
    const el = await render('quxian-2024', 'general-budget-expenditure');
    const glyph = () => root(el).querySelectorAll('thead th')[1]!.querySelectorAll('svg path').length;
    expect(glyph()).to.equal(2);
    root(el).querySelectorAll('thead th')[1]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(glyph()).to.equal(1);
  });

  it('spans the published column groups and ties every cell to its headers', async () => {
    const el = await render('kaijiang-2025', 'fiscal-by-dept-economic');
    const groups = [...root(el).querySelectorAll('thead th[scope="colgroup"]')].map((th) => [squash(th.textContent), th.getAttribute('colspan')]);
    expect(groups).to.deep.equal([
      ['省级当年财政拨款安排', '4'],
      ['上年结转安排', '4'],
      ['一般公共预算拨款', '3'],
      ['一般公共预算拨款', '3'],
    ]);
    const cell = bodyRows(el)[3]!.cells[4]!;
    const names = cell.getAttribute('headers')!.split(' ').map((id) => squash(root(el).getElementById(id)!.textContent));
    expect(names).to.deep.equal(['301 工资福利支出', '省级当年财政拨款安排', '一般公共预算拨款', '基本支出']);
    await expect(el).to.be.accessible();
  });

  it('shows the two sides of a statement as two tables', async () => {
    const el = await render('yuanjiang-2024', 'overview');
    const captions = [...root(el).querySelectorAll('caption')].map((c) => squash(c.textContent));
    expect(captions).to.have.length(4);
    expect(captions[0]).to.match(/（收入）$/);
    await expect(el).to.be.accessible();
  });

  // Every table of every bureau, in Chinese or in English by turns.
  for (const bureau of BUREAUS) {
    for (const table of DOCS[bureau].tables) {
      const lang = table.rows.length % 2 ? 'en' : 'zh-CN';
      it(`${bureau} ${table.id}: passes axe-core (${lang})`, async () => {
        const el = await render(bureau, table.id, { lang });
        await expect(el, `${bureau} ${table.id}`).to.be.accessible();
      });
    }
  }

  it('at 320 px the table scrolls in its own keyboard-reachable region while the heading wraps', async () => {
    // A 320 px column (the element follows its container; WebDriver cannot resize the viewport).
    const el = await render('quxian-2024', 'fiscal-by-dept-economic', { width: '320px' });
    const region = root(el).querySelector<HTMLElement>('.table-scroll')!;
    const title = root(el).querySelector<HTMLElement>('#title')!;
    await layoutSettled(el, region, title);
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(title.getBoundingClientRect().width).to.be.at.most(320);
    expect(title.getBoundingClientRect().height, 'the heading wraps').to.be.greaterThan(parseFloat(getComputedStyle(title).lineHeight) * 1.5);
    region.focus();
    await until(() => root(el).activeElement === region);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => region.scrollLeft > 0);
    expect(region.scrollLeft).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('keeps a figure in a text cell on one line with its unit ("12万元"), at every width from a phone\'s up', async () => {
    const el = await render('pingli-2025', 'special-funds', { width: '288px' });
    const box = el.parentElement!;
    const cell = [...root(el).querySelectorAll('td')].find((td) => td.textContent!.includes('12万元'))!;
    // The column narrows and widens with the box: at each width the line breaks fall elsewhere in the cell.
    const split = new Set<string>();
    for (let width = 240; width <= 720; width += 8) {
      box.style.width = `${width}px`;
      for (const word of splitWords(cell)) split.add(`${word} at ${width} px`);
    }
    expect([...split]).to.deep.equal([]);
  });

  it('a region is a tab stop, with a hint and an edge shadow, only while its table overflows', async () => {
    const el = await render('quxian-2024', 'fiscal-by-dept-economic', { width: '320px' });
    const region = root(el).querySelector<HTMLElement>('.table-scroll')!;
    const table = region.querySelector('table')!;
    // The hint's line: how far the table starts below the region's top (the region is not scrolled down).
    const hintLine = () => table.getBoundingClientRect().top - region.getBoundingClientRect().top;
    // The edge shadows follow scrolling where an animation can (Chromium, Safari): the width of each, left and right.
    const scrollShadows = CSS.supports('animation-timeline: scroll()');
    // A scroll timeline follows the region in the next frame: each state is waited for (never arriving, the test times out).
    const edges = (left: boolean, right: boolean) =>
      !scrollShadows || until(() => getComputedStyle(region, '::after').backgroundSize.split(',').map((size) => parseFloat(size) > 0).join() === `${left},${right}`, `edge shadows ${left}, ${right}`);
    await layoutSettled(el, region);
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.dataset.hint).to.equal('⇆ 左右滑动查看更多');
    expect(getComputedStyle(region, '::before').content, 'the hint shown, not read out').to.match(/attr\(data-hint\)|左右滑动/);
    expect(hintLine(), 'the hint takes a line above the table').to.be.within(12, 30);
    await edges(false, true); // more to the right only
    region.scrollLeft = region.scrollWidth;
    await layoutSettled(region);
    expect(hintLine(), 'the hint stays as the table scrolls sideways').to.be.within(12, 30);
    await edges(true, false); // scrolled to the end: more to the left only
    // Back to the start first: Chromium keeps the end's shadow on a region that stops overflowing while scrolled to its
    // end (README, Hydration, a known gap).
    region.scrollLeft = 0;
    await edges(false, true);
    // Wide enough for every column: no hint, no shadow. The table is still taller than its region (70vh), which
    // keeps it a tab stop: it scrolls down from the keyboard.
    el.parentElement!.style.width = '4000px';
    await resizeHandled(el);
    await layoutSettled(el, region);
    expect(hintLine(), 'no hint line').to.be.below(1);
    await edges(false, false); // no edge shadow
    expect(region.scrollHeight).to.be.greaterThan(region.clientHeight);
    expect(region.getAttribute('tabindex'), 'still scrolls down').to.equal('0');
    // Tall enough too: nothing to scroll, so no tab stop.
    el.style.setProperty('--budget-table-max-height', 'none');
    await resizeHandled(el);
    expect(region.scrollHeight).to.be.at.most(region.clientHeight + 1);
    expect(region.hasAttribute('tabindex'), 'no tab stop').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('prints no hint', async () => {
    const el = await render('quxian-2024', 'fiscal-by-dept-economic', { width: '320px' });
    const region = root(el).querySelector<HTMLElement>('.table-scroll')!;
    await layoutSettled(el, region);
    const print = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    const hidden = print.flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]).filter((rule) => rule.style?.display === 'none').map((rule) => rule.selectorText);
    expect(hidden.join(','), 'hidden on paper').to.include('.table-scroll::before');
  });

  it('at 320 px the first figure column (合计) shows beside the names, and a focused row scrolls to its start', async () => {
    const el = await render('kaijiang-2025', 'general-budget-basic', { width: '320px' });
    const region = root(el).querySelector<HTMLElement>('.table-scroll')!;
    for (const tr of bodyRows(el)) expect(insideHorizontally(tr.cells[1]!, region), squash(tr.cells[0]!.textContent)).to.equal(true);
    // Scrolled fully right (as sort buttons leave it), then Tab reaches the first row.
    region.scrollLeft = region.scrollWidth;
    const row = bodyRows(el)[0]!;
    row.focus();
    await layoutSettled();
    expect(region.scrollLeft).to.equal(0);
    expect(insideHorizontally(row.cells[1]!, region)).to.equal(true);
  });

  it('keeps a focused cell and its ring clear of the sticky name column', async () => {
    const el = await render('kaijiang-2025', 'fiscal-by-dept-economic', { width: '320px' });
    const region = root(el).querySelector<HTMLElement>('.table-scroll')!;
    const names = root(el).querySelector<HTMLElement>('th.name')!;
    const button = root(el).querySelector<HTMLElement>('button.sort')!;
    region.scrollLeft = region.scrollWidth;
    button.focus();
    await layoutSettled();
    expect(button.getBoundingClientRect().left, 'beside the names, not under them').to.be.at.least(names.getBoundingClientRect().right - 1);
  });

  it('a focused row\'s sticky name cell draws its own part of the ring, rather than covering it', async () => {
    const el = await render('kaijiang-2025', 'general-budget-basic');
    bodyRows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const row = root(el).activeElement as HTMLTableRowElement;
    expect(row.matches('tr[data-row]:focus-visible')).to.equal(true);
    expect(getComputedStyle(row.cells[0]!).boxShadow).to.contain('inset');
    expect(getComputedStyle(row.cells[1]!).boxShadow).to.equal('none');
  });

  it('sort buttons say that they sort, in both languages', async () => {
    const zh = await render('kaijiang-2025', 'general-budget-basic');
    expect(root(zh).querySelector('button.sort')!.getAttribute('aria-label')).to.equal('合计，按此列排序');
    fixtureCleanup();
    const en = await render('kaijiang-2025', 'general-budget-basic', { lang: 'en' });
    expect(root(en).querySelector('button.sort')!.getAttribute('aria-label')).to.equal('Sort by 合计');
  });

  for (const [bureau, table] of [['gaoyang-2025', 'procurement'], ['pingli-2025', 'procurement']] as const) {
    it(`${bureau} ${table}: an empty table's headers stay readable, at 320 px and at 1280 px`, async () => {
      for (const width of ['320px', '1280px']) {
        const el = await render(bureau, table, { width });
        for (const th of root(el).querySelectorAll<HTMLElement>('thead th')) {
          const size = parseFloat(getComputedStyle(th).fontSize);
          expect(th.getBoundingClientRect().width, `${width} ${squash(th.textContent)}`).to.be.at.least(3 * size);
        }
        fixtureCleanup();
      }
    });
  }

  it('English interface around the Chinese table, with the unit named', async () => {
    const el = await render('pingli-2025', 'general-budget-expenditure', { lang: 'en' });
    expect(squash(root(el).querySelector('.meta')?.textContent)).to.match(/ · 2025 · Amounts in 10k yuan \(万元\) · General public budget$/);
    expect(root(el).querySelector('table')!.getAttribute('lang')).to.equal('zh-CN');
    expect([...root(el).querySelectorAll('.controls button')].map((b) => b.textContent!.trim())).to.include('Download CSV');
  });

  it('says so in place when the table does not exist', async () => {
    const el = await render('kaijiang-2025', 'no-such-table');
    expect(stateText(el)).to.equal('本文档中没有“no-such-table”这张表。');
  });
});

describe('<budget-table> with 10,000 rows', () => {
  afterEach(() => fixtureCleanup());

  it('renders the rows around its scroll window, placed for assistive technology, and every row for print', async () => {
    const rows = [
      { name: '合计', role: 'total', values: { total: 0 } },
      ...Array.from({ length: 10_000 }, (_, i) => ({ code: `30${String(100 + (i % 900)).padStart(3, '0')}`, name: `项目 ${i}`, level: 1, values: { total: i } })),
    ];
    const doc = {
      schemaVersion: '1.0',
      kind: 'budget',
      meta: { department: { name: '测试' }, region: { province: '测试' }, year: 2025, publishedUnit: '元', units: [{ name: '测试' }], source: { title: 't' } },
      tables: [{ id: 'big', kind: 'other', title: '大表', status: 'published', columns: [{ key: 'total', label: '合计' }], rows }],
      sections: [],
    };
    const { el } = await fixtureSettled<BudgetTable>(html`<budget-table .data=${doc}></budget-table>`);
    const table = root(el).querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal(String(10_002));
    expect(bodyRows(el).length).to.be.within(20, 200);
    expect(bodyRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    // The region is as tall as all the rows, so its scrollbar is true to the table.
    const region = root(el).querySelector<HTMLElement>('.table-scroll')!;
    await layoutSettled(region);
    const rowHeight = bodyRows(el)[11]!.offsetTop - bodyRows(el)[10]!.offsetTop;
    expect(Math.abs(region.scrollHeight - table.tHead!.offsetHeight - 10_001 * rowHeight)).to.be.below(region.scrollHeight * 0.002);
    region.scrollTop = region.scrollHeight;
    await until(() => bodyRows(el).at(-1)?.getAttribute('aria-rowindex') === '10002', 'the last row drawn after scrolling to the end');
    const last = bodyRows(el).at(-1)!;
    expect(squash(last.cells[0]!.textContent)).to.equal('30199 项目 9999');
    expect(last.getAttribute('aria-rowindex')).to.equal('10002');
    // End from the first row, which is out of the window now, still reaches the last row.
    region.scrollTop = 0;
    await until(() => bodyRows(el)[0]?.getAttribute('aria-rowindex') === '2', 'the first row drawn after scrolling back to the top');
    bodyRows(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await until(() => (root(el).activeElement as HTMLTableRowElement | null)?.getAttribute('aria-rowindex') === '10002', 'focus on the last row after End');
    expect(squash((root(el).activeElement as HTMLTableRowElement).cells[0]!.textContent)).to.equal('30199 项目 9999');
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(bodyRows(el).length).to.equal(10_001);
    expect(table.hasAttribute('aria-rowcount')).to.equal(false);
    dispatchEvent(new Event('afterprint'));
  });
});

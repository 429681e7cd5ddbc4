import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/elements/budget-report/budget-report.define.js';
import type { BudgetReport } from '../../../src/elements/budget-report/budget-report.js';
import type { BudgetTable } from '../../../src/elements/budget-table/budget-table.js';
import type { BudgetDocument } from '../../../src/data/schema.js';
import { BUREAUS, fixtureUrl, loadRaw, type Bureau } from '../../data/fixtures.js';
import { fixtureSettled, layoutSettled, until } from '../../helpers/settled.js';
import { overflowsSideways, renderInBox } from '../../helpers/layout.js';
import { StatementSubject } from '../../../src/data/schema.js';
import { catalogue, subjectLabel } from '../../../src/i18n/index.js';

async function render(bureau: Bureau, attrs: { id?: string; lang?: string } = {}) {
  const { el, event } = await fixtureSettled<BudgetReport>(
    html`<budget-report id=${ifDefined(attrs.id)} src=${fixtureUrl(bureau)} lang=${attrs.lang ?? 'zh-CN'} theme="light"></budget-report>`,
  );
  expect(event.type, JSON.stringify(event.detail)).to.equal('budget-ready');
  await settleEmbedded(el);
  return el;
}

/** Waits for the elements the report embeds, which load the same document in their own update. */
async function settleEmbedded(el: BudgetReport) {
  await Promise.all([...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('[data-embed]')].map((e) => e.updateComplete));
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (el: BudgetReport) => el.shadowRoot!;
/** Each part's heading: its own, or that of the item promoted to head it (an embedded element's title). */
const partTitles = (el: BudgetReport) =>
  [...root(el).querySelectorAll('.part')].map((part) =>
    squash((part.querySelector(':scope > h3') ?? part.querySelector<HTMLElement>(':scope > .promoted > [data-embed]')!.shadowRoot!.querySelector('#title'))!.textContent),
  );

/** The parts each disclosure has, in the report's order (沅江 and 渠县 explain changes; 开江 publishes no narrative figures with reasons). */
const PARTS: Record<Bureau, string[]> = {
  'kaijiang-2025': ['部门概况', '收支预算总体情况', '部门预算公开表', '“三公”经费', '绩效目标', '其他公开事项', '名词解释'],
  'gaoyang-2025': ['部门概况', '收支预算总体情况', '部门预算公开表', '“三公”经费', '绩效目标', '其他公开事项', '增减变化情况说明', '名词解释'],
  'yuanjiang-2024': ['部门概况', '收支预算总体情况', '部门预算公开表', '“三公”经费', '绩效目标', '其他公开事项', '增减变化情况说明', '名词解释'],
  'pingli-2025': ['部门概况', '收支预算总体情况', '部门预算公开表', '“三公”经费', '绩效目标', '其他公开事项', '增减变化情况说明', '名词解释'],
  'quxian-2024': ['部门概况', '收支预算总体情况', '部门预算公开表', '“三公”经费', '绩效目标', '其他公开事项', '增减变化情况说明', '名词解释'],
};

describe('<budget-report>', () => {
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  for (const bureau of BUREAUS) {
    it(`${bureau}: the whole disclosure in order, every table, section, statement and glossary entry`, async () => {
      const doc = (await loadRaw(bureau)) as BudgetDocument;
      const el = await render(bureau);
      expect(partTitles(el)).to.deep.equal(PARTS[bureau]);
      const tables = [...root(el).querySelectorAll<BudgetTable>('budget-table')].map((t) => t.table);
      expect(tables).to.deep.equal(doc.tables.filter((t) => t.kind !== 'project-goals' && t.kind !== 'department-goals').map((t) => t.id));
      const paragraphs = [...root(el).querySelectorAll('.item > p')].map((p) => p.textContent);
      expect(paragraphs).to.have.members(doc.sections.flatMap((s) => s.paragraphs));
      expect(root(el).querySelectorAll('.glossary dt').length).to.equal(doc.glossary?.length ?? 0);
      const explained = (doc.statements ?? []).filter((s) => s.changeText || s.explanation);
      expect(root(el).querySelectorAll('table.changes tbody tr').length).to.equal(explained.length);
      // Every table, section and part is listed in the contents, linking to its id in the shadow root.
      const links = [...root(el).querySelectorAll('nav a')].map((a) => a.getAttribute('href')!.slice(1));
      for (const table of tables) expect(links).to.include(`t-${table}`);
      for (const id of links) expect(root(el).getElementById(id), id).to.not.equal(null);
      expect(root(el).querySelector('sangong-card')).to.not.equal(null);
      expect(root(el).querySelector('budget-summary')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('lists each table under its number once, in both languages: a title that begins with its number is not numbered again (平利 表6 "表6")', async () => {
    for (const bureau of BUREAUS) {
      const doc = (await loadRaw(bureau)) as BudgetDocument;
      const tables = new Map(doc.tables.map((t) => [`t-${t.id}`, t]));
      for (const lang of ['zh-CN', 'en']) {
        const el = await render(bureau, { lang });
        const listed = [...root(el).querySelectorAll('nav a')].filter((a) => tables.has(a.getAttribute('href')!.slice(1)));
        expect(listed.length, `${bureau} ${lang}`).to.be.greaterThan(5);
        for (const link of listed) {
          const { number, title } = tables.get(link.getAttribute('href')!.slice(1))!;
          const expected = number && !title.replace(/\s/g, '').startsWith(number) ? `${number} ${title}` : title;
          expect(squash(link.textContent), `${bureau} ${lang}`).to.equal(expected);
        }
        fixtureCleanup();
      }
    }
    const el = await render('pingli-2025', { lang: 'en' });
    expect(squash(root(el).querySelector('a[href="#t-table-6"]')!.textContent)).to.equal('表6');
    const table = root(el).querySelector<BudgetTable>('budget-table[table="table-6"]')!;
    expect(squash(table.shadowRoot!.querySelector('#title')!.textContent)).to.equal('表6');
  });

  it('nests the headings of what it embeds below its own (report h2, parts h3, items h4, their parts h5)', async () => {
    const el = await render('kaijiang-2025');
    expect(root(el).querySelector('header > h2')!.textContent).to.equal('开江县医疗保障局 2025 年部门预算公开');
    const summary = root(el).querySelector('budget-summary')!;
    expect(summary.shadowRoot!.querySelector('#title')!.tagName).to.equal('H4');
    expect(summary.shadowRoot!.querySelector('h5')).to.not.equal(null);
    const table = root(el).querySelector('budget-table')!;
    expect(table.shadowRoot!.querySelector('#title')!.tagName).to.equal('H4');
  });

  it('opens at the item the page address names, and follows later fragment changes', async () => {
    history.replaceState(null, '', '#t-sangong');
    const el = await render('quxian-2024');
    await until(() => root(el).activeElement?.id === 't-sangong', 'the item named by the address to take focus');
    location.hash = '#glossary';
    await new Promise((r) => addEventListener('hashchange', r, { once: true }));
    expect(root(el).activeElement?.id).to.equal('glossary');
    const glossary = root(el).getElementById('glossary')!;
    await layoutSettled(glossary);
    const top = glossary.getBoundingClientRect().top;
    expect(Math.abs(top)).to.be.below(40);
    // A malformed fragment is ignored, not thrown into the page.
    const errors: unknown[] = [];
    const record = (event: ErrorEvent) => errors.push(event.error);
    addEventListener('error', record);
    location.hash = '#%E0%A4%A';
    await new Promise((r) => addEventListener('hashchange', r, { once: true }));
    removeEventListener('error', record);
    expect(errors).to.deep.equal([]);
    expect(root(el).activeElement?.id).to.equal('glossary');
  });

  it('scopes its fragments by its id, so two reports on a page link apart', async () => {
    const el = await render('pingli-2025', { id: 'pingli' });
    expect(root(el).querySelector('nav a')!.getAttribute('href')).to.equal('#pingli-profile');
    const link = root(el).querySelector<HTMLAnchorElement>('nav a[href="#pingli-t-sangong"]')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(location.hash).to.equal('#pingli-t-sangong');
    expect(root(el).activeElement?.id).to.equal('pingli-t-sangong');
    // A fragment for another report on the page is not ours.
    location.hash = '#t-sangong';
    await new Promise((r) => addEventListener('hashchange', r, { once: true }));
    expect(root(el).activeElement?.id).to.equal('pingli-t-sangong');
  });

  it('prints every row: collapsed rows and rows not yet rendered appear for print', async () => {
    const el = await render('kaijiang-2025');
    const table = root(el).querySelector<BudgetTable>('budget-table[table="general-budget-basic"]')!;
    table.shadowRoot!.querySelectorAll<HTMLButtonElement>('.controls button')[1]!.click();
    await table.updateComplete;
    const collapsed = table.shadowRoot!.querySelectorAll('tbody tr').length;
    dispatchEvent(new Event('beforeprint'));
    await table.updateComplete;
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(collapsed);
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(25);
    dispatchEvent(new Event('afterprint'));
    await table.updateComplete;
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(collapsed);
  });

  it('names every statement subject in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const labels = StatementSubject.options.map((subject) => subjectLabel(catalogue(lang), subject));
      expect(labels.every((label) => typeof label === 'string' && label.length > 1), lang).to.equal(true);
      expect(new Set(labels).size, `${lang}: distinct`).to.equal(labels.length);
    }
    expect(subjectLabel(catalogue('en'), 'carry-over')).to.equal('Carried over from last year');
  });

  // A report is the heaviest fixture: each bureau in Chinese, and English where the page panned widest (test/readers covers every language and width).
  for (const bureau of BUREAUS) {
    it(`${bureau} at 320 px: reflows, nothing pans sideways`, async () => {
      for (const lang of bureau === 'gaoyang-2025' ? ['zh-CN', 'en'] : ['zh-CN']) {
        const { box, el } = await renderInBox<BudgetReport>(320, html`<budget-report src=${fixtureUrl(bureau)} lang=${lang} theme="light"></budget-report>`);
        await settleEmbedded(el);
        await layoutSettled();
        expect(overflowsSideways(box), `${lang}: ${box.scrollWidth}`).to.equal(false);
        // Only the regions that scroll are tab stops.
        const regions = [root(el), ...[...root(el).querySelectorAll('[data-embed]')].map((e) => e.shadowRoot!)].flatMap((r) => [...r.querySelectorAll<HTMLElement>('.table-scroll')]);
        for (const region of regions) {
          const scrolls = region.scrollWidth > region.clientWidth + 1 || region.scrollHeight > region.clientHeight + 1;
          expect(region.getAttribute('tabindex'), `${lang} ${region.getAttribute('aria-labelledby')}`).to.equal(scrolls ? '0' : null);
        }
        fixtureCleanup();
      }
    });
  }

  it('at 320 px each entry of the contents is a target of at least 24 × 24 px (WCAG 2.5.8, without its spacing exception)', async () => {
    for (const bureau of BUREAUS) {
      for (const lang of ['zh-CN', 'en']) {
        const { el } = await renderInBox<BudgetReport>(320, html`<budget-report src=${fixtureUrl(bureau)} lang=${lang} theme="light"></budget-report>`);
        const small = [...root(el).querySelectorAll('nav a')]
          .map((a) => ({ text: squash(a.textContent), box: a.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ text, box }) => `${text}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
        expect(small, `${bureau} ${lang}`).to.deep.equal([]);
        fixtureCleanup();
      }
    }
  });

  it('a clear heading scale, no heading twice, and narrative at a reading measure', async () => {
    const { el } = await renderInBox<BudgetReport>(1280, html`<budget-report src=${fixtureUrl('quxian-2024')} theme="light"></budget-report>`);
    await settleEmbedded(el);
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const [h2, h3] = [root(el).querySelector('header > h2')!, root(el).querySelector('.part > h3')!];
    const h4 = root(el).querySelector('.item > h4')!;
    expect(size(h2)).to.be.greaterThan(size(h3) * 1.15);
    expect(size(h3)).to.be.greaterThan(size(h4) * 1.15);
    expect(size(root(el).querySelector('nav > h3')!)).to.equal(size(h3));
    // "三公"经费 heads its part once: the card's own title, promoted to the part's level.
    const card = root(el).querySelector('sangong-card')!;
    expect(card.closest('.part')!.querySelector(':scope > h3')).to.equal(null);
    expect(card.shadowRoot!.querySelector('#title')!.tagName).to.equal('H3');
    expect(size(card.shadowRoot!.querySelector('#title')!)).to.equal(size(h3));
    // About 40 Chinese characters a line at most.
    const paragraph = root(el).querySelector<HTMLElement>('.item p')!;
    expect(paragraph.getBoundingClientRect().width / size(paragraph)).to.be.within(30, 40.5);
  });

  it('reads in English around the published Chinese text', async () => {
    const el = await render('gaoyang-2025', { lang: 'en' });
    expect(partTitles(el)[0]).to.equal('Department profile');
    expect(squash(root(el).querySelector('nav h3')!.textContent)).to.equal('Contents');
    expect(root(el).querySelector('.item > p')!.getAttribute('lang')).to.equal('zh-CN');
    await expect(el).to.be.accessible();
  });
});

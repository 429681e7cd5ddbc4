import { expect } from '@open-wc/testing';
import { openPage, rendered, shadowText } from '../embed/page.js';
import { BUREAUS } from '../data/fixtures.js';

/** demo/index.html: choose a bureau and an element; each bureau links to its full report. */
describe('demo gallery', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());
  const shown = (page: Document, selector: string) => [...page.querySelectorAll<HTMLElement>(selector)].filter((element) => !element.closest('[hidden]'));

  it('shows the bureau and element the query names, in its language', async () => {
    frame = await openPage('/demo/index.html?bureau=gaoyang-2025&element=sangong-card&lang=en');
    const page = frame.contentDocument!;
    expect(shown(page, '.bureau').map((section) => section.id)).to.deep.equal(['gaoyang-2025']);
    const cards = shown(page, 'budget-summary, sangong-card, perf-goal-table, budget-treemap, budget-table');
    expect(cards.map((element) => element.localName)).to.deep.equal(['sangong-card', 'sangong-card']);
    await rendered(cards[0]!.parentElement!, 'sangong-card');
    expect(shadowText(cards[0], '[part="total"] .amount')).to.equal('1.46');
    expect(page.documentElement.lang).to.equal('en');
  });

  it('keeps the choice in the address when it changes', async () => {
    frame = await openPage('/demo/index.html');
    const page = frame.contentDocument!;
    expect(shown(page, '.bureau')).to.have.length(5);
    const select = page.querySelector<HTMLSelectElement>('select[name="element"]')!;
    select.value = 'budget-treemap';
    select.dispatchEvent(new (frame.contentWindow as typeof window).Event('change', { bubbles: true }));
    expect(frame.contentWindow!.location.search).to.equal('?element=budget-treemap');
    expect(shown(page, 'budget-summary, sangong-card, perf-goal-table, budget-treemap, budget-table').map((element) => element.localName)).to.deep.equal(Array(5).fill('budget-treemap'));
    // A row of cards with none of its cards shown is hidden too.
    expect(shown(page, '.cards')).to.deep.equal([]);
  });

  it('shows the bureau a #fragment names, even when another is chosen', async () => {
    frame = await openPage('/demo/index.html?bureau=pingli-2025#quxian-2024');
    const page = frame.contentDocument!;
    expect(shown(page, '.bureau').map((section) => section.id)).to.deep.equal(['quxian-2024']);
    expect(page.querySelector<HTMLSelectElement>('select[name="bureau"]')!.value).to.equal('quxian-2024');
  });

  it('links every bureau to its full report page', async () => {
    frame = await openPage('/demo/index.html');
    const page = frame.contentDocument!;
    for (const bureau of BUREAUS) {
      const links = [...page.querySelectorAll<HTMLAnchorElement>(`#${bureau} a`)].map((link) => link.getAttribute('href'));
      expect(links, bureau).to.include(`report.html?bureau=${bureau}`);
    }
    expect(page.querySelector('a[href="embed/"]'), 'a link to the embedding guides').to.not.equal(null);
  });
});

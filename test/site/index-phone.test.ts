import { expect } from '@open-wc/testing';
import { indexEntry, indexPage } from '../../src/ssr/site.js';
import { SITE_STYLE } from '../../src/ssr/site-style.js';
import type { Lang } from '../../src/i18n/index.js';
import { BUREAUS, loadRaw, type BudgetDocument } from '../data/fixtures.js';
import { layoutSettled, openViewport } from '../readers/frame.js';
import { splitWords } from '../elements/split-words.js';

/**
 * The site's index on a phone 320 px wide, in Chinese and English: its caption is read without
 * scrolling, and its column headers wrap by words (not one long line each that pushes the figures
 * off the screen, nor words split across lines).
 */
async function indexAt(width: number, lang: Lang): Promise<HTMLIFrameElement> {
  const entries = await Promise.all(BUREAUS.map(async (bureau) => indexEntry(bureau, (await loadRaw(bureau)) as BudgetDocument)));
  // The page as written, its style sheet inlined and its script left out (the test serves neither file).
  const html = indexPage(entries, lang)
    .replace(/<link rel="stylesheet"[^>]*>/, `<style>${SITE_STYLE}</style>`)
    .replace(/<script[^>]*><\/script>/, '');
  const frame = await openViewport({ html }, width);
  const page = frame.contentDocument!;
  await layoutSettled(frame.contentWindow!, () => `${page.documentElement.scrollWidth}×${page.documentElement.scrollHeight}`);
  return frame;
}

/** The width of each piece of an element's text (its words, or all of it), drawn as it is drawn there. */
function widest(el: Element, pieces: RegExp): number {
  let width = 0;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    for (const match of text.data.matchAll(pieces)) {
      const range = el.ownerDocument.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      width = Math.max(width, range.getBoundingClientRect().width);
    }
  }
  return width;
}

const contentWidth = (cell: Element) => {
  const style = getComputedStyle(cell);
  return cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
};

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  describe(`site index at 320 px · ${lang}`, () => {
    let frame: HTMLIFrameElement;
    before(async () => {
      frame = await indexAt(320, lang);
    });
    after(() => frame.remove());

    it('does not scroll sideways, and its caption lies within the screen', () => {
      const page = frame.contentDocument!;
      expect(page.documentElement.scrollWidth).to.be.at.most(page.documentElement.clientWidth);
      expect(page.querySelector('caption')!.getBoundingClientRect().right).to.be.at.most(page.documentElement.clientWidth);
    });

    it('wraps the headers of figure columns by words: no wider than their widest word or figure', () => {
      const page = frame.contentDocument!;
      const headers = [...page.querySelectorAll('thead th')];
      expect(headers.length).to.equal(5);
      const figureHeaders = headers.filter((th) => th.classList.contains('num'));
      expect(figureHeaders.length).to.equal(2);
      for (const th of figureHeaders) {
        const figures = [...page.querySelectorAll(`tbody tr > :nth-child(${headers.indexOf(th) + 1})`)];
        const needed = Math.max(widest(th, /\S+/g), ...figures.map((cell) => widest(cell, /.+/g)));
        expect(contentWidth(th), th.textContent!).to.be.at.most(needed + 1);
      }
      expect(splitWords(page.querySelector('thead')!)).to.deep.equal([]);
    });

    it('gives a header its unit in the language of the page', () => {
      const header = frame.contentDocument!.querySelectorAll('thead th')[2]!.textContent;
      expect(header).to.equal(lang === 'en' ? 'Total expenditure, 10k yuan (万元)' : '支出总计（万元）');
    });
  });
}

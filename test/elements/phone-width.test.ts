import { expect, html } from '@open-wc/testing';
import { layoutSettled, overflowsSideways, renderInBox } from '../helpers/layout.js';
import { BUREAUS, fixtureUrl } from '../data/fixtures.js';
import { splitWords } from './split-words.js';
import '../../src/index.js';

/**
 * On a phone 320 px wide, in an article column with 16 px margins (288 px, as CMS pages and WeChat
 * articles give), in Chinese and English, every element of every bureau keeps each word whole:
 * English words, figures, figures with their unit (also in the published Chinese text the elements
 * quote), and the page does not scroll sideways.
 */
const WIDTH = 288;
const ELEMENTS = {
  'budget-summary': (src: string, lang: string) => html`<budget-summary src=${src} lang=${lang}></budget-summary>`,
  'sangong-card': (src: string, lang: string) => html`<sangong-card src=${src} lang=${lang}></sangong-card>`,
  'perf-goal-table': (src: string, lang: string) => html`<perf-goal-table src=${src} lang=${lang}></perf-goal-table>`,
  'budget-report': (src: string, lang: string) => html`<budget-report src=${src} lang=${lang}></budget-report>`,
};

/** Embedded in the report, but not looked into here: their text is for their own tests. */
const ELSEWHERE = ['budget-table', 'budget-treemap'];

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element inside `root`'s shadow roots, at any depth (a report's embedded elements among them). */
const nested = (root: Element): Updating[] =>
  [...(root.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((child) => [child, ...nested(child)]);

/** Waits until the element and each element it embeds have rendered, and the layout holds still. */
async function rendered(box: HTMLElement, el: Updating): Promise<void> {
  const seen = new Set<Element>();
  for (let pending: Updating[] = [el]; pending.length; pending = nested(el).filter((child) => !seen.has(child))) {
    pending.forEach((child) => seen.add(child));
    await Promise.all(pending.map((child) => child.updateComplete));
  }
  await layoutSettled(box, el);
}

for (const [tag, template] of Object.entries(ELEMENTS)) {
  for (const bureau of BUREAUS) {
    for (const lang of ['zh-CN', 'en']) {
      it(`${tag} · ${bureau} · ${lang} at ${WIDTH} px: no word broken across lines, no sideways scroll`, async () => {
        const { box, el } = await renderInBox(WIDTH, template(fixtureUrl(bureau), lang));
        await rendered(box, el);
        expect(el.shadowRoot!.textContent, 'rendered').to.not.equal('');
        expect(splitWords(el, { skip: ELSEWHERE }), 'words broken across lines').to.deep.equal([]);
        expect(overflowsSideways(box), `scrollWidth ${box.scrollWidth} > ${box.clientWidth}`).to.equal(false);
      });
    }
  }
}

import { expect, html } from '@open-wc/testing';
import { overflowsSideways, renderInBox } from '../helpers/layout.js';
import { langOf, nested, renderedWithNested } from '../helpers/nested.js';
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

/** Chinese full-width punctuation: in an English interface it belongs only to the published Chinese text. */
const FULL_WIDTH = /[：；，。（）、！？【】《》]/;

/**
 * Interface text in English that carries Chinese punctuation: text, and what the styles add before and after
 * elements. Text with Chinese characters is published text, which keeps its punctuation as printed.
 */
function fullWidthInEnglish(root: Element, skip: string[]): string[] {
  const elements = [root, ...nested(root)].filter((e) => !e.closest(skip.join(',')) && !skip.some((tag) => e.getRootNode() !== document && (e.getRootNode() as ShadowRoot).host.closest(tag)));
  const english = elements.filter((e) => langOf(e) === 'en');
  const generated = english.flatMap((e) =>
    ['::before', '::after'].map((pseudo) => getComputedStyle(e, pseudo).content.replace(/attr\(([\w-]+)\)/g, (_, name: string) => e.getAttribute(name) ?? '')),
  );
  const texts = english.flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!));
  return [...new Set([...generated, ...texts].filter((text) => FULL_WIDTH.test(text) && !/\p{Script=Han}/u.test(text)).map((text) => text.trim()))];
}

/** Embedded in the report, but not looked into here: their text is for their own tests. */
const ELSEWHERE = ['budget-table', 'budget-treemap'];

for (const [tag, template] of Object.entries(ELEMENTS)) {
  for (const bureau of BUREAUS) {
    for (const lang of ['zh-CN', 'en']) {
      it(`${tag} · ${bureau} · ${lang} at ${WIDTH} px: no word broken across lines, no sideways scroll${lang === 'en' ? ', no Chinese punctuation in English' : ''}`, async () => {
        const { box, el } = await renderInBox(WIDTH, template(fixtureUrl(bureau), lang));
        await renderedWithNested(box, el);
        expect(el.shadowRoot!.textContent, 'rendered').to.not.equal('');
        expect(splitWords(el, { skip: ELSEWHERE }), 'words broken across lines').to.deep.equal([]);
        expect(overflowsSideways(box), `scrollWidth ${box.scrollWidth} > ${box.clientWidth}`).to.equal(false);
        if (lang === 'en') expect(fullWidthInEnglish(el, ELSEWHERE.filter((other) => other !== tag)), 'Chinese punctuation in English').to.deep.equal([]);
      });
    }
  }
}

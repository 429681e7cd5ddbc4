import { expect, html } from '@open-wc/testing';
import { renderInBox } from '../helpers/layout.js';
import { langOf, nested, renderedWithNested } from '../helpers/nested.js';
import { BUREAUS, fixtureUrl } from '../data/fixtures.js';
import '../../src/index.js';

/**
 * WCAG 3.1.2 (Language of Parts, AA): in an English interface, every piece of published Chinese
 * text (names, titles, indicator texts, the department) is marked `lang="zh-CN"`, so a screen reader
 * reads it with a Chinese voice instead of spelling it out or skipping it. Checked on every text
 * node of every element, embedded ones included, for each bureau's document.
 */
const ELEMENTS = {
  'budget-summary': (src: string) => html`<budget-summary src=${src} lang="en"></budget-summary>`,
  'sangong-card': (src: string) => html`<sangong-card src=${src} lang="en"></sangong-card>`,
  'perf-goal-table': (src: string) => html`<perf-goal-table src=${src} lang="en"></perf-goal-table>`,
  'perf-goal-table department': (src: string) => html`<perf-goal-table src=${src} lang="en" scope="department"></perf-goal-table>`,
  'budget-table': (src: string) => html`<budget-table src=${src} lang="en"></budget-table>`,
  'budget-treemap': (src: string) => html`<budget-treemap src=${src} lang="en"></budget-treemap>`,
  'budget-report': (src: string) => html`<budget-report src=${src} lang="en"></budget-report>`,
};

const HAN = /\p{Script=Han}/u;

/** Text with Chinese characters read in English: each as "<parent tag> text". */
function chineseReadAsEnglish(root: Element): string[] {
  return nested(root).flatMap((e) =>
    [...e.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE && HAN.test(n.textContent!) && !langOf(e).startsWith('zh'))
      .map((n) => `<${e.localName}> ${n.textContent!.trim()}`),
  );
}

for (const [name, template] of Object.entries(ELEMENTS)) {
  for (const bureau of BUREAUS) {
    it(`${name} · ${bureau} · en: every Chinese text is marked lang="zh-CN"`, async () => {
      const { box, el } = await renderInBox(1024, template(fixtureUrl(bureau)));
      await renderedWithNested(box, el);
      expect(el.shadowRoot!.textContent, 'rendered').to.not.equal('');
      expect([...new Set(chineseReadAsEnglish(el))]).to.deep.equal([]);
    });
  }
}

import { expect } from '@open-wc/testing';
import '../src/index.js';
import { resizeHandled } from './helpers/settled.js';

/**
 * The bundle's templates are minified at build time (scripts/rollup-plugins.mjs). Each element
 * from the bundle, registered under another tag, must render the same markup and text and get
 * the same CSS rules as the same element from the source.
 */
type Rendered = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

const ELEMENTS: [tag: string, exported: string][] = [
  ['budget-summary', 'BudgetSummary'],
  ['sangong-card', 'SangongCard'],
  ['perf-goal-table', 'PerfGoalTable'],
  ['budget-treemap', 'BudgetTreemap'],
  ['budget-table', 'BudgetTable'],
  ['budget-report', 'BudgetReport'],
];
const collapse = (text: string) => text.replace(/\s+/g, ' ');
// Lit's markers differ run to run; whitespace between tags renders the same whether one space or an indent.
const markup = (el: Rendered) => collapse(el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '')).replace(/> </g, '><');
// Values with var() serialize as written: "var(--a, #fff)" and "var(--a,#fff)" are the same value.
const rules = (el: Rendered) => el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText.replace(/,\s+/g, ',')));

async function render(tag: string, data: unknown, lang: string): Promise<Rendered> {
  const el = document.createElement(tag) as Rendered;
  el.setAttribute('lang', lang);
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  // The treemap lays out again once it knows its width.
  await resizeHandled(el);
  return el;
}

describe('the minified bundle', () => {
  for (const file of ['kaijiang-2025', 'quxian-2024', 'gaoyang-2025']) {
    it(`renders and styles every element as the source does (${file})`, async () => {
      const bundle = await import(new URL('../dist/budget-widgets.min.js', import.meta.url).href);
      const data = await (await fetch(new URL(`../demo/data/${file}.json`, import.meta.url))).json();
      for (const [tag, exported] of ELEMENTS) {
        if (!customElements.get(`min-${tag}`)) customElements.define(`min-${tag}`, bundle[exported]);
        for (const lang of ['zh-CN', 'en']) {
          const source = await render(tag, data, lang);
          const minified = await render(`min-${tag}`, data, lang);
          expect(markup(minified).length, tag).to.be.greaterThan(500);
          expect(markup(minified), `${tag} ${lang} markup`).to.equal(markup(source));
          expect(collapse(minified.shadowRoot!.textContent!), `${tag} ${lang} text`).to.equal(collapse(source.shadowRoot!.textContent!));
          expect(rules(minified), `${tag} CSS`).to.deep.equal(rules(source));
          source.remove();
          minified.remove();
        }
      }
    });
  }
});

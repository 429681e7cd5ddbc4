import { expect } from '@open-wc/testing';
// The full browser build: it compiles templates in the page, where `isCustomElement` applies.
import { createApp, ref, type App } from 'vue/dist/vue.esm-browser.js';
import '../../src/index.js';
import '../../src/data/install-checks.js';
import { loadRaw } from '../data/fixtures.js';
import { checkFrameworkPage, rendered, totals, waitFor } from './page.js';

/** Vue 3 and custom elements, as the README and demo/embed/vue.html use them. */
const BUDGET_TAGS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table', 'budget-report'];

/** The template of the README's Vue snippet, as published. */
async function readmeTemplate(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const snippet = /<!-- snippet: vue-component -->\n```vue\n([\s\S]*?)\n```/.exec(readme)![1]!;
  return /<template>([\s\S]*)<\/template>/.exec(snippet)![1]!;
}

describe('embedding guide: Vue 3', () => {
  let container: HTMLElement;
  let app: App;
  let warnings: string[];
  async function mount(doc: unknown) {
    container = document.body.appendChild(document.createElement('div'));
    app = createApp({ setup: () => ({ doc: ref(doc), status: ref('') }), template: await readmeTemplate() });
    // In-browser compilation, as the README says; test/embed/guides.test.mjs covers the build-time one.
    app.config.compilerOptions.isCustomElement = (tag) => BUDGET_TAGS.includes(tag);
    warnings = [];
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(container);
  }
  afterEach(() => {
    app.unmount();
    container.remove();
  });
  const status = () => container.querySelector('[role="status"]')?.textContent;

  it('binds the document as a property and hears budget-ready, with no warning', async () => {
    const doc = await loadRaw('kaijiang-2025');
    await mount(doc);
    await waitFor(() => status() === 'ready: 12 consistency warnings', 'Vue state set by budget-ready');
    const summary = container.querySelector('budget-summary') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    // Vue wraps data in a reactive proxy; the element validates and shows it all the same.
    expect(summary.data, 'a property').to.deep.equal(doc);
    expect(summary.hasAttribute('data'), 'not an attribute').to.equal(false);
    await summary.updateComplete;
    expect(totals(summary)).to.include.members(['收入总计 1,236.47', '支出总计 1,236.47']);
    expect(warnings).to.deep.equal([]);
  });

  it('hears budget-error for a document it cannot show', async () => {
    await mount({ schemaVersion: '1.0', kind: 'budget' });
    await waitFor(() => status() === 'error: invalid-schema', 'Vue state set by budget-error');
    const summary = await rendered(container, 'budget-summary');
    expect(summary.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('runs the demo page (runtime-only build, strict CSP), bureau switch included', async () => {
    // pingli-2025 publishes in 元: shown in 万元 at its published precision.
    await checkFrameworkPage('/demo/embed/vue.html', { bureau: 'pingli-2025', warnings: 2, totals: ['收入总计 456.7178'] });
  });
});

import { expect } from '@open-wc/testing';
import { until } from '../helpers/settled.js';
import * as summary from '../../stories/budget-summary.stories.js';
import * as sangong from '../../stories/sangong-card.stories.js';
import * as goals from '../../stories/perf-goal-table.stories.js';
import * as treemap from '../../stories/budget-treemap.stories.js';
import * as table from '../../stories/budget-table.stories.js';
import * as report from '../../stories/budget-report.stories.js';

/**
 * The static Storybook (`npm run build-storybook`, which `npm test` runs before the browser
 * tests): it lists every story the files export, and its preview really renders them, with the
 * toolbar's language and theme applied. stories.test.ts covers every story; this covers the build.
 */
const STATIC = new URL('../../storybook-static/', import.meta.url);

/** Storybook's story id: the title and the export name, kebab-cased. */
const kebab = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase();

/** Loads one story in the built preview and returns its element once `ready` says so (no deadline but the test's). */
async function renderStory(query: string, ready: (shadowText: string) => boolean): Promise<Element> {
  const frame = document.createElement('iframe');
  frame.src = new URL(`iframe.html?${query}&viewMode=story`, STATIC).href;
  frame.style.width = '1000px';
  document.body.append(frame);
  try {
    return await until(() => {
      const element = frame.contentDocument?.querySelector('#storybook-root :is(budget-summary, sangong-card, perf-goal-table, budget-treemap, budget-table, budget-report)');
      return element?.shadowRoot && ready(element.shadowRoot.textContent ?? '') ? element : undefined;
    }, `story ${query} to render`);
  } finally {
    frame.remove();
  }
}

describe('static Storybook (storybook-static/)', () => {
  it('indexes every exported story', async () => {
    const response = await fetch(new URL('index.json', STATIC));
    expect(response.ok, 'storybook-static/index.json exists: run `npm run build-storybook` first').to.equal(true);
    const { entries } = (await response.json()) as { entries: Record<string, { type: string }> };
    for (const module of [summary, sangong, goals, treemap, table, report]) {
      const ids = Object.keys(module)
        .filter((name) => name !== 'default')
        .map((name) => `${kebab(module.default.title)}--${kebab(name)}`);
      expect(ids.filter((id) => entries[id]?.type !== 'story'), `${module.default.title}: stories missing from the index`).to.deep.equal([]);
    }
  });

  it('renders a bureau in the language and theme the toolbar picks', async () => {
    const element = await renderStory('id=elements-budget-summary--kaijiang&globals=locale:en;theme:dark', (text) => text.includes('department budget 2025'));
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('开江县医疗保障局: department budget 2025');
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(element.shadowRoot!.querySelector('.totals dd')!.textContent).to.equal('1,236.47');
  });

  it('shows the loading state of the loading story', async () => {
    const element = await renderStory('id=elements-sangong-card--loading', (text) => text.includes('正在加载预算数据'));
    expect(element.shadowRoot!.querySelector('[role="status"] .spinner')).to.not.equal(null);
  });
});

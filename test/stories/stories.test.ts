import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { fixtureSettled } from '../helpers/settled.js';
import type { TemplateResult } from 'lit';
import * as summary from '../../stories/budget-summary.stories.js';
import * as sangong from '../../stories/sangong-card.stories.js';
import * as goals from '../../stories/perf-goal-table.stories.js';
import * as treemap from '../../stories/budget-treemap.stories.js';
import type { ElementArgs } from '../../stories/render.js';

interface StoryModule {
  default: { title: string; args: ElementArgs; render: (args: ElementArgs) => TemplateResult };
  [story: string]: unknown;
}

/** Every story renders, settles into the state it names, and passes axe-core. */
for (const module of [summary, sangong, goals, treemap] as unknown as StoryModule[]) {
  const meta = module.default;
  describe(meta.title, () => {
    afterEach(() => fixtureCleanup());
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, { args: Partial<ElementArgs> }][];

    for (const [name, story] of stories) {
      it(name, async () => {
        const args = { ...meta.args, ...story.args } as ElementArgs;
        const loads = args.bureau || args.src || args.inline || args.data !== undefined;
        const el = loads ? (await fixtureSettled(meta.render(args))).el : await fixture(meta.render(args));
        const expectsError = name.startsWith('Error');
        expect(el.shadowRoot!.querySelector('[role="alert"]') !== null, 'shows an error').to.equal(expectsError);
        await expect(el).to.be.accessible();
      });
    }
  });
}

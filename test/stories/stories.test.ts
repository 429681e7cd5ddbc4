import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as summary from '../../stories/budget-summary.stories.js';
import * as sangong from '../../stories/sangong-card.stories.js';
import * as goals from '../../stories/perf-goal-table.stories.js';
import type { ElementArgs } from '../../stories/render.js';

interface StoryModule {
  default: { title: string; args: ElementArgs; render: (args: ElementArgs) => TemplateResult };
  [story: string]: unknown;
}

/** Every story renders, settles into the state it names, and passes axe-core. */
for (const module of [summary, sangong, goals] as unknown as StoryModule[]) {
  const meta = module.default;
  describe(meta.title, () => {
    afterEach(() => fixtureCleanup());
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, { args: Partial<ElementArgs> }][];

    for (const [name, story] of stories) {
      it(name, async () => {
        const args = { ...meta.args, ...story.args } as ElementArgs;
        const el = await fixture(meta.render(args));
        const expectsError = name.startsWith('Error');
        if (args.bureau || args.src || args.inline || args.data !== undefined) {
          await new Promise((resolve) => {
            el.addEventListener('budget-ready', resolve, { once: true });
            el.addEventListener('budget-error', resolve, { once: true });
            if (el.shadowRoot!.querySelector(expectsError ? '[role="alert"]' : 'article')) resolve(null);
          });
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        }
        expect(el.shadowRoot!.querySelector('[role="alert"]') !== null, 'shows an error').to.equal(expectsError);
        await expect(el).to.be.accessible();
      });
    }
  });
}

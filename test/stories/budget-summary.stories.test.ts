import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import meta, * as stories from '../../stories/budget-summary.stories.js';
import type { SummaryArgs } from '../../stories/budget-summary.stories.js';

/** Every story renders, settles into the state it names, and passes axe-core. */
describe('budget-summary stories', () => {
  afterEach(() => fixtureCleanup());
  const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, { args: Partial<SummaryArgs> }][];

  for (const [name, story] of entries) {
    it(name, async () => {
      const args = { ...meta.args, ...story.args } as SummaryArgs;
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

import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { fixtureSettled } from '../helpers/settled.js';
import preview from '../../.storybook/preview.js';
import * as summary from '../../stories/budget-summary.stories.js';
import * as sangong from '../../stories/sangong-card.stories.js';
import * as goals from '../../stories/perf-goal-table.stories.js';
import * as treemap from '../../stories/budget-treemap.stories.js';
import * as table from '../../stories/budget-table.stories.js';
import * as report from '../../stories/budget-report.stories.js';
import type { ElementArgs, Globals } from '../../stories/render.js';
import { en } from '../../src/i18n/en.js';

type Context = { args: ElementArgs; globals: Globals };
type Render = (context: Context) => TemplateResult;
type Decorator = (story: (update?: Partial<Context>) => TemplateResult, context: Context) => TemplateResult;
type Hook = () => (() => void) | void;

interface StoryAnnotations {
  name?: string;
  tags?: string[];
  args?: Partial<ElementArgs>;
  decorators?: Decorator[];
  beforeEach?: Hook;
}
interface StoryModule {
  default: StoryAnnotations & { title: string; args: ElementArgs; render: (args: ElementArgs) => TemplateResult };
  [story: string]: unknown;
}

/**
 * A story as Storybook runs it (args merged, decorators from the story out to the preview,
 * each wrapping the next with its context update, `beforeEach` run first with its cleanup
 * kept), without Storybook itself in the test page.
 */
function compose(meta: StoryModule['default'], story: StoryAnnotations, globals: Globals) {
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? []), ...((preview.decorators ?? []) as unknown as Decorator[])];
  const render = decorators.reduce<Render>(
    (inner, decorator) => (context) => decorator((update) => inner({ ...context, ...update }), context),
    ({ args }) => meta.render(args),
  );
  const args = { ...meta.args, ...story.args } as ElementArgs;
  return {
    args,
    beforeEach: () => [meta.beforeEach?.(), story.beforeEach?.()].filter((cleanup) => typeof cleanup === 'function'),
    template: () => render({ args, globals }),
  };
}

/** Catalogue strings of one language, to tell which one an element speaks. */
const phrases = (catalogue: object) => Object.values(catalogue).filter((value): value is string => typeof value === 'string' && /[a-z]{3}/i.test(value));
const ENGLISH = phrases(en);
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Every combination of the toolbar's language and theme. */
const MATRIX: Required<Globals>[] = (['zh-CN', 'en'] as const).flatMap((locale) => (['light', 'dark'] as const).map((theme) => ({ locale, theme })));
/** The host's background in each theme (src/styles/tokens.ts). */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(20, 25, 31)' };

/**
 * Every story renders, settles into the state it names, and passes axe-core. Stories tagged
 * `bureau` (each element on each of the five bureaus) run under all four toolbar combinations
 * of language and theme, and must visibly follow them.
 */
for (const module of [summary, sangong, goals, treemap, table, report] as unknown as StoryModule[]) {
  const meta = module.default;
  describe(meta.title, () => {
    let cleanups: (() => void)[] = [];
    afterEach(() => {
      fixtureCleanup();
      cleanups.forEach((cleanup) => cleanup());
      cleanups = [];
    });
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryAnnotations][];

    for (const [name, story] of stories) {
      const variants: Globals[] = story.tags?.includes('bureau') ? MATRIX : [{}];
      for (const globals of variants) {
        const label = globals.locale ? `${name} (${globals.locale}, ${globals.theme})` : name;
        it(label, async () => {
          const { args, beforeEach, template } = compose(meta, story, globals);
          cleanups = beforeEach() as (() => void)[];
          const settles = name !== 'Loading' && (args.bureau || args.src || args.inline || args.data !== undefined);
          const el = settles ? (await fixtureSettled(template())).el : await fixture(template());

          expect(el.shadowRoot!.querySelector('[role="alert"]') !== null, 'shows an error').to.equal(name.startsWith('Error'));
          if (name === 'Loading') expect(el.shadowRoot!.querySelector('[role="status"] .spinner'), 'shows the loading state').to.not.equal(null);
          if (name.startsWith('Empty')) expect(el.shadowRoot!.querySelector('[part~="state"][role="status"]'), 'says there is nothing to show').to.not.equal(null);
          if (globals.locale) {
            const english = ENGLISH.filter((phrase) => shadowText(el).includes(phrase));
            if (globals.locale === 'en') expect(english, 'speaks English').to.not.deep.equal([]);
            else expect(english, 'speaks Chinese only').to.deep.equal([]);
            expect(getComputedStyle(el).backgroundColor, `${globals.theme} theme`).to.equal(BACKGROUND[globals.theme!]);
          }
          await expect(el).to.be.accessible();
        });
      }
    }
  });
}

describe('story catalogue', () => {
  it('has every element on each of the five bureaus, and every state', () => {
    for (const module of [summary, sangong, goals, treemap, table, report] as unknown as StoryModule[]) {
      const entries = Object.values(module) as StoryAnnotations[];
      const bureaus = entries.filter((story) => story.tags?.includes('bureau')).map((story) => story.args?.bureau);
      expect(bureaus, module.default.title).to.have.members(['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024']);
      const states = ['Loading', 'ErrorNotFound', 'ErrorNetwork', 'ErrorTimeout', 'ErrorInvalidJson', 'ErrorInvalidSchema', 'ErrorUnsupportedVersion', 'Empty', 'NoData'];
      expect(Object.keys(module), module.default.title).to.include.members(states);
    }
  });
});

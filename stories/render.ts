/**
 * What every story file shares: rendering any of our elements from story args (one place for
 * the data-in attributes), the states every element has, and the locale and theme globals
 * (Storybook's toolbar) that .storybook/preview.ts and test/stories/ both apply.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Decorator, Preview, StoryObj } from '@storybook/web-components-vite';
import { BUREAUS, fixtureUrl, type Bureau } from '../test/data/fixtures.js';

export interface ElementArgs {
  bureau?: Bureau;
  /** Overrides `bureau`: any URL, to show loading and error states. */
  src?: string;
  /** Inline JSON text, for the CMS embedding. */
  inline?: string;
  data?: unknown;
  lang: 'zh-CN' | 'en';
  unit: '元' | '万元' | '亿元';
  theme?: 'light' | 'dark';
  timeout?: number;
  /** Attributes of one element: <budget-summary> sections, <sangong-card> variant, … */
  sections?: string;
  variant?: 'full' | 'compact';
  scope?: 'projects' | 'department';
  project?: string;
  by?: 'function' | 'economic' | 'basic-project' | 'projects';
  fund?: 'all' | 'general-budget' | 'gov-fund';
  /** <budget-table>: table id or kind, and the depth past which rows start collapsed. */
  table?: string;
  expandLevel?: number;
}

export type Story = StoryObj<ElementArgs>;

export const BUREAU_OPTIONS: Bureau[] = [...BUREAUS];

export const commonArgTypes = {
  bureau: { control: 'select', options: BUREAU_OPTIONS },
  lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  unit: { control: 'inline-radio', options: ['元', '万元', '亿元'] },
  theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
} as const;

export function renderElement(tag: string, args: ElementArgs): TemplateResult {
  // The tag is one of ours, fixed by each story file: unsafeStatic is safe here.
  const t = unsafeStatic(tag);
  const { bureau, src, inline, data, theme, timeout } = args;
  const url = src ?? (bureau && !inline && data === undefined ? fixtureUrl(bureau) : undefined);
  return staticHtml`<${t}
    src=${url ?? nothing}
    .data=${data}
    lang=${args.lang}
    unit=${args.unit}
    theme=${theme ?? nothing}
    timeout=${timeout ?? nothing}
    sections=${args.sections ?? nothing}
    variant=${args.variant ?? nothing}
    scope=${args.scope ?? nothing}
    project=${args.project ?? nothing}
    by=${args.by ?? nothing}
    fund=${args.fund ?? nothing}
    table=${args.table ?? nothing}
    expand-level=${args.expandLevel ?? nothing}
    >${inline ? html`<script type="application/json">${inline}</script>` : nothing}</${t}
  >`;
}

/**
 * Storybook globals: the toolbar switches every story to either language and either theme;
 * "reset" gives the story its own. test/stories/ renders each bureau story under all four.
 */
export const globalTypes = {
  locale: {
    description: 'Language of the elements',
    toolbar: { title: 'Language', icon: 'globe', dynamicTitle: true, items: [{ type: 'reset', title: "Story's own" }, { value: 'zh-CN', title: '中文' }, { value: 'en', title: 'English' }] },
  },
  theme: {
    description: 'Colour theme of the elements',
    toolbar: { title: 'Theme', icon: 'mirror', dynamicTitle: true, items: [{ type: 'reset', title: "Story's own" }, { value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }] },
  },
} satisfies Preview['globalTypes'];

export interface Globals {
  locale?: ElementArgs['lang'];
  theme?: ElementArgs['theme'];
}

/** Applies the locale and theme globals, when set, over the story's own args. */
export const withLocaleAndTheme: Decorator = (story, { args, globals }) => {
  const { locale, theme } = globals as Globals;
  return story({ args: { ...args, ...(locale ? { lang: locale } : {}), ...(theme ? { theme } : {}) } });
};

/** Requests under this path never answer, until aborted: the loading state stays on screen. */
const HELD_PATH = '/stories/held/';

/**
 * A story's `beforeEach`: holds every fetch of a HELD_PATH URL (static hosting cannot keep a
 * request open), leaves every other request alone; the returned cleanup restores `fetch`.
 */
export function holdRequests(): () => void {
  const original = window.fetch;
  const held: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(HELD_PATH)) return original(input, init);
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  };
  window.fetch = held;
  return () => {
    if (window.fetch === held) window.fetch = original;
  };
}

/**
 * A valid document that publishes nothing: its 收支总表 printed empty, no 三公, no goals.
 * A made-up department, so that no real bureau is shown as publishing nothing.
 */
export const EMPTY_DOCUMENT = {
  schemaVersion: '1.0',
  kind: 'budget',
  meta: {
    department: { name: '示例局' },
    region: { province: '示例省' },
    year: 2025,
    publishedUnit: '万元',
    units: [{ name: '示例局' }],
    source: { title: '示例局2025年部门预算（空表示例）' },
  },
  tables: [{ id: 'overview', kind: 'overview', number: '表1', title: '部门收支总表', status: 'empty', note: '此表无数据', columns: [], rows: [] }],
  sections: [],
};

/** The loading, error and empty states every element has: one story per error code. */
export const stateStories = {
  Loading: { args: { bureau: undefined, src: `${HELD_PATH}loading.json` }, beforeEach: holdRequests },
  ErrorNotFound: { args: { bureau: undefined, src: '/demo/data/missing.json' } },
  ErrorNetwork: { args: { bureau: undefined, src: 'http://127.0.0.1:9/budget.json' } },
  ErrorTimeout: { args: { bureau: undefined, src: `${HELD_PATH}timeout.json`, timeout: 200 }, beforeEach: holdRequests },
  ErrorInvalidJson: { args: { bureau: undefined, inline: '{"schemaVersion": "1.0",' } },
  ErrorInvalidSchema: { args: { bureau: undefined, data: { schemaVersion: '1.0', kind: 'budget' } } },
  ErrorUnsupportedVersion: { args: { bureau: undefined, data: { schemaVersion: '2.0', kind: 'budget' } } },
  Empty: { args: { bureau: undefined, data: EMPTY_DOCUMENT } },
  NoData: { args: { bureau: undefined } },
} satisfies Record<string, Story>;

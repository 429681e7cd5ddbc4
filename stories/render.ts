/** Renders any of our elements from story args: one place for the data-in attributes. */
import { html, nothing } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { fixtureUrl, type Bureau } from '../test/data/fixtures.js';

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
  /** Attributes of one element (sections, variant, scope, project, by, fund …). */
  extra?: Record<string, string>;
}

export const BUREAU_OPTIONS: Bureau[] = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'];

export const commonArgTypes = {
  bureau: { control: 'select', options: BUREAU_OPTIONS },
  lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  unit: { control: 'inline-radio', options: ['元', '万元', '亿元'] },
  theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
};

export function renderElement(tag: string, { bureau, src, inline, data, lang, unit, theme, extra = {} }: ElementArgs) {
  // The tag is one of ours, fixed by each story file: unsafeStatic is safe here.
  const t = unsafeStatic(tag);
  const url = src ?? (bureau && !inline && data === undefined ? fixtureUrl(bureau) : undefined);
  return staticHtml`<${t}
    src=${url ?? nothing}
    .data=${data}
    lang=${lang}
    unit=${unit}
    theme=${theme ?? nothing}
    sections=${extra.sections ?? nothing}
    variant=${extra.variant ?? nothing}
    scope=${extra.scope ?? nothing}
    project=${extra.project ?? nothing}
    by=${extra.by ?? nothing}
    fund=${extra.fund ?? nothing}
    >${inline ? html`<script type="application/json">${inline}</script>` : nothing}</${t}
  >`;
}

/** The error and empty states every element has. */
export const stateStories = {
  ErrorNotFound: { name: 'Error: 404', args: { bureau: undefined, src: '/demo/data/missing.json' } },
  ErrorNetwork: { name: 'Error: network', args: { bureau: undefined, src: 'http://127.0.0.1:9/budget.json' } },
  ErrorInvalidJson: { name: 'Error: invalid JSON', args: { bureau: undefined, inline: '{"schemaVersion": "1.0",' } },
  ErrorInvalidSchema: { name: 'Error: not a budget document', args: { bureau: undefined, data: { schemaVersion: '1.0', kind: 'budget' } } },
  ErrorUnsupportedVersion: { name: 'Error: unsupported version', args: { bureau: undefined, data: { schemaVersion: '2.0', kind: 'budget' } } },
  NoData: { name: 'No data given', args: { bureau: undefined } },
};

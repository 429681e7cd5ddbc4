/**
 * <budget-summary> stories (Component Story Format 3). Each one also runs as a test
 * (test/stories/budget-summary.stories.test.ts): rendered, settled and checked with axe-core.
 */
import { html, nothing } from 'lit';
import '../src/elements/budget-summary/budget-summary.define.js';
import { fixtureUrl, type Bureau } from '../test/data/fixtures.js';

export interface SummaryArgs {
  bureau?: Bureau;
  /** Overrides `bureau`: any URL, to show loading and error states. */
  src?: string;
  /** Inline JSON text, for the CMS embedding. */
  inline?: string;
  data?: unknown;
  lang: 'zh-CN' | 'en';
  unit: '元' | '万元' | '亿元';
  theme?: 'light' | 'dark';
  sections?: string;
}

export default {
  title: 'Elements/budget-summary',
  component: 'budget-summary',
  args: { bureau: 'kaijiang-2025', lang: 'zh-CN', unit: '万元' } satisfies SummaryArgs,
  argTypes: {
    bureau: { control: 'select', options: ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    unit: { control: 'inline-radio', options: ['元', '万元', '亿元'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: ({ bureau, src, inline, data, lang, unit, theme, sections }: SummaryArgs) =>
    html`<budget-summary
      src=${src ?? (bureau && !inline && data === undefined ? fixtureUrl(bureau) : nothing)}
      .data=${data}
      lang=${lang}
      unit=${unit}
      theme=${theme ?? nothing}
      sections=${sections ?? nothing}
      >${inline ? html`<script type="application/json">${inline}</script>` : nothing}</budget-summary
    >`,
};

type Story = { name?: string; args: Partial<SummaryArgs> };

export const Kaijiang: Story = { args: { bureau: 'kaijiang-2025' } };
export const Gaoyang: Story = { args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang: Story = { args: { bureau: 'yuanjiang-2024' } };
export const Pingli: Story = { name: 'Pingli (published in 元)', args: { bureau: 'pingli-2025' } };
export const Quxian: Story = { name: 'Quxian (carry-over and government funds)', args: { bureau: 'quxian-2024' } };
export const English: Story = { args: { bureau: 'quxian-2024', lang: 'en' } };
export const InYuan: Story = { name: 'In 元', args: { bureau: 'kaijiang-2025', unit: '元' } };
export const InYi: Story = { name: 'In 亿元', args: { bureau: 'quxian-2024', unit: '亿元' } };
export const Dark: Story = { args: { bureau: 'gaoyang-2025', theme: 'dark' } };
export const TotalsOnly: Story = { args: { bureau: 'yuanjiang-2024', sections: 'totals' } };
export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: '/demo/data/missing.json' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { src: 'http://127.0.0.1:9/budget.json' } };
export const ErrorInvalidJson: Story = { name: 'Error: invalid JSON', args: { inline: '{"schemaVersion": "1.0",' } };
export const ErrorInvalidSchema: Story = { name: 'Error: not a budget document', args: { data: { schemaVersion: '1.0', kind: 'budget' } } };
export const ErrorUnsupportedVersion: Story = {
  name: 'Error: unsupported version',
  args: { data: { schemaVersion: '2.0', kind: 'budget' } },
};
export const NoData: Story = { name: 'No data given', args: { bureau: undefined } };

/** <budget-summary> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/budget-summary/budget-summary.define.js';
import type { Meta } from '@storybook/web-components-vite';
import { commonArgTypes, renderElement, stateStories, type ElementArgs, type Story } from './render.js';

const meta = {
  title: 'Elements/budget-summary',
  component: 'budget-summary',
  args: { bureau: 'kaijiang-2025', lang: 'zh-CN', unit: '万元' },
  argTypes: commonArgTypes,
  render: (args) => renderElement('budget-summary', args),
} satisfies Meta<ElementArgs>;
export default meta;

export const Kaijiang: Story = { tags: ['bureau'], args: { bureau: 'kaijiang-2025' } };
export const Gaoyang: Story = { tags: ['bureau'], args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang: Story = { tags: ['bureau'], args: { bureau: 'yuanjiang-2024' } };
export const Pingli: Story = { tags: ['bureau'], name: 'Pingli (published in 元)', args: { bureau: 'pingli-2025' } };
export const Quxian: Story = { tags: ['bureau'], name: 'Quxian (carry-over and government funds)', args: { bureau: 'quxian-2024' } };
export const English: Story = { args: { bureau: 'quxian-2024', lang: 'en' } };
export const InYuan: Story = { name: 'In 元', args: { bureau: 'kaijiang-2025', unit: '元' } };
export const InYi: Story = { name: 'In 亿元', args: { bureau: 'quxian-2024', unit: '亿元' } };
export const Dark: Story = { args: { bureau: 'gaoyang-2025', theme: 'dark' } };
export const TotalsOnly: Story = { args: { bureau: 'yuanjiang-2024', sections: 'totals' } };
// Storybook indexes only `export const Name = …` stories, so each state is named here.
export const Loading: Story = stateStories.Loading;
export const ErrorNotFound: Story = stateStories.ErrorNotFound;
export const ErrorNetwork: Story = stateStories.ErrorNetwork;
export const ErrorTimeout: Story = stateStories.ErrorTimeout;
export const ErrorInvalidJson: Story = stateStories.ErrorInvalidJson;
export const ErrorInvalidSchema: Story = stateStories.ErrorInvalidSchema;
export const ErrorUnsupportedVersion: Story = stateStories.ErrorUnsupportedVersion;
export const Empty: Story = stateStories.Empty;
export const NoData: Story = stateStories.NoData;

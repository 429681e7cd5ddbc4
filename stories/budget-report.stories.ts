/** <budget-report> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/budget-report/budget-report.define.js';
import type { Meta } from '@storybook/web-components-vite';
import { commonArgTypes, renderElement, stateStories, type ElementArgs, type Story } from './render.js';

const meta = {
  title: 'Elements/budget-report',
  component: 'budget-report',
  args: { bureau: 'kaijiang-2025', lang: 'zh-CN', unit: '万元' },
  argTypes: commonArgTypes,
  render: (args) => renderElement('budget-report', args),
} satisfies Meta<ElementArgs>;
export default meta;

export const Kaijiang: Story = { tags: ['bureau'], args: { bureau: 'kaijiang-2025' } };
export const Gaoyang: Story = { tags: ['bureau'], args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang: Story = { tags: ['bureau'], name: 'Yuanjiang (nine tables missing from the source)', args: { bureau: 'yuanjiang-2024' } };
export const Pingli: Story = { tags: ['bureau'], args: { bureau: 'pingli-2025' } };
export const Quxian: Story = { tags: ['bureau'], args: { bureau: 'quxian-2024' } };
export const English: Story = { args: { bureau: 'gaoyang-2025', lang: 'en' } };
export const Dark: Story = { args: { bureau: 'pingli-2025', theme: 'dark' } };
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

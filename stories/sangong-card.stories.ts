/** <sangong-card> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/sangong-card/sangong-card.define.js';
import type { Meta } from '@storybook/web-components-vite';
import { commonArgTypes, renderElement, stateStories, type ElementArgs, type Story } from './render.js';

const meta = {
  title: 'Elements/sangong-card',
  component: 'sangong-card',
  args: { bureau: 'gaoyang-2025', lang: 'zh-CN', unit: '万元' },
  argTypes: { ...commonArgTypes, variant: { control: 'inline-radio', options: ['full', 'compact'] } },
  render: (args) => renderElement('sangong-card', args),
} satisfies Meta<ElementArgs>;
export default meta;

export const Kaijiang: Story = { tags: ['bureau'], name: 'Kaijiang (reception only)', args: { bureau: 'kaijiang-2025' } };
export const Gaoyang: Story = { tags: ['bureau'], name: 'Gaoyang (published change, derived last year)', args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang: Story = { tags: ['bureau'], name: 'Yuanjiang (meetings and training)', args: { bureau: 'yuanjiang-2024' } };
export const Pingli: Story = { tags: ['bureau'], name: 'Pingli (last year published)', args: { bureau: 'pingli-2025' } };
export const Quxian: Story = { tags: ['bureau'], args: { bureau: 'quxian-2024' } };
export const Compact: Story = { args: { bureau: 'quxian-2024', variant: 'compact' } };
export const English: Story = { args: { bureau: 'pingli-2025', lang: 'en' } };
export const Dark: Story = { args: { bureau: 'gaoyang-2025', theme: 'dark' } };
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

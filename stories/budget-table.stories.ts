/** <budget-table> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/budget-table/budget-table.define.js';
import type { Meta } from '@storybook/web-components-vite';
import { commonArgTypes, renderElement, stateStories, type ElementArgs, type Story } from './render.js';

const meta = {
  title: 'Elements/budget-table',
  component: 'budget-table',
  args: { bureau: 'kaijiang-2025', lang: 'zh-CN', unit: '万元', table: 'general-budget-basic' },
  argTypes: { ...commonArgTypes, table: { control: 'text' }, expandLevel: { control: 'number' } },
  render: (args) => renderElement('budget-table', args),
} satisfies Meta<ElementArgs>;
export default meta;

export const Kaijiang: Story = { tags: ['bureau'], name: 'Kaijiang (economic classes, spanning headers)', args: { bureau: 'kaijiang-2025', table: 'fiscal-by-dept-economic' } };
export const Gaoyang: Story = { tags: ['bureau'], name: 'Gaoyang (三公 by fund type)', args: { bureau: 'gaoyang-2025', table: 'sangong' } };
export const Yuanjiang: Story = { tags: ['bureau'], name: 'Yuanjiang (收支总表, four sides)', args: { bureau: 'yuanjiang-2024', table: 'overview' } };
export const Pingli: Story = { tags: ['bureau'], name: 'Pingli (published in 元)', args: { bureau: 'pingli-2025', table: 'basic-by-dept-economic' } };
export const Quxian: Story = { tags: ['bureau'], name: 'Quxian (collapsed to 类 and 款)', args: { bureau: 'quxian-2024', table: 'general-budget-expenditure', expandLevel: 1 } };
export const PublishedEmpty: Story = { name: 'Published empty, with its note', args: { bureau: 'kaijiang-2025', table: 'gov-fund' } };
export const Unavailable: Story = { name: 'Listed but missing from the source', args: { bureau: 'yuanjiang-2024', table: 'income' } };
export const English: Story = { args: { bureau: 'quxian-2024', table: 'fiscal-by-dept-economic', lang: 'en' } };
export const Dark: Story = { args: { bureau: 'gaoyang-2025', table: 'income', theme: 'dark' } };
// Storybook indexes only `export const Name = …` stories, so each state is named here.
export const Loading: Story = stateStories.Loading;
export const ErrorNotFound: Story = stateStories.ErrorNotFound;
export const ErrorNetwork: Story = stateStories.ErrorNetwork;
export const ErrorTimeout: Story = stateStories.ErrorTimeout;
export const ErrorInvalidJson: Story = stateStories.ErrorInvalidJson;
export const ErrorInvalidSchema: Story = stateStories.ErrorInvalidSchema;
export const ErrorUnsupportedVersion: Story = stateStories.ErrorUnsupportedVersion;
export const Empty: Story = { ...stateStories.Empty, args: { ...stateStories.Empty.args, table: undefined } };
export const NoData: Story = stateStories.NoData;

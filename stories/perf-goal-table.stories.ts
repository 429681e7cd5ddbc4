/** <perf-goal-table> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/perf-goal-table/perf-goal-table.define.js';
import type { Meta } from '@storybook/web-components-vite';
import { commonArgTypes, renderElement, stateStories, type ElementArgs, type Story } from './render.js';

const meta = {
  title: 'Elements/perf-goal-table',
  component: 'perf-goal-table',
  args: { bureau: 'kaijiang-2025', lang: 'zh-CN', unit: '万元' },
  argTypes: { ...commonArgTypes, scope: { control: 'inline-radio', options: ['projects', 'department'] } },
  render: (args) => renderElement('perf-goal-table', args),
} satisfies Meta<ElementArgs>;
export default meta;

export const Kaijiang: Story = { tags: ['bureau'], name: 'Kaijiang (weights and directions)', args: { bureau: 'kaijiang-2025' } };
export const Gaoyang: Story = { tags: ['bureau'], name: 'Gaoyang (spending plans)', args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang: Story = { tags: ['bureau'], name: 'Yuanjiang (定量/定性)', args: { bureau: 'yuanjiang-2024' } };
export const Pingli: Story = { tags: ['bureau'], args: { bureau: 'pingli-2025' } };
export const Quxian: Story = { tags: ['bureau'], args: { bureau: 'quxian-2024' } };
export const OneProject: Story = { args: { bureau: 'gaoyang-2025', project: '高阳县慢特病鉴定资金' } };
export const Department: Story = { args: { bureau: 'quxian-2024', scope: 'department' } };
export const EmptyDepartmentTable: Story = { name: 'Department scope, none published', args: { bureau: 'gaoyang-2025', scope: 'department' } };
export const English: Story = { args: { bureau: 'pingli-2025', lang: 'en' } };
export const Dark: Story = { args: { bureau: 'kaijiang-2025', theme: 'dark', scope: 'department' } };
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

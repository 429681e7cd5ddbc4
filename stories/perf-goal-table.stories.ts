/** <perf-goal-table> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/perf-goal-table/perf-goal-table.define.js';
import { commonArgTypes, renderElement, stateStories, type ElementArgs } from './render.js';

export default {
  title: 'Elements/perf-goal-table',
  component: 'perf-goal-table',
  args: { bureau: 'kaijiang-2025', lang: 'zh-CN', unit: '万元' } satisfies ElementArgs,
  argTypes: { ...commonArgTypes, scope: { control: 'inline-radio', options: ['projects', 'department'] } },
  render: (args: ElementArgs) => renderElement('perf-goal-table', args),
};

export const Kaijiang = { name: 'Kaijiang (weights and directions)', args: { bureau: 'kaijiang-2025' } };
export const Gaoyang = { name: 'Gaoyang (spending plans)', args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang = { name: 'Yuanjiang (定量/定性)', args: { bureau: 'yuanjiang-2024' } };
export const Pingli = { args: { bureau: 'pingli-2025' } };
export const Quxian = { args: { bureau: 'quxian-2024' } };
export const OneProject = { args: { bureau: 'gaoyang-2025', extra: { project: '高阳县慢特病鉴定资金' } } };
export const Department = { args: { bureau: 'quxian-2024', extra: { scope: 'department' } } };
export const NoDepartmentTable = { name: 'Department scope, none published', args: { bureau: 'gaoyang-2025', extra: { scope: 'department' } } };
export const English = { args: { bureau: 'pingli-2025', lang: 'en' } };
export const Dark = { args: { bureau: 'kaijiang-2025', theme: 'dark', extra: { scope: 'department' } } };
export const { ErrorNotFound, ErrorNetwork, ErrorInvalidJson, ErrorInvalidSchema, ErrorUnsupportedVersion, NoData } = stateStories;

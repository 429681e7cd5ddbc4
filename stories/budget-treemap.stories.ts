/** <budget-treemap> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/budget-treemap/budget-treemap.define.js';
import { commonArgTypes, renderElement, stateStories, type ElementArgs } from './render.js';

export default {
  title: 'Elements/budget-treemap',
  component: 'budget-treemap',
  args: { bureau: 'quxian-2024', lang: 'zh-CN', unit: '万元' } satisfies ElementArgs,
  argTypes: {
    ...commonArgTypes,
    by: { control: 'inline-radio', options: ['function', 'economic', 'basic-project', 'projects'] },
    fund: { control: 'inline-radio', options: ['all', 'general-budget', 'gov-fund'] },
  },
  render: (args: ElementArgs) => renderElement('budget-treemap', args),
};

export const Quxian = { args: { bureau: 'quxian-2024' } };
export const Kaijiang = { args: { bureau: 'kaijiang-2025' } };
export const Gaoyang = { args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang = { args: { bureau: 'yuanjiang-2024' } };
export const Pingli = { args: { bureau: 'pingli-2025' } };
export const Economic = { args: { bureau: 'quxian-2024', extra: { by: 'economic' } } };
export const BasicProject = { args: { bureau: 'gaoyang-2025', extra: { by: 'basic-project' } } };
export const Projects = { args: { bureau: 'quxian-2024', extra: { by: 'projects' } } };
export const GovernmentFunds = { args: { bureau: 'quxian-2024', extra: { fund: 'gov-fund' } } };
export const English = { args: { bureau: 'kaijiang-2025', lang: 'en' } };
export const Dark = { args: { bureau: 'quxian-2024', theme: 'dark' } };
export const { ErrorNotFound, ErrorNetwork, ErrorInvalidJson, ErrorInvalidSchema, ErrorUnsupportedVersion, NoData } = stateStories;

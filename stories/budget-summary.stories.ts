/** <budget-summary> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/budget-summary/budget-summary.define.js';
import { commonArgTypes, renderElement, stateStories, type ElementArgs } from './render.js';

export default {
  title: 'Elements/budget-summary',
  component: 'budget-summary',
  args: { bureau: 'kaijiang-2025', lang: 'zh-CN', unit: '万元' } satisfies ElementArgs,
  argTypes: commonArgTypes,
  render: (args: ElementArgs) => renderElement('budget-summary', args),
};

export const Kaijiang = { args: { bureau: 'kaijiang-2025' } };
export const Gaoyang = { args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang = { args: { bureau: 'yuanjiang-2024' } };
export const Pingli = { name: 'Pingli (published in 元)', args: { bureau: 'pingli-2025' } };
export const Quxian = { name: 'Quxian (carry-over and government funds)', args: { bureau: 'quxian-2024' } };
export const English = { args: { bureau: 'quxian-2024', lang: 'en' } };
export const InYuan = { name: 'In 元', args: { bureau: 'kaijiang-2025', unit: '元' } };
export const InYi = { name: 'In 亿元', args: { bureau: 'quxian-2024', unit: '亿元' } };
export const Dark = { args: { bureau: 'gaoyang-2025', theme: 'dark' } };
export const TotalsOnly = { args: { bureau: 'yuanjiang-2024', extra: { sections: 'totals' } } };
export const { ErrorNotFound, ErrorNetwork, ErrorInvalidJson, ErrorInvalidSchema, ErrorUnsupportedVersion, NoData } = stateStories;

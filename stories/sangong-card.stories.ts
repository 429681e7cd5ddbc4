/** <sangong-card> stories (Component Story Format 3); test/stories/ runs each with axe-core. */
import '../src/elements/sangong-card/sangong-card.define.js';
import { commonArgTypes, renderElement, stateStories, type ElementArgs } from './render.js';

export default {
  title: 'Elements/sangong-card',
  component: 'sangong-card',
  args: { bureau: 'gaoyang-2025', lang: 'zh-CN', unit: '万元' } satisfies ElementArgs,
  argTypes: { ...commonArgTypes, variant: { control: 'inline-radio', options: ['full', 'compact'] } },
  render: (args: ElementArgs) => renderElement('sangong-card', args),
};

export const Kaijiang = { name: 'Kaijiang (reception only)', args: { bureau: 'kaijiang-2025' } };
export const Gaoyang = { name: 'Gaoyang (published change, derived last year)', args: { bureau: 'gaoyang-2025' } };
export const Yuanjiang = { name: 'Yuanjiang (meetings and training)', args: { bureau: 'yuanjiang-2024' } };
export const Pingli = { name: 'Pingli (last year published)', args: { bureau: 'pingli-2025' } };
export const Quxian = { args: { bureau: 'quxian-2024' } };
export const Compact = { args: { bureau: 'quxian-2024', extra: { variant: 'compact' } } };
export const English = { args: { bureau: 'pingli-2025', lang: 'en' } };
export const Dark = { args: { bureau: 'gaoyang-2025', theme: 'dark' } };
export const { ErrorNotFound, ErrorNetwork, ErrorInvalidJson, ErrorInvalidSchema, ErrorUnsupportedVersion, NoData } = stateStories;

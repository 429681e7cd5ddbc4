/**
 * The level names of goal tables' indicator grids (一级指标 / 二级指标): what the templates name them, and how a PDF glues
 * them to the text printed beside them.
 */

/** 产出指标, 效益指标 …: the level-1 names of every template (成本指标 is level 1 in some, level 2 in others). */
export const LEVEL1 = /^(产出|效益|满意度|成本)指标$/;
/** A level-1 or level-2 indicator name: a short label ending in 指标 (数量指标, 社会效益指标, 可持续影响指标). */
export const isLevelName = (text: string): boolean =>
  /^[\u4e00-\u9fa5]{2,10}指标$/.test(text) && !/(一级|二级|三级)指标$|^(绩效|正向|反向)指标$/.test(text);

/** A level name glued to the text before it ("…缴纳成本指标", "≥90%满意度指标"). */
export const GLUED_LEVEL = /^(.+?)((?:产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)指标)$/;
/** Level 2 names of the templates: a word ending in 指标 that is none of these may be text glued to a level 1. */
const LEVEL_TWO = /^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|可持续发展|服务对象满意度|满意度)指标$/;
/**
 * Text glued to the level 1 printed before a level 2 ("参保对象满意度满意度指标 服务对象满意度指标"): a word that only
 * looks like a level name by its ending, is no level 2 of the templates, ends in a level 1 and is followed by a level 2.
 */
export const gluedLevelOne = (word: string, next: string | undefined) =>
  !LEVEL1.test(word) && !LEVEL_TWO.test(word) && /^[\u4e00-\u9fa5]{2,}(产出|效益|满意度|成本)指标$/.test(word) && LEVEL_TWO.test(next ?? '');
export const knownLevel = (text: string) => LEVEL1.test(text) || LEVEL_TWO.test(text);

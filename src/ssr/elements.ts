/**
 * The elements a server render can produce, and the options each takes: its own attributes,
 * read from the element class, so that a new attribute is a new option without a list to update.
 */
import { BudgetReport, BudgetSummary, BudgetTable, BudgetTreemap, PerfGoalTable, SangongCard } from '../index.js';
import type { ElementTag } from './tags.js';

export { ELEMENT_TAGS, type ElementTag } from './tags.js';

/** Typed by the tag list, so a tag without its class (or a class without its tag) does not compile. */
export const ELEMENTS: Record<ElementTag, (typeof BudgetSummary | typeof SangongCard | typeof PerfGoalTable | typeof BudgetTreemap | typeof BudgetTable | typeof BudgetReport)> = {
  'budget-summary': BudgetSummary,
  'sangong-card': SangongCard,
  'perf-goal-table': PerfGoalTable,
  'budget-treemap': BudgetTreemap,
  'budget-table': BudgetTable,
  'budget-report': BudgetReport,
};

export const isElementTag = (tag: string): tag is ElementTag => Object.hasOwn(ELEMENTS, tag);

/**
 * Attributes every render sets itself (`lang`, `unit`, `theme`) or that only matter to a page
 * that fetches (`src`, `credentials`, `timeout`): they are not the element's own options.
 */
const NOT_OPTIONS = new Set(['lang', 'unit', 'theme', 'src', 'credentials', 'timeout']);

/** The attributes of an element that choose what it shows (`variant`, `sections`, `heading-level` …). */
export function elementOptions(tag: ElementTag): string[] {
  return ELEMENTS[tag].observedAttributes.filter((name) => !NOT_OPTIONS.has(name));
}

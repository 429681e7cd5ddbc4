/**
 * Worded targets a PDF glued to an indicator's name, told apart by the document itself. Where a worded target
 * ("有效减轻", "上访率<1%") is printed as a target cell of its own in one row, the same words glued before another
 * row's name ("有效减轻离休干部…"), or parted from its operator after the name ("提高群众办事效率 上访率 < 1%"), are
 * that target too. Words alone cannot say where such a target ends; the document's own rows can, and only they decide.
 */
import type { Indicator } from '../../../data/schema.js';
import { hasTarget, readTarget } from './indicators.js';
import { squash } from '../tables/text.js';

/** A target with at least two Chinese characters: a figure with its unit ("2次") could begin any name. */
const worded = (text: string) => (text.match(/[\u4e00-\u9fa5]/g) ?? []).length >= 2;
const targetText = (indicator: Indicator) => squash(indicator.valueText ?? `${indicator.operator ?? ''}${indicator.value ?? ''}${indicator.unit ?? ''}`);
/** What is left of a name is still a name: a few characters, not a stray word. */
const MIN_NAME = 4;

/** The worded targets printed as cells of their own, in the rows of every goal table of the document. */
export function knownTargets(indicators: readonly Indicator[]): string[] {
  const targets = indicators.filter((indicator) => hasTarget(indicator) && !indicator.name.includes(' ')).map(targetText).filter(worded);
  // Longest first, so "上访率<1%" is tried before a shorter target that begins it.
  return [...new Set(targets)].sort((a, b) => b.length - a.length);
}

/** The row with its target taken out of its name where a known target is glued to it; undefined when none is. */
export function partKnownTarget(indicator: Indicator, known: readonly string[]): Indicator | undefined {
  const { name } = indicator;
  if (!hasTarget(indicator)) {
    const target = known.find((text) => name.startsWith(text) && squash(name.slice(text.length)).length >= MIN_NAME);
    return target ? { ...withoutTarget(indicator), name: name.slice(target.length).trim(), ...readTarget(target) } : undefined;
  }
  // The target's first words printed after a space in the name cell, its operator and figure in their own cells.
  const space = name.lastIndexOf(' ');
  if (space < 0) return undefined;
  const words = squash(name.slice(space + 1));
  const target = known.find((text) => text === words + targetText(indicator) && text !== targetText(indicator));
  const rest = name.slice(0, space).trim();
  return target && squash(rest).length >= MIN_NAME ? { ...withoutTarget(indicator), name: rest, ...readTarget(target) } : undefined;
}

function withoutTarget(indicator: Indicator): Indicator {
  const rest = { ...indicator };
  for (const key of ['valueText', 'operator', 'value', 'unit'] as const) delete rest[key];
  return rest;
}

/** Performance goals as <perf-goal-table> shows them: indicators grouped 一级 → 二级, filtered. */
import type { Indicator, ProjectGoal } from './schema.js';

export interface IndicatorGroup {
  level1: string;
  level2s: { level2: string; indicators: Indicator[] }[];
}

/** Groups in published order of first appearance, as the published tables merge their cells. */
export function groupIndicators(indicators: readonly Indicator[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const indicator of indicators) {
    let group = groups.find((g) => g.level1 === indicator.level1);
    if (!group) groups.push((group = { level1: indicator.level1, level2s: [] }));
    const level2 = indicator.level2 ?? '';
    let sub = group.level2s.find((s) => s.level2 === level2);
    if (!sub) group.level2s.push((sub = { level2, indicators: [] }));
    sub.indicators.push(indicator);
  }
  return groups;
}

/**
 * The target as published: "≥ 95 %", "＝ 100 %", "定性：好", or the single printed cell. Its operator,
 * figure and unit are joined by no-break spaces: one target, never "≥ 95" on one line and "%" on the next.
 */
export function targetText(indicator: Indicator): string {
  const { operator, value, unit, valueText } = indicator;
  if (operator === '定性') return `定性：${value ?? valueText ?? ''}`;
  if (operator && value !== undefined) return [operator, value, unit].filter(Boolean).join('\u00a0');
  if (valueText !== undefined) return valueText;
  return [value, unit].filter(Boolean).join('\u00a0');
}

export interface GoalFilter {
  level1?: string;
  /** Case-insensitive text: matches project names and codes, indicator names, targets, descriptions. */
  query?: string;
}

/** Whether any text holds the query, a no-break space matching a space. */
const matches = (text: (string | undefined)[], query: string) => text.some((t) => t?.toLowerCase().replace(/\s/g, ' ').includes(query));

export function filterIndicators(project: Pick<ProjectGoal, 'name' | 'code'>, indicators: readonly Indicator[], { level1, query }: GoalFilter): Indicator[] {
  const q = query?.trim().toLowerCase();
  const projectMatches = !!q && matches([project.name, project.code], q);
  return indicators.filter(
    (i) =>
      (!level1 || i.level1 === level1) &&
      (!q || projectMatches || matches([i.name, i.level1, i.level2, targetText(i), i.description, i.basis, i.remarks], q)),
  );
}

/** A project by its code or its name, as the `project` attribute gives it. */
export const findProject = (projects: readonly ProjectGoal[], key: string): ProjectGoal | undefined =>
  projects.find((p) => p.code === key) ?? projects.find((p) => p.name === key);

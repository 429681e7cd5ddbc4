import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BudgetDocument, DepartmentGoal, Indicator, ProjectGoal } from '../../data/schema.js';
import { filterIndicators, findProject, groupIndicators, targetText } from '../../data/goals.js';
import { BudgetElement } from '../budget-element.js';
import { unitLabel } from '../../format/amount.js';
import { tableStyles } from '../../styles/table.js';
import { factStyles } from '../../styles/facts.js';
import { scrollRegion } from '../scroll-region.js';
import { publishedText, zh } from '../published-text.js';
import { styles } from './perf-goal-table.styles.js';

/** Goal texts longer than this collapse behind a disclosure control. */
const LONG_TEXT = 60;

/**
 * An indicator column: its key (for ids), its header, an indicator's value in it (none: shown as —),
 * and whether that value is in the reader's language (a translated term) rather than published Chinese.
 */
type Column = [key: string, label: string, value: (indicator: Indicator) => string | undefined, translated?: boolean];

/**
 * Performance goals (绩效目标): the project goal tables or the department-wide goal table,
 * with indicators grouped 一级 → 二级 as published. Every data cell names its headers
 * (`headers`), so the grouping reaches assistive technology; below 600 px the rows stack
 * as cards in the same reading order, keeping their table roles.
 *
 * @summary Project and department performance targets.
 *
 * @attr scope - `projects` (default) or `department`.
 * @attr project - Show one project, by its code or its name.
 *
 * @csspart base - The article.
 * @csspart title - The heading.
 * @csspart controls - The filter and search controls.
 * @csspart project - Each project.
 * @csspart table - The tables.
 */
export class PerfGoalTable extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles, factStyles, styles];

  static override properties: PropertyDeclarations = {
    scope: { reflect: true },
    project: {},
    level1: { state: true },
    query: { state: true },
  };

  /** `projects` (default) or `department`. */
  scope: 'projects' | 'department' = 'projects';

  /** One project, by code or name. */
  project?: string;

  private level1 = '';
  private query = '';

  protected renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.locale.t;
    const department = this.scope === 'department';
    const header = html`<header>
      ${this.heading(department ? t.departmentGoalsTitle : t.goalsTitle, { id: 'title', part: 'title' })}
      <p class="meta">${this.markChinese(`${doc.meta.department.name} · ${doc.meta.year} · ${t.unitNote(unitLabel(this.displayUnit, this.locale.lang))}`)}</p>
    </header>`;
    const goals = doc.performance;
    const body = department
      ? goals?.department && this.#renderDepartment(doc, goals.department)
      : goals?.projects.length && this.#renderProjects(doc, goals.projects);
    return html`<article part="base" aria-labelledby="title" lang=${this.locale.lang}>
      ${header} ${body || html`<p class="state" part="state" role="status">${t.noGoals}</p>`}
    </article>`;
  }

  #renderProjects(doc: BudgetDocument, all: ProjectGoal[]) {
    const t = this.locale.t;
    const chosen = this.project ? findProject(all, this.project) : undefined;
    const projects = chosen ? [chosen] : all;
    const level1s = [...new Set(projects.flatMap((p) => p.indicators.map((i) => i.level1)))];
    const shown = projects
      .map((project, index) => ({ project, index, indicators: filterIndicators(project, project.indicators, { level1: this.level1, query: this.query }) }))
      .filter((p) => p.indicators.length > 0);
    const count = shown.reduce((n, p) => n + p.indicators.length, 0);
    return html`<div class="controls" part="controls">
        <label>
          <span>${t.filterLevel1}</span>
          <select @change=${(e: Event) => (this.level1 = (e.target as HTMLSelectElement).value)}>
            <option value="">${t.allLevel1}</option>
            ${level1s.map((l) => html`<option value=${l} ?selected=${l === this.level1} lang="zh-CN">${l}</option>`)}
          </select>
        </label>
        <label>
          <span>${t.search}</span>
          <input type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <p class="count" role="status">${count ? t.shownCount(count, shown.length) : t.noMatch}</p>
      ${shown.map(({ project, index, indicators }) => this.#renderProject(doc, project, `p${index}`, indicators))}`;
  }

  #renderProject(doc: BudgetDocument, project: ProjectGoal, id: string, indicators: Indicator[]) {
    const t = this.locale.t;
    return html`<section class="project" part="project">
      ${this.heading(zh(project.name), { sub: true })}
      <dl class="facts">
        ${project.code ? html`<div><dt>${t.projectCode}</dt><dd>${project.code}</dd></div>` : nothing}
        ${project.amount != null ? html`<div><dt>${t.amount}</dt><dd>${this.money(doc, project.amount)}</dd></div>` : nothing}
        ${(project.funding ?? []).map((f) => html`<div lang="zh-CN"><dt>${f.label}</dt><dd>${this.money(doc, f.amount)}</dd></div>`)}
        ${(project.fields ?? []).filter((f) => f.value.length <= LONG_TEXT).map((f) => html`<div lang="zh-CN"><dt>${f.label}</dt><dd>${publishedText(f.value)}</dd></div>`)}
      </dl>
      ${(project.fields ?? []).filter((f) => f.value.length > LONG_TEXT).map((f) => this.#text(f.label, f.value))}
      ${project.schedule?.length ? this.#renderSchedule(doc, project, id) : nothing}
      ${project.goal ? this.#text(t.annualGoal, project.goal) : nothing} ${project.periodGoal ? this.#text(t.periodGoal, project.periodGoal) : nothing}
      ${this.#renderIndicators(id, html`${zh(project.name)} ${t.indicators}`, indicators)}
    </section>`;
  }

  /** A labelled text: inline when short, behind a native disclosure (details) when long. */
  #text(label: string, value: string) {
    const text = publishedText(value);
    // The label is the interface's (年度目标) or the published field's own.
    const name = this.markChinese(label);
    return value.length > LONG_TEXT
      ? html`<details class="goal"><summary>${name}</summary><p lang="zh-CN">${text}</p></details>`
      : html`<p class="goal"><strong>${name}${this.locale.t.colon}</strong>${zh(text)}</p>`;
  }

  #renderSchedule(doc: BudgetDocument, project: ProjectGoal, id: string) {
    const t = this.locale.t;
    const schedule = project.schedule!;
    return scrollRegion(
      `${id}-schedule`,
      html`<table part="table" class="schedule">
        <caption id="${id}-schedule">${zh(project.name)} ${t.schedule}</caption>
        <thead><tr>${schedule.map((s) => html`<th scope="col" class="num" lang="zh-CN">${s.label}</th>`)}</tr></thead>
        <tbody><tr>${schedule.map((s) => html`<td class="num">${s.amount !== undefined ? this.money(doc, s.amount) : s.percent !== undefined ? `${s.percent}%` : '—'}</td>`)}</tr></tbody>
      </table>`,
      t.scrollHint,
    );
  }

  /**
   * The grouped indicator table. Group rows are row headers; each cell's `headers` lists its
   * column, its 一级 and 二级 groups and its indicator, so the grouping is announced with it.
   */
  #renderIndicators(id: string, caption: TemplateResult, indicators: Indicator[]) {
    const t = this.locale.t;
    // The target always; the other columns where some indicator has a value for them.
    const optional: Column[] = [
      ['weight', t.weight, (i) => i.weight?.toString()],
      ['direction', t.direction, (i) => i.direction && t.directions[i.direction], true],
      ['nature', t.nature, (i) => i.nature && t.natures[i.nature], true],
      ['basis', t.basis, (i) => [i.description, i.basis, i.remarks].filter(Boolean).join('；') || undefined],
    ];
    const columns: Column[] = [['value', t.indicatorValue, targetText], ...optional.filter(([, , value]) => indicators.some((i) => value(i) !== undefined))];
    const span = columns.length + 1;
    let n = 0;
    return scrollRegion(
      `${id}-caption`,
      html`<table part="table" class="indicators" role="table">
        <caption id="${id}-caption">${caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col" id="${id}-c-name">${t.indicatorName}</th>
            ${columns.map(([key, label]) => html`<th role="columnheader" scope="col" id="${id}-c-${key}">${label}</th>`)}
          </tr>
        </thead>
        ${groupIndicators(indicators).map(
          (group, g) => html`<tbody role="rowgroup">
            <tr role="row" class="level1">
              <th role="rowheader" colspan=${span} id="${id}-g${g}" lang="zh-CN">${group.level1}</th>
            </tr>
            ${group.level2s.map(
              (sub, s) => html`${sub.level2
                ? html`<tr role="row" class="level2"><th role="rowheader" colspan=${span} id="${id}-g${g}-${s}" headers="${id}-g${g}" lang="zh-CN">${sub.level2}</th></tr>`
                : nothing}
              ${sub.indicators.map((indicator) => {
                const row = `${id}-i${n++}`;
                const groups = sub.level2 ? `${id}-g${g} ${id}-g${g}-${s}` : `${id}-g${g}`;
                return html`<tr role="row">
                  <th role="rowheader" scope="row" id=${row} headers="${id}-c-name ${groups}" lang="zh-CN">${indicator.name}</th>
                  ${columns.map(
                    ([key, label, value, translated]) => {
                      const shown = value(indicator) ?? '—';
                      return html`<td role="cell" headers="${id}-c-${key} ${groups} ${row}" data-label=${label + t.colon}>${translated ? shown : zh(shown)}</td>`;
                    },
                  )}
                </tr>`;
              })}`,
            )}
          </tbody>`,
        )}
      </table>`,
      t.scrollHint,
    );
  }

  #renderDepartment(doc: BudgetDocument, goal: DepartmentGoal) {
    const t = this.locale.t;
    const amounts = goal.tasks.some((task) => task.amount != null);
    return html`${goal.tasks.length
        ? scrollRegion(
            'tasks-caption',
            html`<table part="table" class="tasks">
              <caption id="tasks-caption">${t.tasks}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.taskName}</th>
                  <th scope="col">${t.taskContent}</th>
                  ${amounts ? html`<th scope="col" class="num">${t.amount}</th>` : nothing}
                </tr>
              </thead>
              <tbody>
                ${goal.tasks.map(
                  (task) => html`<tr>
                    <th scope="row" lang="zh-CN">${task.name}</th>
                    <td lang="zh-CN">${publishedText(task.content ?? '—')}</td>
                    ${amounts ? html`<td class="num">${this.money(doc, task.amount)}</td>` : nothing}
                  </tr>`,
                )}
              </tbody>
            </table>`,
            t.scrollHint,
          )
        : nothing}
      ${goal.funding?.length
        ? html`<dl class="facts">
            ${goal.funding.map((f) => html`<div lang="zh-CN"><dt>${f.label}</dt><dd>${this.money(doc, f.amount)}</dd></div>`)}
          </dl>`
        : nothing}
      ${goal.goal ? this.#text(t.overallGoal, goal.goal) : nothing}
      ${this.#renderIndicators('d', html`${zh(goal.name ?? doc.meta.department.name)} ${t.indicators}`, goal.indicators)}`;
  }
}

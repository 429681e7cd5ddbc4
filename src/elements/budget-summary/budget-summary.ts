import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BudgetDocument } from '../../data/schema.js';
import { headline, type Headline, type Line } from '../../data/headline.js';
import { BudgetElement } from '../budget-element.js';
import { formatShare, unitLabel } from '../../format/amount.js';
import { FUNCTION_CLASSES_EN, INCOME_SOURCES_EN, stripNumbering } from '../../i18n/terms.js';
import { subjectLabel } from '../../i18n/index.js';
import { tableStyles } from '../../styles/table.js';
import { scrollRegion } from '../scroll-region.js';
import { publishedText } from '../published-text.js';
import { shareBar, type Segment } from '../share-bar.js';
import { barStyles } from '../../styles/bar.js';
import { styles } from './budget-summary.styles.js';

export const SUMMARY_SECTIONS = ['totals', 'income', 'expenditure', 'split', 'change'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/**
 * The headline of a department budget disclosure: totals, income by source, expenditure
 * by function class with the basic / project split and shares, carry-overs and the
 * published year-over-year change. Each bar chart has the same numbers as a table.
 *
 * @summary Headline figures of one department budget.
 *
 * @attr sections - space-separated subset of: totals income expenditure split change.
 *
 * @csspart base - The article wrapping the summary.
 * @csspart title - The heading with department and year.
 * @csspart totals - The list of headline totals.
 * @csspart section - Each of the income, expenditure, split and change sections.
 * @csspart chart - The share bars in the tables (decorative; the figures beside them say the same).
 * @csspart table - The data tables.
 */
export class BudgetSummary extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles, barStyles, styles];

  static override properties: PropertyDeclarations = {
    sections: {},
  };

  /** Space-separated subset of `totals income expenditure split change`; all when absent. */
  sections?: string;

  get #shown(): Set<SummarySection> {
    const asked = (this.sections ?? '').split(/[\s,]+/).filter((s): s is SummarySection => (SUMMARY_SECTIONS as readonly string[]).includes(s));
    return new Set(asked.length ? asked : SUMMARY_SECTIONS);
  }

  protected renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.locale.t;
    const overview = doc.tables.find((table) => table.kind === 'overview');
    return html`<article part="base" aria-labelledby="title" lang=${this.locale.lang}>
      <header>
        ${this.heading(this.markChinese(t.budgetTitle(doc.meta.department.name, doc.meta.year)), { id: 'title', part: 'title' })}
        <p class="unit">${this.markChinese(t.unitNote(unitLabel(this.displayUnit, this.locale.lang)))}</p>
      </header>
      ${overview?.status === 'published'
        ? this.#renderSections(doc, headline(doc))
        : // A 收支总表 published empty, or not at all, is said so, with its published note.
          html`<p class="state" part="state" role="status">${overview?.status === 'empty' ? (overview.note ?? t.emptyTable) : t.noOverview}</p>`}
    </article>`;
  }

  /** The sections asked for that have figures. */
  #renderSections(doc: BudgetDocument, h: Headline) {
    const shown = this.#shown;
    return html`${shown.has('totals') ? this.#renderTotals(doc, h) : nothing}
    ${shown.has('income') && h.income.length ? this.#renderIncome(doc, h) : nothing}
    ${shown.has('expenditure') && h.functions.length ? this.#renderExpenditure(doc, h) : nothing}
    ${shown.has('split') && (h.basic !== undefined || h.project !== undefined) ? this.#renderSplit(doc, h) : nothing}
    ${shown.has('change') && h.changes.length ? this.#renderChanges(h) : nothing}`;
  }

  /** Label in the reader's language; in English the published Chinese stays beside it. */
  #label(published: string, english: string | undefined): TemplateResult {
    const name = stripNumbering(published);
    if (this.locale.lang === 'zh-CN' || !english) return html`${name}`;
    return html`${english} <span class="zh" lang="zh-CN">${name}</span>`;
  }

  #renderTotals(doc: BudgetDocument, h: Headline) {
    const t = this.locale.t;
    const items: [string, number | undefined][] = [
      [t.incomeTotal, h.incomeTotal],
      [t.expenditureTotal, h.expenditureTotal],
    ];
    // This year's figures and carry-overs only where they differ from the totals.
    if (h.carryOver || h.carryForward || h.incomeThisYear !== h.expenditureThisYear) {
      items.push([t.incomeThisYear, h.incomeThisYear], [t.expenditureThisYear, h.expenditureThisYear], [t.carryOver, h.carryOver], [t.carryForward, h.carryForward]);
    }
    return html`<dl class="totals" part="totals">
      ${items
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => html`<div><dt>${name}</dt><dd>${this.money(doc, value!)}</dd></div>`)}
    </dl>`;
  }

  /** The share of the whole in text, with its bar drawn under it. */
  #share(whole: number, segments: Segment[]) {
    const total = segments.reduce((n, s) => n + s.value, 0);
    return html`<td class="num share">${formatShare(total, whole, this.locale.lang)} ${shareBar(whole, segments)}</td>`;
  }

  #renderIncome(doc: BudgetDocument, h: Headline) {
    const t = this.locale.t;
    const whole = h.incomeTotal ?? h.incomeThisYear ?? 0;
    // Named by the term, in Chinese, as the published lines are: label() shows it beside the English.
    const lines: Line[] = h.carryOver ? [...h.income, { key: 'carry-over', name: '上年结转', amount: h.carryOver }] : h.income;
    return html`<section part="section">
      ${this.heading(t.incomeBySource, { sub: true })}
      ${scrollRegion(
        'title income-caption',
        html`<table part="table">
          <caption id="income-caption" class="visually-hidden">${t.incomeBySource}</caption>
          <thead><tr><th scope="col">${t.item}</th><th scope="col" class="num">${t.amount}</th><th scope="col" class="num">${t.share}</th></tr></thead>
          <tbody>
            ${lines.map(
              (l) => html`<tr>
                <th scope="row">${this.#label(l.name, INCOME_SOURCES_EN[l.key])}</th>
                <td class="num">${this.money(doc, l.amount)}</td>
                ${this.#share(whole, [{ series: 's1', value: l.amount }])}
              </tr>`,
            )}
          </tbody>
        </table>`,
        t.scrollHint,
      )}
    </section>`;
  }

  #renderExpenditure(doc: BudgetDocument, h: Headline) {
    const t = this.locale.t;
    const whole = h.expenditureThisYear ?? h.expenditureTotal ?? 0;
    const split = h.functions.some((f) => f.basic !== undefined || f.project !== undefined);
    return html`<section part="section">
      ${this.heading(t.expenditureByFunction, { sub: true })}
      ${split ? this.#legend() : nothing}
      ${scrollRegion(
        'title expenditure-caption',
        html`<table part="table">
          <caption id="expenditure-caption" class="visually-hidden">${t.expenditureByFunction}</caption>
          <thead>
            <tr>
              <th scope="col">${t.item}</th>
              <th scope="col" class="num">${t.amount}</th>
              <th scope="col" class="num">${t.share}</th>
              ${split ? html`<th scope="col" class="num">${t.basic}</th><th scope="col" class="num">${t.project}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${h.functions.map(
              (f) => html`<tr>
                <th scope="row"><span class="code">${f.code}</span> ${this.#label(f.name, FUNCTION_CLASSES_EN[f.code])}</th>
                <td class="num">${this.money(doc, f.amount)}</td>
                ${split
                  ? html`${this.#share(whole, [
                        { series: 's1', value: f.basic ?? 0 },
                        { series: 's2', value: f.project ?? 0 },
                      ])}
                      <td class="num">${this.money(doc, f.basic ?? 0, f.basicDerived)}</td>
                      <td class="num">${this.money(doc, f.project ?? 0, f.projectDerived)}</td>`
                  : this.#share(whole, [{ series: 's1', value: f.amount }])}
              </tr>`,
            )}
          </tbody>
        </table>`,
        t.scrollHint,
      )}
      ${h.functions.some((f) => f.basicDerived || f.projectDerived) ? html`<p class="note">${t.derivedNote}</p>` : nothing}
    </section>`;
  }

  #legend() {
    const t = this.locale.t;
    return html`<p class="legend" aria-hidden="true">
      <span><span class="swatch s1"></span>${t.basic}</span>
      <span><span class="swatch s2"></span>${t.project}</span>
    </p>`;
  }

  #renderSplit(doc: BudgetDocument, h: Headline) {
    const t = this.locale.t;
    const whole = (h.basic ?? 0) + (h.project ?? 0);
    const rows: [string, number | undefined, boolean, 's1' | 's2'][] = [
      [t.basic, h.basic, false, 's1'],
      [t.personnel, h.personnel, true, 's1'],
      [t.operating, h.operating, true, 's1'],
      [t.project, h.project, false, 's2'],
    ];
    return html`<section part="section">
      ${this.heading(t.basicAndProject, { sub: true })}
      ${this.#legend()}
      ${scrollRegion(
        'title split-caption',
        html`<table part="table">
          <caption id="split-caption" class="visually-hidden">${t.basicAndProject}</caption>
          <thead><tr><th scope="col">${t.item}</th><th scope="col" class="num">${t.amount}</th><th scope="col" class="num">${t.share}</th></tr></thead>
          <tbody>
            ${rows
              .filter(([, value]) => value !== undefined)
              .map(
                ([name, value, indent, series]) => html`<tr class=${indent ? 'sub' : ''}>
                  <th scope="row">${name}</th>
                  <td class="num">${this.money(doc, value!)}</td>
                  ${this.#share(whole, [{ series, value: value! }])}
                </tr>`,
              )}
          </tbody>
        </table>`,
        t.scrollHint,
      )}
    </section>`;
  }

  /** The published changes, verbatim; statements that say the same of several totals are shown once. */
  #renderChanges(h: Headline) {
    const t = this.locale.t;
    const groups = new Map<string, { subjects: string[]; text: string[] }>();
    for (const s of h.changes) {
      const text = [s.changeText, s.explanation].filter((part): part is string => !!part);
      const key = text.join('\n');
      const group = groups.get(key) ?? { subjects: [], text };
      group.subjects.push(subjectLabel(t, s.subject));
      groups.set(key, group);
    }
    return html`<section part="section">
      ${this.heading(t.changeFromLastYear, { sub: true })}
      <dl class="changes">
        ${[...groups.values()].map(
          ({ subjects, text }) => html`<div>
            <dt>${subjects.join(this.locale.lang === 'en' ? ', ' : '、')}</dt>
            ${text.map((line) => html`<dd lang="zh-CN">${publishedText(line)}</dd>`)}
          </div>`,
        )}
      </dl>
    </section>`;
  }
}

import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BudgetDocument, Sangong } from '../../data/schema.js';
import { SANGONG_PARTS, sangongLines, type Figure, type SangongLine, type SangongPart } from '../../data/sangong.js';
import { BudgetElement } from '../budget-element.js';
import { formatShare, unitLabel } from '../../format/amount.js';
import { tableStyles } from '../../styles/table.js';
import { barStyles } from '../../styles/bar.js';
import { scrollRegion } from '../scroll-region.js';
import { shareBar } from '../share-bar.js';
import { publishedText, zh } from '../published-text.js';
import { styles } from './sangong-card.styles.js';

const SUB_PARTS: SangongPart[] = ['vehiclePurchase', 'vehicleOperation'];

/**
 * The "三公"经费 card: the total and each part (因公出国（境）, 公务用车 split into 购置 and
 * 运行, 公务接待), every part shown even when zero, with last year and the change where the
 * document publishes them (or the library derives them, marked), the published explanation,
 * 会议费 and 培训费 when published, and a bar per part whose figures are in the text.
 *
 * @summary The "three public expenses" of one department budget.
 *
 * @attr variant - `full` (default, for an article column) or `compact` (a sidebar, from 280 px).
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart total - The headline total.
 * @csspart table - The table of parts.
 * @csspart chart - The bars (decorative; the figures beside them say the same).
 * @csspart explanation - The published explanation of the change.
 */
export class SangongCard extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles, barStyles, styles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
  };

  /** `full` (default) or `compact`. */
  variant: 'full' | 'compact' = 'full';

  protected renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.locale.t;
    const title = this.heading(t.sangongTitle, { id: 'title', part: 'title' });
    if (!doc.sangong) {
      return html`<article part="base" aria-labelledby="title">${title}<p class="state" part="state" role="status">${t.noSangong}</p></article>`;
    }
    const lines = sangongLines(doc.sangong);
    const total = lines[0]!;
    return html`<article part="base" aria-labelledby="title" lang=${this.locale.lang}>
      <header>
        ${title}
        <p class="department">${zh(doc.meta.department.name)} · ${doc.meta.year}</p>
      </header>
      <p class="headline" part="total">
        <span class="amount">${this.money(doc, total.current)}</span>
        <span class="unit">${this.markChinese(unitLabel(this.displayUnit, this.locale.lang))}</span>
        ${total.change ? html`<span class="change">${t.changeFromLastYear} ${this.#signed(doc, total.change)}</span>` : nothing}
      </p>
      ${this.variant === 'compact' ? this.#renderList(doc, lines) : this.#renderTable(doc, doc.sangong, lines)}
      ${this.variant === 'full' && (doc.sangong.byFund?.length ?? 0) > 1 ? this.#renderByFund(doc, doc.sangong) : nothing}
      ${doc.sangong.changeText || doc.sangong.explanation
        ? html`<div class="explanation" part="explanation" lang="zh-CN">
            ${[doc.sangong.changeText, doc.sangong.explanation].filter(Boolean).map((text) => html`<p>${publishedText(text!)}</p>`)}
          </div>`
        : nothing}
    </article>`;
  }

  /** A figure, or the explicit words for zero: a part not budgeted is news, never a blank. */
  #current(doc: BudgetDocument, yuan: number): TemplateResult | string {
    return yuan === 0 ? html`${this.money(doc, 0)} <span class="zero">${this.locale.t.notBudgeted}</span>` : this.money(doc, yuan);
  }

  #signed(doc: BudgetDocument, change: Figure): TemplateResult {
    return html`${change.value > 0 ? '+' : ''}${this.money(doc, change.value, change.derived)}`;
  }

  #percent(line: SangongLine): string {
    const previous = line.previous?.value;
    if (!line.change || !previous) return '—';
    const share = formatShare(Math.abs(line.change.value), previous, this.locale.lang);
    return line.change.value < 0 ? `-${share}` : line.change.value > 0 ? `+${share}` : share;
  }

  #renderList(doc: BudgetDocument, lines: SangongLine[]) {
    const t = this.locale.t;
    const whole = lines[0]!.current;
    return html`<dl class="parts">
      ${lines.slice(1).map(
        (line) => html`<div class=${SUB_PARTS.includes(line.part) ? 'sub' : ''}>
          <dt>${t.sangongParts[line.part]}</dt>
          <dd>${this.#current(doc, line.current)} ${shareBar(whole, [{ series: 's1', value: line.current }])}</dd>
        </div>`,
      )}
    </dl>`;
  }

  #renderTable(doc: BudgetDocument, sangong: Sangong, lines: SangongLine[]) {
    const t = this.locale.t;
    const whole = lines[0]!.current;
    const history = lines.some((l) => l.previous);
    const extras: [string, { current: number; previous?: number } | undefined][] = [
      [t.meetings, sangong.meetings],
      [t.training, sangong.training],
    ];
    const derived = lines.some((l) => l.previous?.derived || l.change?.derived);
    return html`${scrollRegion(
        'title caption',
        html`<table part="table">
          <caption id="caption" class="visually-hidden">${t.sangongTitle}</caption>
          <thead>
            <tr>
              <th scope="col">${t.item}</th>
              <th scope="col" class="num">${t.thisYear}</th>
              ${history
                ? html`<th scope="col" class="num">${t.lastYear}</th>
                    <th scope="col" class="num">${t.change}</th>
                    <th scope="col" class="num">${t.changePercent}</th>`
                : nothing}
            </tr>
          </thead>
          <tbody>
            ${lines.map(
              (line) => html`<tr class=${line.part === 'total' ? 'total' : SUB_PARTS.includes(line.part) ? 'sub' : ''}>
                <th scope="row">${t.sangongParts[line.part]}</th>
                <td class="num">
                  ${this.#current(doc, line.current)}
                  ${line.part === 'total' ? nothing : shareBar(whole, [{ series: 's1', value: line.current }])}
                </td>
                ${history
                  ? html`<td class="num">${this.money(doc, line.previous?.value, line.previous?.derived)}</td>
                      <td class="num">${line.change ? this.#signed(doc, line.change) : '—'}</td>
                      <td class="num">${this.#percent(line)}</td>`
                  : nothing}
              </tr>`,
            )}
            ${extras
              .filter((extra): extra is [string, { current: number; previous?: number }] => extra[1] !== undefined)
              .map(
                ([name, figures]) => html`<tr class="extra">
                  <th scope="row">${name}</th>
                  <td class="num">${this.#current(doc, figures.current)}</td>
                  ${history
                    ? html`<td class="num">${this.money(doc, figures.previous)}</td>
                        <td class="num">—</td>
                        <td class="num">—</td>`
                    : nothing}
                </tr>`,
              )}
          </tbody>
        </table>`,
        t.scrollHint,
      )}
      ${derived ? html`<p class="note">${t.derivedNote}</p>` : nothing}`;
  }

  /** Per fund type, when more than one fund type has 三公 spending. */
  #renderByFund(doc: BudgetDocument, sangong: Sangong) {
    const t = this.locale.t;
    const parts = SANGONG_PARTS.filter((part) => !SUB_PARTS.includes(part));
    return scrollRegion(
      'title fund-caption',
      html`<table part="table" class="by-fund">
        <caption id="fund-caption">${t.byFund}</caption>
        <thead>
          <tr>
            <th scope="col">${t.funding}</th>
            ${parts.map((part) => html`<th scope="col" class="num">${t.sangongParts[part]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${sangong.byFund!.map(
            ({ fund, amounts }) => html`<tr>
              <th scope="row">${t.fundNames[fund]}</th>
              ${parts.map((part) => html`<td class="num">${this.#current(doc, amounts[part])}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>`,
      t.scrollHint,
    );
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BudgetDocument, Statement } from '../../data/schema.js';
import { reportOutline, type ReportItem, type ReportPart } from '../../data/report.js';
import { BudgetElement } from '../budget-element.js';
import { heading } from '../heading.js';
import { subjectLabel } from '../../i18n/index.js';
import { scrollRegion } from '../scroll-region.js';
import { numberedTitle, publishedText, zh } from '../published-text.js';
import { tableStyles } from '../../styles/table.js';
import { styles } from './budget-report.styles.js';
import '../budget-summary/budget-summary.define.js';
import '../budget-table/budget-table.define.js';
import '../sangong-card/sangong-card.define.js';
import '../perf-goal-table/perf-goal-table.define.js';

/** Items shown by an element with a title of its own. */
const EMBEDS_WITH_TITLE: ReportItem['type'][] = ['summary', 'sangong', 'project-goals', 'department-goals'];

/**
 * The whole disclosure in one element: profile, summary, every table, 三公, performance
 * targets, other disclosures, explanations of changes and the glossary, with a table of
 * contents. Deep links (`#t-sangong`, or `#<id>-t-sangong` when the element has an id)
 * work although the content lives in Shadow DOM: the element answers the page's
 * `hashchange` and the initial fragment itself. Prints as a clean document.
 *
 * @summary The complete department budget disclosure, navigable and printable.
 *
 * @csspart base - The article.
 * @csspart title - The report's title.
 * @csspart toc - The table of contents.
 * @csspart part - Each part (profile, summary, tables …).
 *
 * @cssproperty [--budget-report-scroll-margin=1rem] - Room kept above an item a link scrolls to (e.g. the height of a fixed page header).
 */
export class BudgetReport extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles, styles];

  readonly #onHashChange = () => this.#reveal(location.hash, false);
  /** The fragment from the page's address, revealed once the document has rendered. */
  #pendingHash = '';

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHashChange);
    this.#pendingHash = location.hash;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
  }

  /** The fragment that links to an item of this report. */
  anchor(item: string): string {
    return this.id ? `${this.id}-${item}` : item;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#pendingHash && this.dataController.state.status === 'ready') {
      const hash = this.#pendingHash;
      this.#pendingHash = '';
      // Embedded elements render their own content after this update: reveal once they have.
      void Promise.all([...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-embed]')].map((e) => e.updateComplete)).then(() =>
        this.#reveal(hash, false),
      );
    }
  }

  /** Scrolls to the item a fragment names and moves focus there, when the item is ours. */
  #reveal(hash: string, smooth: boolean): void {
    let id: string;
    try {
      id = decodeURIComponent(hash.replace(/^#/, ''));
    } catch {
      return; // A malformed fragment (#%E0) is nobody's item, and no reason to throw into the page.
    }
    if (!id || !id.startsWith(this.id ? `${this.id}-` : '')) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!target) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: smooth && !reduce ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
  }

  #onTocClick(event: MouseEvent): void {
    const link = (event.target as Element).closest('a');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const hash = link.getAttribute('href')!;
    event.preventDefault();
    // The address shows the fragment (to share, bookmark, go back to) without the browser looking for it outside the shadow root.
    if (location.hash !== hash) {
      try {
        history.pushState(history.state, '', hash);
      } catch {
        // A sandboxed or opaque document may refuse: the link still scrolls.
      }
    }
    this.#reveal(hash, true);
  }

  protected renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.locale.t;
    const parts = reportOutline(doc);
    const level = this.headingLevel;
    const source = doc.meta.source;
    return html`<article part="base" aria-labelledby=${this.anchor('title')} lang=${this.locale.lang}>
      <header>
        ${heading(level, this.markChinese(t.reportTitle(doc.meta.department.name, doc.meta.year)), { id: this.anchor('title'), part: 'title' })}
        <p class="meta">
          ${t.source}${t.colon}${zh(source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title)}${source.date
            ? html` · ${t.published}${t.colon}${source.date}`
            : nothing}
        </p>
        ${doc.tables.some((table) => table.status === 'published' && table.rows.length > 0)
          ? nothing
          : html`<p class="state" part="state" role="status">${t.reportEmpty}</p>`}
      </header>
      <nav part="toc" aria-labelledby=${this.anchor('toc')} @click=${this.#onTocClick}>
        ${heading(level + 1, t.contents, { id: this.anchor('toc') })}
        <ol>
          ${parts.map(
            (part) => html`<li>
              <a href="#${this.anchor(part.id)}">${t.reportParts[part.key]}</a>
              ${part.key === 'tables' || part.items.length > 1
                ? html`<ol>
                    ${part.items.map((item) => html`<li><a href="#${this.anchor(item.id)}">${this.#itemTitle(doc, part, item)}</a></li>`)}
                  </ol>`
                : nothing}
            </li>`,
          )}
        </ol>
      </nav>
      ${parts.map((part) => {
        // A part whose first item bears the part's own title ("三公"经费 and its card) is headed by that item, promoted a level: no heading twice.
        const first = part.items[0]!;
        const promoted = EMBEDS_WITH_TITLE.includes(first.type) && this.#itemTitle(doc, part, first) === t.reportParts[part.key];
        // Parts are not landmarks (a dozen regions would crowd the landmark list): the contents are the way around.
        return html`<section class="part" part="part" id=${this.anchor(part.id)} tabindex="-1">
          ${promoted ? nothing : heading(level + 1, t.reportParts[part.key], { id: `${this.anchor(part.id)}-h` })}
          ${part.items.map(
            (item, i) =>
              html`<div class="item ${promoted && !i ? 'promoted' : ''}" id=${this.anchor(item.id)} tabindex="-1">
                ${this.#renderItem(doc, item, level + (promoted && !i ? 1 : 2))}
              </div>`,
          )}
        </section>`;
      })}
    </article>`;
  }

  /** How an item is listed in the table of contents. */
  #itemTitle(doc: BudgetDocument, part: ReportPart, item: ReportItem): unknown {
    const t = this.locale.t;
    switch (item.type) {
      case 'section':
        return zh(item.section.title);
      case 'table':
        return zh(numberedTitle(item.table));
      case 'summary':
        return this.markChinese(t.budgetTitle(doc.meta.department.name, doc.meta.year));
      case 'sangong':
        return t.sangongTitle;
      case 'project-goals':
        return t.goalsTitle;
      case 'department-goals':
        return t.departmentGoalsTitle;
      default:
        return t.reportParts[part.key];
    }
  }

  #renderItem(doc: BudgetDocument, item: ReportItem, level: number): TemplateResult {
    switch (item.type) {
      case 'section':
        return html`${heading(level, zh(item.section.title))}
          ${item.section.paragraphs.map((p) => html`<p lang="zh-CN">${publishedText(p)}</p>`)}`;
      case 'table':
        return html`<budget-table data-embed .data=${doc} table=${item.table.id} heading-level=${level} unit=${this.unit} theme=${ifDefined(this.theme)}></budget-table>`;
      case 'summary':
        return html`<budget-summary data-embed .data=${doc} heading-level=${level} unit=${this.unit} theme=${ifDefined(this.theme)}></budget-summary>`;
      case 'sangong':
        return html`<sangong-card data-embed .data=${doc} heading-level=${level} unit=${this.unit} theme=${ifDefined(this.theme)}></sangong-card>`;
      case 'project-goals':
      case 'department-goals':
        return html`<perf-goal-table
          data-embed
          .data=${doc}
          scope=${item.type === 'department-goals' ? 'department' : 'projects'}
          heading-level=${level}
          unit=${this.unit}
          theme=${ifDefined(this.theme)}
        ></perf-goal-table>`;
      case 'changes':
        return this.#renderChanges(doc, item.statements);
      case 'glossary':
        return html`<dl class="glossary" lang="zh-CN">
          ${(doc.glossary ?? []).map((entry) => html`<div><dt>${entry.term}</dt><dd>${entry.definition}</dd></div>`)}
        </dl>`;
    }
  }

  /** Published figures with their change and its reason, as a table (the figures compare across rows). */
  #renderChanges(doc: BudgetDocument, statements: Statement[]): TemplateResult {
    const t = this.locale.t;
    const caption = `${this.anchor('changes')}-caption`;
    return scrollRegion(
      caption,
      html`<table class="changes">
          <caption id=${caption} class="visually-hidden">${t.reportParts.changes}</caption>
          <thead>
            <tr>
              <th scope="col">${t.item}</th>
              <th scope="col" class="num">${t.thisYear}</th>
              <th scope="col" class="num">${t.previousYear}</th>
              <th scope="col">${t.change}</th>
              <th scope="col">${t.explanation}</th>
            </tr>
          </thead>
          <tbody>
            ${statements.map(
              (s) => html`<tr>
                <th scope="row">${subjectLabel(t, s.subject)}${s.fund && s.fund !== 'all' ? html`<br /><span class="fund">${t.fundNames[s.fund]}</span>` : nothing}</th>
                <td class="num">${this.money(doc, s.amount, false, s.unit)}</td>
                <td class="num">${this.money(doc, s.previous, false, s.unit)}</td>
                <td lang="zh-CN">${s.changeText ? publishedText(s.changeText) : this.money(doc, s.change, false, s.unit)}</td>
                <td lang="zh-CN">${publishedText(s.explanation ?? '—')}</td>
              </tr>`,
            )}
          </tbody>
        </table>`,
      t.scrollHint,
    );
  }
}

/**
 * The thin base every element shares: the data-in properties, language, unit and theme,
 * the two controllers, and the loading / error / idle states. Rendering of the ready
 * state is each element's own `renderDocument`.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { BudgetDocument } from '../data/schema.js';
import type { ConsistencyWarning } from '../data/consistency.js';
import { BudgetDataController } from '../controllers/budget-data-controller.js';
import type { LoadErrorCode } from '../data/load.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { formatAmount, parseUnit, type DisplayUnit } from '../format/amount.js';
import { tokens } from '../styles/tokens.js';
import { stateStyles } from '../styles/state.js';
import { heading } from './heading.js';

export abstract class BudgetElement extends LitElement {
  static override styles = [tokens, stateStyles];

  /** URL of a normalised budget JSON document. Fetched once per page and shared. */
  @property({ reflect: true }) src?: string;

  /** The document itself, already parsed (takes precedence over `src`). Validated like any other. */
  @property({ attribute: false }) data?: unknown;

  /** Fetch credentials: `omit` (default: no cookies are sent), `same-origin` or `include`. */
  @property() credentials?: 'omit' | 'same-origin' | 'include';

  /** Milliseconds before a fetch is abandoned with a `timeout` error (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** Display unit: `元`, `万元` (default) or `亿元`. */
  @property() unit: string = '万元';

  /** `light`, `dark`, or absent to follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Level of the element's own heading (1–6, default 2); its inner headings sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly dataController = new BudgetDataController(this);
  protected readonly locale = new LocaleController(this);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      this.locale.resolve();
      this.requestUpdate();
    }
  }

  protected get displayUnit(): DisplayUnit {
    return parseUnit(this.unit);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || changed.has('credentials')) this.dataController.refresh();
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.dataController.state;
    const t = this.locale.t;
    switch (state.status) {
      case 'ready':
        try {
          return this.renderDocument(state.document, state.warnings);
        } catch (error) {
          // A valid document this element cannot show must not break the page: say so in place.
          console.error('budget-widgets: cannot render this document', error);
          return this.renderError('invalid-schema');
        }
      case 'loading':
        return html`<div class="state" part="state" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true"></span>${t.loading}
        </div>`;
      case 'error':
        return this.renderError(state.error.code, state.error.status);
      default:
        return html`<div class="state" part="state" role="status">${t.noData}</div>`;
    }
  }

  private renderError(code: LoadErrorCode, status?: number): TemplateResult {
    const t = this.locale.t;
    return html`<div class="state error" part="state error" role="alert">
      <strong>${t.errorTitle}</strong>
      <p>${t.errors[code]}${status ? html` (${t.httpStatus(status)})` : nothing}</p>
      ${this.src ? html`<p><code>${this.src}</code></p>` : nothing}
    </div>`;
  }

  /**
   * A figure in the display unit, with the exact value in 元 for assistive technology and copy.
   * A derived figure is marked, in text as well as with the asterisk. `published`: the unit the
   * figure was printed in (a table may print its own), which sets the precision shown.
   */
  protected money(doc: BudgetDocument, yuan: number, derived = false, published: DisplayUnit = doc.meta.publishedUnit): TemplateResult {
    const lang = this.locale.lang;
    const shown = formatAmount(yuan, this.displayUnit, published, lang);
    const exact = `${formatAmount(yuan, '元', '元', lang)} ${lang === 'en' ? 'yuan' : '元'}`;
    return html`<data value=${yuan} title=${exact}>${shown}</data>${derived
        ? html`<span aria-hidden="true">*</span><span class="visually-hidden">${this.locale.t.derived}</span>`
        : nothing}`;
  }

  /** The element's title (`sub`: an inner heading, one level below), at the page's heading level. */
  protected heading(content: unknown, { sub = false, id, part }: { sub?: boolean; id?: string; part?: string } = {}): TemplateResult {
    return heading(this.headingLevel + (sub ? 1 : 0), content, { id, part });
  }

  protected abstract renderDocument(document: BudgetDocument, warnings: ConsistencyWarning[]): TemplateResult;
}

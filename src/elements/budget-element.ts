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
import { LocaleController } from '../controllers/locale-controller.js';
import { parseUnit, type DisplayUnit } from '../format/amount.js';
import { tokens } from '../styles/tokens.js';
import { stateStyles } from '../styles/state.js';

export abstract class BudgetElement extends LitElement {
  static override styles = [tokens, stateStyles];

  /** URL of a normalised budget JSON document. Fetched once per page and shared. */
  @property({ reflect: true }) src?: string;

  /** The document itself, already parsed (takes precedence over `src`). Validated like any other. */
  @property({ attribute: false }) data?: unknown;

  /** Fetch credentials: `omit` (default: no cookies are sent), `same-origin` or `include`. */
  @property() credentials?: 'omit' | 'same-origin' | 'include';

  /** Milliseconds before a fetch is abandoned with a `timeout` error (default 20000). */
  @property({ type: Number }) timeout?: number;

  /** Display unit: `元`, `万元` (default) or `亿元`. */
  @property() unit: string = '万元';

  /** `light`, `dark`, or absent to follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

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
        return this.renderDocument(state.document, state.warnings);
      case 'loading':
        return html`<div class="state" part="state" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true"></span>${t.loading}
        </div>`;
      case 'error': {
        const { code, status } = state.error;
        return html`<div class="state error" part="state error" role="alert">
          <strong>${t.errorTitle}</strong>
          <p>${t.errors[code]}${status ? html` (${t.httpStatus(status)})` : nothing}</p>
          ${this.src ? html`<p><code>${this.src}</code></p>` : nothing}
        </div>`;
      }
      default:
        return html`<div class="state" part="state" role="status">${t.noData}</div>`;
    }
  }

  protected abstract renderDocument(document: BudgetDocument, warnings: ConsistencyWarning[]): TemplateResult;
}

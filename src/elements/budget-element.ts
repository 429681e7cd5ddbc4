/**
 * The thin base every element shares: the data-in properties, language, unit and theme,
 * the two controllers, and the loading / error / idle states. Rendering of the ready
 * state is each element's own `renderDocument`.
 */
import { LitElement, adoptStyles, html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BudgetDocument } from '../data/schema.js';
import { BudgetDataController } from '../controllers/budget-data-controller.js';
import type { LoadErrorCode } from '../data/load.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { formatAmount, parseUnit, type DisplayUnit } from '../format/amount.js';
import { tokens } from '../styles/tokens.js';
import { stateStyles } from '../styles/state.js';
import { scrollStyles } from '../styles/scroll.js';
import { ScrollRegionController } from './scroll-region.js';
import { heading } from './heading.js';
import { markChinese } from './published-text.js';

/**
 * What every element has. Documented here once; custom-elements.json gives it to each element.
 * The document can also be given inline, as a `<script type="application/json">` child (read, not slotted).
 *
 * @attr lang - `zh-CN` or `en`; when absent, the closest `lang` in the page (else zh-CN), followed as it changes.
 * @attr {string} unit - Display unit: `元`, `万元` (default) or `亿元`.
 * @attr {number} heading-level - Level of the element's own heading (1–6, default 2); its inner headings sit one level below.
 *
 * @fires {CustomEvent<{ document: BudgetDocument; warnings: ConsistencyWarning[] }>} budget-ready - The document loaded, passed validation and is painted; `warnings` are the consistency warnings, checked after that first paint.
 * @fires {CustomEvent<LoadError>} budget-error - Loading or validation failed: `{ code, message, status?, issues? }`, `code` one of `network`, `http-status`, `timeout`, `invalid-json`, `invalid-schema`, `unsupported-version`. A localised message is shown in place.
 *
 * @csspart state - The loading, empty and error messages.
 * @csspart error - The error message (which is also `state`).
 *
 * @cssproperty [--budget-font-family=system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Font stack.
 * @cssproperty [--budget-font-size=1rem] - Base font size.
 * @cssproperty [--budget-space=0.75rem] - Base spacing.
 * @cssproperty [--budget-radius=4px] - Corner radius.
 * @cssproperty [--budget-color-text=#1b1f24] - Text (dark theme #e6edf3).
 * @cssproperty [--budget-color-muted=#505a64] - Secondary text (dark #a8b3bf).
 * @cssproperty [--budget-color-background=#ffffff] - Background (dark #14191f).
 * @cssproperty [--budget-color-surface=#f3f5f7] - Panels and bar tracks (dark #1f262e).
 * @cssproperty [--budget-color-border=#767f88] - Borders and rules (dark #8b96a2).
 * @cssproperty [--budget-color-accent=#0b5cad] - Links, buttons and highlights (dark #78b8ff).
 * @cssproperty [--budget-color-bar-1=#1f6fb2] - First series: basic expenditure, income (dark #5aa6eb).
 * @cssproperty [--budget-color-bar-2=#b35900] - Second series: project expenditure, also hatched (dark #f0a35e).
 * @cssproperty [--budget-color-bar-3=#2f7d32] - A third series; no element draws one yet (dark #7cc47f).
 * @cssproperty [--budget-color-error=#b3261e] - Error messages (dark #ff8a80).
 * @cssproperty [--budget-color-focus=#0b5cad] - Focus ring (dark #78b8ff).
 */
export abstract class BudgetElement extends LitElement {
  static override styles = [tokens, stateStyles, scrollStyles];

  // Declared without decorators: the decorator runtime would cost the one-file bundle more than this table.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    credentials: {},
    timeout: { type: Number },
    unit: {},
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of a normalised budget JSON document. Fetched once per page and shared. */
  src?: string;

  /** The document itself, already parsed (takes precedence over `src`). Validated like any other. */
  data?: unknown;

  /** Fetch credentials: `omit` (default: no cookies are sent), `same-origin` or `include`. */
  credentials?: 'omit' | 'same-origin' | 'include';

  /** Milliseconds before a fetch is abandoned with a `timeout` error (default 15000). */
  timeout?: number;

  /** Display unit: `元`, `万元` (default) or `亿元`. */
  unit: string = '万元';

  /** `light`, `dark`, or absent to follow `prefers-color-scheme`. */
  theme?: 'light' | 'dark';

  /** Level of the element's own heading (1–6, default 2); its inner headings sit one level below. */
  headingLevel = 2;

  protected readonly dataController = new BudgetDataController(this);
  protected readonly locale = new LocaleController(this);
  protected readonly scrollRegions = new ScrollRegionController(this);

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

  /** Whether the element came with its shadow root, declared in server-rendered HTML. */
  private serverRendered = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.serverRendered = this.shadowRoot !== null;
    return super.createRenderRoot();
  }

  /**
   * A server render (a declarative shadow root) is taken over, with Lit's hydration support, on the
   * first update, which must draw exactly what the server drew: the document, ready at once (`data`,
   * set by the page or the embedding element, or inline JSON). Without it (no inline document, a
   * `src` still to fetch, a document that fails validation) hydration throws; instead of letting that
   * into the page, the rendered content gives way to an ordinary render.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.hasUpdated || !this.serverRendered) return super.update(changed);
    try {
      super.update(changed);
    } catch {
      const root = this.renderRoot as ShadowRoot;
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.dataController.state;
    const t = this.locale.t;
    switch (state.status) {
      case 'ready':
        try {
          return this.renderDocument(state.document);
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
   * figure was printed in (a table may print its own), which sets the precision shown. A figure
   * not published is a dash.
   */
  protected money(doc: BudgetDocument, yuan: number | null | undefined, derived = false, published: DisplayUnit = doc.meta.publishedUnit): TemplateResult | string {
    if (yuan == null) return '—';
    const lang = this.locale.lang;
    const shown = formatAmount(yuan, this.displayUnit, published, lang);
    const exact = `${formatAmount(yuan, '元', '元', lang)} ${lang === 'en' ? 'yuan' : '元'}`;
    return html`<data value=${yuan} title=${exact}>${shown}</data>${derived
        ? html`<span aria-hidden="true">*</span><span class="visually-hidden">${this.locale.t.derived}</span>`
        : nothing}`;
  }

  /** Interface text with the Chinese it quotes marked as Chinese (see markChinese). */
  protected markChinese(text = '') {
    return markChinese(text, this.locale.lang);
  }

  /** The element's title (`sub`: an inner heading, one level below), at the page's heading level. */
  protected heading(content: unknown, { sub = false, id, part }: { sub?: boolean; id?: string; part?: string } = {}): TemplateResult {
    return heading(this.headingLevel + (sub ? 1 : 0), content, { id, part });
  }

  /** Draws a document whose structure is valid (its consistency warnings come later, with `budget-ready`). */
  protected abstract renderDocument(document: BudgetDocument): TemplateResult;
}

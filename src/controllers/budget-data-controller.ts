/**
 * Gets the host its document from one of three places, in this order: the `data`
 * property, the `src` attribute, or an inline `<script type="application/json">` child
 * (for CMSs that forbid fetch). Every document goes through the shared validator: the host
 * shows it once its structure is valid, and the consistency checks run after that first
 * paint, so that a large document is on screen without waiting for its arithmetic.
 * Reports `budget-ready` (with the warnings) or `budget-error`; never throws into the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BudgetDocument } from '../data/schema.js';
import type { ConsistencyWarning } from '../data/checker.js';
import { validate, validateText } from '../data/validate.js';
import { loadDocument, validationError, type LoadError, type LoadResult } from '../data/load.js';

export type DataState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: LoadError }
  /** `warnings` stay empty until the consistency checks have run, after the first paint of the document. */
  | { status: 'ready'; document: BudgetDocument; warnings: ConsistencyWarning[] };

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  data?: unknown;
  credentials?: 'omit' | 'same-origin' | 'include' | undefined;
  timeout?: number | undefined;
}

export class BudgetDataController implements ReactiveController {
  state: DataState = { status: 'idle' };
  #abort?: AbortController;
  #source?: unknown;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  /**
   * A request still in flight is given up (the shared fetch is aborted once nobody waits for
   * it); a document already shown is kept, so moving the element in the page costs nothing.
   */
  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#source = undefined;
  }

  /** Call when `data`, `src` or `credentials` may have changed; does nothing if they did not. */
  refresh(): void {
    const { data, src, credentials } = this.host;
    const inline = data === undefined && !src ? this.#inlineJson() : undefined;
    const source = data !== undefined ? data : src ? `${credentials ?? ''} ${src}` : inline;
    if (source === this.#source && this.state.status !== 'idle') return;
    this.#source = source;
    this.#abort?.abort();
    this.#abort = undefined;

    if (data !== undefined) return this.#settle(outcomeOf(validate(data)));
    if (inline !== undefined) return this.#settle(outcomeOf(validateText(inline)));
    if (!src) return this.#set({ status: 'idle' });

    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return this.#settle({ ok: false, error: { code: 'network', message: `Invalid URL: ${src}` } });
    }
    const abort = (this.#abort = new AbortController());
    this.#set({ status: 'loading' });
    void loadDocument(url, { signal: abort.signal, credentials: credentials ?? 'omit', timeout: this.host.timeout }).then((outcome) => {
      // A response for a src the element has since left is dropped.
      if (outcome && this.#abort === abort) this.#settle(outcome);
    });
  }

  #inlineJson(): string | undefined {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  /** `budget-ready` follows the first paint of the document, with its consistency warnings. */
  #settle(outcome: LoadResult): void {
    if (outcome.ok) {
      const { result } = outcome;
      const state: DataState = { status: 'ready', document: result.document, warnings: [] };
      this.#set(state);
      // Reading the warnings runs the consistency checks (once per document), after the paint.
      this.#emit('budget-ready', () => ({ document: result.document, warnings: (state.warnings = result.warnings) }), afterPaint);
    } else {
      this.#set({ status: 'error', error: outcome.error });
      this.#emit('budget-error', () => outcome.error);
    }
  }

  #set(state: DataState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /**
   * Sent once the host has rendered the new state (and `after` it), so listeners find it on
   * screen, and never from inside connectedCallback, which frameworks (React's commit) do not
   * expect. A state replaced meanwhile sends nothing: its successor reports.
   */
  #emit(type: string, detail: () => unknown, after = async () => {}): void {
    const state = this.state;
    void this.host.updateComplete.then(after).then(() => {
      if (this.state === state) this.host.dispatchEvent(new CustomEvent(type, { detail: detail(), bubbles: true, composed: true }));
    });
  }
}

/**
 * Resolves once the browser has painted what is in the DOM now: a task after the next frame.
 * A hidden page paints no frames (and runs no animation frames): there it resolves at once.
 */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve);
    else requestAnimationFrame(() => setTimeout(resolve));
  });

const outcomeOf = (result: ReturnType<typeof validate>): LoadResult =>
  result.ok ? { ok: true, result } : { ok: false, error: validationError(result) };

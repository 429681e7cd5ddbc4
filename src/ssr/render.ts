/**
 * Server-side rendering of one element with @lit-labs/ssr: HTML whose content sits in a
 * Declarative Shadow DOM template, so that a browser shows it with no script at all.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../index.js'; // registers every element: the renderer finds each by its tag
import type { BudgetDocument } from '../data/schema.js';
import type { Lang } from '../i18n/index.js';
import { BudgetElement } from '../elements/budget-element.js';
import type { ElementTag } from './elements.js';

export interface RenderRequest {
  tag: ElementTag;
  lang: Lang;
  /** The element's attributes (`unit`, `theme`, `variant` …), as a page would write them. */
  attributes: Record<string, string>;
  /**
   * Whether the element carries its document as an inline `<script type="application/json">`
   * child: what the hydrating bundle reads, synchronously, to take over the rendered DOM with no
   * fetch. Inert without a script (a data block is never run, whatever the page's policy).
   */
  inlineDocument?: boolean;
}

/**
 * A document as the text of a `<script type="application/json">`: in JSON, `<` can only stand in
 * a string, where `\u003c` means the same, so neither `</script>` nor `<!--` can end the block.
 */
export const inlineJson = (document: BudgetDocument): string => JSON.stringify(document).replace(/</g, '\\u003c');

/** What the render under way asks of its elements; set only while `renderElement` runs, synchronously. */
let request: { lang: Lang; attributes: Record<string, string>; host: boolean } | undefined;

/**
 * One renderer class for every render of the thread (a class a render would make the renderer's
 * call sites see a new shape each time, and keep V8 from optimising them): what it gives each
 * element comes from `request`.
 */
class Renderer extends LitElementRenderer {
  /**
   * A browser hands each attribute to the element's own attributeChangedCallback; the stock
   * renderer only converts it to its property, and the element would never hear its `lang`.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    this.element.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    if (request && this.element instanceof BudgetElement) {
      // The first element is the one asked for; those it embeds bring their own attributes.
      if (request.host) Object.entries(request.attributes).forEach(([name, value]) => this.setAttribute(name, value));
      request.host = false;
      // No page to inherit the language from: every element of the render is given it.
      if (!this.element.hasAttribute('lang')) this.setAttribute('lang', request.lang);
    }
    super.connectedCallback();
  }
}

/**
 * Renders a validated document as the element `tag` would show it. Synchronous (our elements
 * render no promises), so that no other render can start while `request` is set.
 */
export function renderElement(document: BudgetDocument, { tag, lang, attributes, inlineDocument = false }: RenderRequest): string {
  // `tag` is one of ours (ElementTag), never user text.
  const name = unsafeStatic(tag);
  let rendered: string;
  request = { lang, attributes, host: true };
  try {
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag name (lit/static-html.js), which the rules cannot tell from a binding
    rendered = collectResultSync(render(html`<${name} .data=${document}></${name}>`, { elementRenderers: [Renderer] }));
  } finally {
    request = undefined;
  }
  if (!inlineDocument) return rendered;
  // After the declarative shadow root, as the element's last child (a raw-text block, which no Lit binding may hold).
  const end = rendered.lastIndexOf(`</${tag}>`);
  return `${rendered.slice(0, end)}<script type="application/json">${inlineJson(document)}</script>${rendered.slice(end)}`;
}

/**
 * Server-side rendering of one element with @lit-labs/ssr: HTML whose content sits in a
 * Declarative Shadow DOM template, so that a browser shows it with no script at all.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
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
}

/** Renders a validated document as the element `tag` would show it. */
export async function renderElement(document: BudgetDocument, { tag, lang, attributes }: RenderRequest): Promise<string> {
  let host = true;
  class Renderer extends LitElementRenderer {
    /**
     * A browser hands each attribute to the element's own attributeChangedCallback; the stock
     * renderer only converts it to its property, and the element would never hear its `lang`.
     */
    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      this.element.attributeChangedCallback(name, old, value);
    }

    override connectedCallback(): void {
      if (this.element instanceof BudgetElement) {
        // The first element is the one asked for; those it embeds bring their own attributes.
        if (host) Object.entries(attributes).forEach(([name, value]) => this.setAttribute(name, value));
        host = false;
        // No page to inherit the language from: every element of the render is given it.
        if (!this.element.hasAttribute('lang')) this.setAttribute('lang', lang);
      }
      super.connectedCallback();
    }
  }
  // `tag` is one of ours (ElementTag), never user text.
  const name = unsafeStatic(tag);
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag name (lit/static-html.js), which the rules cannot tell from a binding
  return collectResult(render(html`<${name} .data=${document}></${name}>`, { elementRenderers: [Renderer] }));
}

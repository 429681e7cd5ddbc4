/**
 * Styles for server-rendered elements under a strict `style-src` (no `'unsafe-inline'`). A server
 * render carries its styles inline: a `<style>` in each declarative shadow root and a treemap tile's
 * place in its `style` attribute, both of which such a policy blocks. Lit's hydration keeps the
 * server's shadow root and adopts no stylesheet, so the element would stay unstyled once live.
 * Evaluated after lit-element (which installs the hydration support) and before any element is
 * defined, this gives each hydrated root what a client render has: the element's styles as adopted
 * stylesheets, and each `style` attribute's declarations set again through the CSSOM. Neither is
 * governed by `style-src`; where inline styles were allowed, both repeat what already applies.
 */
import { LitElement, adoptStyles, supportsAdoptingStyleSheets } from 'lit';

// `createRenderRoot` is protected: patched here as the hydration support patches it.
const prototype = LitElement.prototype as unknown as { createRenderRoot(this: LitElement): Element | ShadowRoot };
const hydratingRoot = prototype.createRenderRoot;

prototype.createRenderRoot = function () {
  const server = this.shadowRoot;
  const root = hydratingRoot.call(this);
  if (server && root === server && supportsAdoptingStyleSheets) {
    adoptStyles(server, (this.constructor as typeof LitElement).elementStyles);
    for (const element of server.querySelectorAll<HTMLElement>('[style]')) element.style.cssText = element.getAttribute('style')!;
  }
  return root;
};

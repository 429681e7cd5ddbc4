/**
 * The host's language: its own `lang`, else the closest `lang` in the page (crossing
 * shadow roots), else zh-CN. Follows later changes of that attribute.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { catalogue, normalizeLang, type Catalogue, type Lang } from '../i18n/index.js';

function closestLang(element: Element): Element | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node;
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return null;
}

export class LocaleController implements ReactiveController {
  lang: Lang = 'zh-CN';
  #observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get t(): Catalogue {
    return catalogue(this.lang);
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Call when the host's own `lang` attribute changes. */
  resolve(): void {
    // A server render has no page around the host: only its own attribute counts.
    const source = isServer ? (this.host.hasAttribute('lang') ? this.host : null) : closestLang(this.host);
    this.lang = normalizeLang(source?.getAttribute('lang'));
    this.#observer?.disconnect();
    if (source && source !== this.host) {
      this.#observer ??= new MutationObserver(() => {
        this.resolve();
        this.host.requestUpdate();
      });
      this.#observer.observe(source, { attributes: true, attributeFilter: ['lang'] });
    }
  }
}

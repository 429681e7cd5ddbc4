/** Comparing a server render with what hydration leaves of it (test/ssr/hydrate.test.ts, test/site/static-site.test.ts). */

/**
 * What a shadow root holds, nested shadow roots included, without Lit's comment markers and
 * `defer-hydration` (which Lit removes from each inner element as it hydrates it), inline styles
 * as the CSSOM writes them (hydration sets a treemap's bound styles again: the same values), and
 * without what the script measures or manages once the element is live, by design: whether a
 * scroll region overflows (so is a tab stop), which tile labels fit
 * whole (the others are hidden), and the roving tab stop of a tree's or a tree grid's items.
 */
export function snapshot(root: ShadowRoot): string {
  // A shadow root cannot be cloned; its children can.
  const copy = root.ownerDocument.createDocumentFragment();
  root.childNodes.forEach((node) => copy.append(node.cloneNode(true)));
  copy.querySelectorAll('.table-scroll').forEach((region) => region.removeAttribute('tabindex'));
  copy.querySelectorAll('[defer-hydration]').forEach((element) => element.removeAttribute('defer-hydration'));
  copy.querySelectorAll<HTMLElement>('[style]').forEach((element) => element.setAttribute('style', element.style.cssText));
  copy.querySelectorAll('[part~="tile-label"]').forEach((label) => label.removeAttribute('hidden'));
  copy.querySelectorAll('[role="tree"] [tabindex], [role="treegrid"] [tabindex]').forEach((item) => item.removeAttribute('tabindex'));
  // The frame's nodes are not instances of this window's Element: their type says what they are.
  const html = [...copy.childNodes].map((node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).outerHTML : node.nodeType === Node.TEXT_NODE ? node.textContent : '')).join('');
  const nested = [...root.querySelectorAll('*')].filter((element) => element.shadowRoot).map((element) => `\n<${element.localName}>${snapshot(element.shadowRoot!)}`);
  return html.replace(/<!--[^]*?-->/g, '') + nested.join('');
}

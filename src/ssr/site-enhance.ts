/**
 * site.js, the one script of a site's report page: with scripts on, the server-rendered report
 * comes alive where it stands (sorting, drilling, CSV of the current view). It reads the page's
 * JSON once, gives it to the report as its inline document, and loads the hydrating bundle: the
 * report has its document on its first update, so it takes over the rendered DOM (Lit's
 * hydration) instead of drawing it again, and fetches nothing more. If the JSON cannot be read,
 * the rendered report simply stays.
 */
const BUNDLE = new URL('budget-widgets-hydrate.min.js', import.meta.url).href;

async function hydrate(): Promise<void> {
  const report = document.querySelector('budget-report');
  const src = report?.getAttribute('src');
  if (!report || !src || customElements.get('budget-report')) return;
  const text = await fetch(src).then((response) => (response.ok ? response.text() : undefined), () => undefined);
  if (text === undefined) return;
  // An element reads `src` before its inline document: without it, the report takes the document it is given.
  report.removeAttribute('src');
  const inline = document.createElement('script');
  inline.type = 'application/json';
  inline.textContent = text;
  report.append(inline);
  await import(BUNDLE);
}

void hydrate();

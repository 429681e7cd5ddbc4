/**
 * site.js, the one script of a site's report page: with scripts on, the server-rendered report
 * gives way to a live one (sorting, drilling, CSV of the current view). Until the elements can
 * hydrate server HTML, the live report is drawn from the page's JSON and swapped in within the
 * same task, before the browser paints, so the reader never sees the page empty or twice.
 * If the JSON cannot be read, the rendered report simply stays.
 */
const BUNDLE = new URL('budget-widgets.min.js', import.meta.url).href;

async function enhance(): Promise<void> {
  const rendered = document.querySelector('budget-report');
  const src = rendered?.getAttribute('src');
  if (!rendered || !src || customElements.get('budget-report')) return;
  const data: unknown = await fetch(src).then((response) => (response.ok ? response.json() : undefined), () => undefined);
  if (data === undefined) return;
  // The rendered report must not fetch once the bundle upgrades it: it is about to go.
  rendered.removeAttribute('src');
  await import(BUNDLE);
  const live = document.createElement('budget-report') as HTMLElement & { data: unknown };
  for (const { name, value } of rendered.attributes) live.setAttribute(name, value);
  live.data = data;
  rendered.replaceWith(live);
}

void enhance();

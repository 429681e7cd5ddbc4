/**
 * site.js, the one script of a site's pages; each page reads completely without it. On the index
 * it makes the table of documents sortable; on a report page the server-rendered treemap and
 * report come alive where they stand (drilling, sorting, CSV of the current view). It is copied
 * in alone, so it imports nothing: the words it says come with the page.
 */
const BUNDLE = new URL('budget-widgets-hydrate.min.js', import.meta.url).href;

/** Each file of the page's JSON, fetched once whatever number of elements read it; undefined if it cannot be read. */
const texts = new Map<string, Promise<string | undefined>>();
function read(src: string): Promise<string | undefined> {
  if (!texts.has(src)) texts.set(src, fetch(src).then((response) => (response.ok ? response.text() : undefined), () => undefined));
  return texts.get(src)!;
}

/**
 * A report page (its treemap and its report, server-rendered): reads the page's JSON once, gives
 * it to each element as its inline document, and loads the hydrating bundle: each element has its
 * document on its first update, so it takes over the rendered DOM (Lit's hydration) instead of
 * drawing it again, and fetches nothing more. If the JSON cannot be read, the rendered page simply stays.
 */
async function hydrate(rendered: Element[]): Promise<void> {
  if (rendered.some((element) => customElements.get(element.localName))) return;
  const documents = await Promise.all(rendered.map((element) => read(element.getAttribute('src')!)));
  if (documents.includes(undefined)) return;
  rendered.forEach((element, i) => {
    // An element reads `src` before its inline document: without it, the element takes the document it is given.
    element.removeAttribute('src');
    const inline = document.createElement('script');
    inline.type = 'application/json';
    inline.textContent = documents[i]!;
    element.append(inline);
  });
  await import(BUNDLE);
}

type Direction = 'ascending' | 'descending';

/** A cell's sort key: a figure's value in 元 (`<data value>`), a year, a name; undefined for none (—). */
function key(cell: Element, kind: string): string | number | undefined {
  const text = cell.querySelector('data')?.value ?? cell.textContent!.trim();
  if (kind === 'text') return text;
  const value = Number(text);
  return text === '' || Number.isNaN(value) ? undefined : value;
}

/**
 * The index: GOV.UK's sortable table. Each header marked `data-sort` becomes a button; a press
 * sorts by that column (figures and years largest first, names in zh-CN collation A→Z), the next
 * press the other way, the third back to the published order. `aria-sort` marks the sorted header
 * and a status line says what was done. Rows with no figure stay last.
 */
function sortable(table: HTMLTableElement): void {
  const body = table.tBodies[0]!;
  const published = [...body.rows];
  const collator = new Intl.Collator('zh-CN');
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  table.closest('.table-scroll')!.after(status);
  const headers = [...table.tHead!.rows[0]!.cells].filter((th) => th.dataset.sort);
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const kind = th.dataset.sort!;
      const first: Direction = kind === 'text' ? 'ascending' : 'descending';
      const current = th.getAttribute('aria-sort');
      const next = current === null ? first : current === first ? (first === 'ascending' ? 'descending' : 'ascending') : undefined;
      headers.forEach((header) => header.removeAttribute('aria-sort'));
      let rows = published;
      if (next) {
        th.setAttribute('aria-sort', next);
        const sign = next === 'ascending' ? 1 : -1;
        const keyed = published.map((row) => ({ row, key: key(row.cells[th.cellIndex]!, kind) }));
        rows = keyed
          .sort((a, b) => {
            if (a.key === undefined || b.key === undefined) return Number(a.key === undefined) - Number(b.key === undefined);
            return sign * (typeof a.key === 'number' ? a.key - (b.key as number) : collator.compare(a.key, b.key as string));
          })
          .map(({ row }) => row);
      }
      body.append(...rows);
      const said = table.dataset[next === 'ascending' ? 'sortedAscending' : next === 'descending' ? 'sortedDescending' : 'sortedNone'] ?? '';
      status.textContent = said.replace('{column}', button.textContent!);
    });
  }
}

// Server renders carry the `src` of their document; elements inside them (the report's) do not.
const rendered = [...document.querySelectorAll('main > [src]')];
if (rendered.length > 0) void hydrate(rendered);
const index = document.querySelector<HTMLTableElement>('table[data-sorted-ascending]');
if (index) sortable(index);

/**
 * The pages of `budget-widgets site`: pure functions from validated documents (and their server
 * renders) to the text of each file. Every link is relative, so the site works from any folder of
 * any static host and from file://; nothing is requested from outside it.
 */
import { headline } from '../data/headline.js';
import type { BudgetDocument, Table } from '../data/schema.js';
import { displayLabel, tableBlocks } from '../data/table-view.js';
import { formatAmount, plainAmount, unitLabel, type DisplayUnit } from '../format/amount.js';
import { tableCsv } from '../format/csv.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { escapeHtml } from './escape.js';
import { SITE_WORDS } from './site-words.js';

/** The site's own files, beside its pages. */
export const SITE_FILES = { style: 'site.css', bundle: 'budget-widgets-hydrate.min.js', script: 'site.js' } as const;
/** Figures of the index are shown in 万元, as the disclosures print them. */
const INDEX_UNIT: DisplayUnit = '万元';

export interface SiteEntry {
  /** The file name of its pages: the document file's name without `.json`. */
  slug: string;
  document: BudgetDocument;
}

/** What the index shows of a document: small, so that a worker thread hands it back cheaply. */
export interface IndexEntry {
  slug: string;
  department: string;
  year: number;
  publishedUnit: DisplayUnit;
  expenditureTotal?: number;
  sangongTotal?: number;
}

/** The file name of a document's pages: its file's name without `.json`. */
export const slugOf = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '');

export const indexEntry = (slug: string, document: BudgetDocument): IndexEntry => ({
  slug,
  department: document.meta.department.name,
  year: document.meta.year,
  publishedUnit: document.meta.publishedUnit as DisplayUnit,
  expenditureTotal: headline(document).expenditureTotal,
  sangongTotal: document.sangong?.current.total,
});

/** A relative link to a file of the site, whatever characters its name has. */
const href = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

export const reportFile = (slug: string) => `${slug}.html`;
export const jsonFile = (slug: string) => `data/${slug}.json`;
export const csvFile = (slug: string, table: Table) => `csv/${slug}/${table.id}.csv`;
/** The tables with figures: those a CSV can hold. */
export const csvTables = (document: BudgetDocument): Table[] => document.tables.filter((table) => table.status === 'published' && table.rows.length > 0);

/** A published table as CSV: every row in published order, amounts in the table's own printed unit. */
export function publishedTableCsv(document: BudgetDocument, table: Table, lang: Lang): string {
  const { code, item } = catalogue(lang);
  const unit = (table.unit ?? document.meta.publishedUnit) as DisplayUnit;
  const blocks = tableBlocks(table).map((block) => ({ block, rows: block.rows.map((_, r) => r) }));
  return tableCsv(blocks, { code, item, unit: unitLabel(unit, lang), amount: (yuan) => plainAmount(yuan, unit, unit) });
}

/** A figure as the elements print it: the amount in 元 for machines, the shown text for readers. */
function figure(yuan: number | undefined, published: DisplayUnit, lang: Lang): string {
  if (yuan === undefined) return '—';
  const shown = formatAmount(yuan, INDEX_UNIT, published, lang);
  return `<data value="${yuan}">${shown}</data>`;
}

/** A page; each loads site.js, which enhances what it finds (the index's sorting, a report's hydration). */
function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${SITE_FILES.style}">
<script type="module" src="${SITE_FILES.script}"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * What site.js says once it has sorted the index, as data attributes of the table (site.js is
 * copied in alone, so the page brings its words); `{column}` stands for the header's text.
 */
function sortWords(lang: Lang): string {
  const w = SITE_WORDS[lang];
  const words = { ascending: w.sortedAscending('{column}'), descending: w.sortedDescending('{column}'), none: w.sortedAsPublished };
  return Object.entries(words).map(([name, text]) => ` data-sorted-${name}="${escapeHtml(text)}"`).join('');
}

/** Documents by department, then year (newest first): how a reader looks for one. */
export const sortEntries = (entries: readonly IndexEntry[]): IndexEntry[] =>
  [...entries].sort((a, b) => a.department.localeCompare(b.department, 'zh-CN') || b.year - a.year || a.slug.localeCompare(b.slug));

/** index.html: a real table of every document with its headline figures and its files. */
export function indexPage(entries: readonly IndexEntry[], lang: Lang): string {
  const t = catalogue(lang);
  const w = SITE_WORDS[lang];
  const unit = unitLabel(INDEX_UNIT, lang);
  const rows = sortEntries(entries).map(({ slug, department, year, publishedUnit, expenditureTotal, sangongTotal }) => {
    return `<tr>
<th scope="row"><a href="${href(reportFile(slug))}">${escapeHtml(department)}</a></th>
<td>${year}</td>
<td class="num">${figure(expenditureTotal, publishedUnit, lang)}</td>
<td class="num">${figure(sangongTotal, publishedUnit, lang)}</td>
<td><a href="${href(...jsonFile(slug).split('/'))}" type="application/json">JSON</a></td>
</tr>`;
  });
  return page(lang, w.siteTitle, `<main>
<h1>${escapeHtml(w.siteTitle)}</h1>
<p>${escapeHtml(w.siteIntro(entries.length))}</p>
<div class="table-scroll" role="region" aria-labelledby="documents-caption" tabindex="0">
<table${sortWords(lang)}>
<caption id="documents-caption">${escapeHtml(w.documentsCaption)}</caption>
<thead><tr><th scope="col" data-sort="text">${escapeHtml(w.department)}</th><th scope="col" data-sort="number">${escapeHtml(w.year)}</th><th scope="col" class="num" data-sort="number">${escapeHtml(w.withUnit(t.expenditureTotal, unit))}</th><th scope="col" class="num" data-sort="number">${escapeHtml(w.withUnit(t.sangongTitle, unit))}</th><th scope="col">${escapeHtml(w.data)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
</main>`);
}

/**
 * One document's page, readable with scripts off: under the page's title, the expenditure treemap
 * (the picture of where the money goes, first, as a newspaper runs its graphic under the headline;
 * README, `site`), then the whole report below it, then its files. Both elements are server renders.
 */
export function reportPage({ slug, document }: SiteEntry, { report, treemap }: { report: string; treemap: string }, lang: Lang): string {
  const t = catalogue(lang);
  const w = SITE_WORDS[lang];
  const { department, year } = document.meta;
  const title = t.reportTitle(department.name, year);
  const csvLinks = csvTables(document).map((table) => `<li><a href="${href(...csvFile(slug, table).split('/'))}" type="text/csv">${escapeHtml(displayLabel(table.title))}</a></li>`);
  return page(lang, title, `<header class="site-header"><nav aria-label="${escapeHtml(w.breadcrumb)}"><a href="index.html">${escapeHtml(w.siteTitle)}</a></nav></header>
<main>
<h1 class="page-title">${escapeHtml(title)}</h1>
${treemap}
${report}
<section class="files" aria-labelledby="files-title">
<h2 id="files-title">${escapeHtml(w.files)}</h2>
<ul>
<li><a href="${href(...jsonFile(slug).split('/'))}" type="application/json">${escapeHtml(w.json)}</a></li>
${csvLinks.join('\n')}
</ul>
</section>
</main>`);
}

/**
 * One document of `budget-widgets site`, run by the CLI's worker pool (src/cli/import-pool.ts),
 * one thread a core: read and validate the file, write its report page (its treemap and its
 * report, each rendered once), its JSON and its CSVs into the site's temporary folder, and hand
 * back what the index shows of it. Never throws: a bad document or a failed write comes back as
 * a message, which the command prints.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaskResult } from '../cli/import-task.js';
import { loadValidDocument } from '../cli/files.js';
import type { Lang } from '../i18n/index.js';
import { renderElement } from './render.js';
import { csvFile, csvTables, indexEntry, jsonFile, reportFile, publishedTableCsv, reportPage, slugOf, type IndexEntry } from './site.js';

export interface SitePageOptions {
  /** The site's temporary folder, with its `data/` and `csv/` already made. */
  dir: string;
  lang: Lang;
}

export type SitePage = { ok: true; entry: IndexEntry } | { ok: false; exit: number; message: string };

export default async function sitePage(file: string, options: unknown): Promise<TaskResult<SitePage>> {
  const { dir, lang } = options as SitePageOptions;
  const said: string[] = [];
  const loaded = await loadValidDocument(file, { write: (text: string) => said.push(text) });
  if (!loaded.ok) return { ok: true, value: { ok: false, exit: loaded.exit, message: said.join('') } };
  const { document } = loaded;
  const slug = slugOf(file);
  try {
    // `src`: what the bundle, once it runs, reads both elements from (the page's own copy of the
    // JSON, which site.js fetches once for the two). Both sit under the page's own h1.
    const attributes = { 'heading-level': '2', src: jsonFile(slug) };
    const rendered = {
      treemap: renderElement(document, { tag: 'budget-treemap', lang, attributes }),
      report: renderElement(document, { tag: 'budget-report', lang, attributes }),
    };
    // Written synchronously: this thread (a worker, or the CLI's own for one file) has nothing else
    // to do meanwhile, and each asynchronous write costs round trips through libuv's thread pool.
    writeFileSync(join(dir, reportFile(slug)), reportPage({ slug, document }, rendered, lang));
    copyFileSync(file, join(dir, jsonFile(slug)));
    mkdirSync(join(dir, 'csv', slug));
    for (const table of csvTables(document)) writeFileSync(join(dir, csvFile(slug, table)), publishedTableCsv(document, table, lang));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: true, value: { ok: false, exit: 2, message: `✗ ${file}: 无法写入站点 / cannot write the site (${code})\n` } };
  }
  return { ok: true, value: { ok: true, entry: indexEntry(slug, document) } };
}

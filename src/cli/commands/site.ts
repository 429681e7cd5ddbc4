/**
 * `budget-widgets site FILE... -o DIR`: a static site of documents. An index of departments and
 * years with their headline figures, one server-rendered report page per document (readable with
 * scripts off; the bundle, copied in, only enhances), each table as CSV and the JSON itself.
 * Built in a temporary folder beside DIR and renamed into place when whole.
 */
import { access, copyFile, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { loadValidDocument } from '../files.js';
import { progress } from '../progress.js';
import { EXIT, type Streams } from '../streams.js';

interface SiteOptions {
  output: string;
  lang: Lang;
}

/** The one-file bundle this CLI was built with, copied into every site. */
const BUNDLE = fileURLToPath(new URL('../../budget-widgets.min.js', import.meta.url));

const slugOf = (file: string) => basename(file).replace(/\.json$/i, '');

/** The reason an errno gives, in both languages. */
const ioReason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reasons: Record<string, string> = {
    ENOENT: '目录不存在 / no such directory',
    ENOTDIR: '不是目录 / not a directory',
    EACCES: '没有写入权限 / permission denied',
    EPERM: '没有写入权限 / permission denied',
    EROFS: '只读文件系统 / read-only file system',
    ENOSPC: '磁盘已满 / no space left on device',
  };
  return reasons[code] ?? `无法写入 / cannot write (${code || String(error)})`;
};

/**
 * Whether DIR may be replaced: absent, empty, or a site this command built (its index and
 * stylesheet). Anything else is the user's, and is never overwritten.
 */
async function replaceable(dir: string): Promise<boolean> {
  try {
    const names = await readdir(dir);
    return names.length === 0 || (names.includes('index.html') && names.includes('site.css'));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

async function buildSite(files: string[], options: SiteOptions, { stderr }: Streams): Promise<number> {
  const fail = (message: string, exit: number = EXIT.usage) => {
    stderr.write(`✗ ${message}\n`);
    return exit;
  };
  const slugs = new Map<string, string>();
  for (const file of files) {
    const slug = slugOf(file);
    const other = slugs.get(slug);
    if (other) return fail(`${other}, ${file}: 文件名相同，页面会互相覆盖 / same file name: their pages would overwrite each other`);
    slugs.set(slug, file);
  }
  const target = resolve(options.output);
  if (!(await replaceable(target))) return fail(`${options.output}: 目录已存在且不是本命令生成的站点，不予覆盖 / exists and is not a site this command built; not overwritten`);
  if (!(await access(BUNDLE).then(() => true, () => false))) return fail(`${BUNDLE}: 找不到脚本包，请先运行 npm run build / bundle not found: run npm run build first`);

  // Every document is read and validated before anything is written: one bad file, no site.
  const { renderElement } = await import('../../ssr/render.js');
  const site = await import('../../ssr/site.js');
  const { SITE_STYLE } = await import('../../ssr/site-style.js');
  const entries: { slug: string; file: string; document: import('../../data/schema.js').BudgetDocument }[] = [];
  for (const [slug, file] of slugs) {
    const loaded = await loadValidDocument(file, stderr);
    if (!loaded.ok) return loaded.exit;
    entries.push({ slug, file, document: loaded.document });
  }

  let temporary: string;
  try {
    temporary = await mkdtemp(join(dirname(target), `.${basename(target)}.tmp-`));
  } catch (error) {
    return fail(`${options.output}: ${ioReason(error)}`);
  }
  const bar = progress(entries.length, 'site', stderr);
  try {
    await mkdir(join(temporary, 'data'));
    await mkdir(join(temporary, 'csv'));
    for (const entry of entries) {
      const report = await renderElement(entry.document, { tag: 'budget-report', lang: options.lang, attributes: { 'heading-level': '1', src: site.jsonFile(entry.slug) } });
      await writeFile(join(temporary, site.reportFile(entry.slug)), site.reportPage(entry, report, options.lang));
      await copyFile(entry.file, join(temporary, site.jsonFile(entry.slug)));
      await mkdir(join(temporary, 'csv', entry.slug));
      for (const table of site.csvTables(entry.document)) await writeFile(join(temporary, site.csvFile(entry.slug, table)), site.tableCsv(entry.document, table, options.lang));
      bar.tick(basename(entry.file));
    }
    await writeFile(join(temporary, 'index.html'), site.indexPage(entries, options.lang));
    await writeFile(join(temporary, site.SITE_FILES.style), SITE_STYLE);
    await copyFile(BUNDLE, join(temporary, site.SITE_FILES.script));
    bar.stop();
    // The old site (if any) steps aside only once the new one is whole.
    const old = `${temporary}.old`;
    const hadOld = await rename(target, old).then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    });
    await rename(temporary, target).catch(async (error: unknown) => {
      if (hadOld) await rename(old, target);
      throw error;
    });
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    bar.stop();
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    return fail(`${options.output}: ${ioReason(error)}`);
  }
  stderr.write(`✓ ${options.output}: ${entries.length} 份文档 / documents\n`);
  return EXIT.ok;
}

export function register(program: Command, streams: Streams, done: (exit: number) => void): void {
  program
    .command('site')
    .description('生成静态预算公开网站 / build a static budget disclosure site')
    .argument('<FILE...>', 'normalised budget JSON documents')
    .requiredOption('-o, --output <DIR>', '输出目录 / output folder')
    .addOption(new Option('--lang <LANG>', '语言 / language').choices(['zh-CN', 'en']).default('zh-CN'))
    .action(async (files: string[], options: SiteOptions) => done(await buildSite(files, options, streams)));
}

/**
 * `budget-widgets site FILE... -o DIR`: a static site of documents. An index of departments and
 * years with their headline figures, one server-rendered report page per document (readable with
 * scripts off; the bundle, copied in, only enhances), each table as CSV and the JSON itself.
 * Pages are written by worker threads (one a core), in a temporary folder beside DIR renamed into
 * place when whole.
 */
import { access, copyFile, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import type { Lang } from '../../i18n/index.js';
import type { IndexEntry } from '../../ssr/site.js';
import type { SitePage, SitePageOptions } from '../../ssr/site-page-task.js';
import { SITE_STYLE } from '../../ssr/site-style.js';
import { progress } from '../progress.js';
import { EXIT, worst, type Streams } from '../streams.js';

interface SiteOptions {
  output: string;
  lang: Lang;
}

/** The hydrating bundle this CLI was built with (src/hydrate.ts), copied into every site. */
const BUNDLE = fileURLToPath(new URL('../../budget-widgets-hydrate.min.js', import.meta.url));

/** The report pages' script (src/ssr/site-enhance.ts), copied in as site.js. */
const ENHANCE = fileURLToPath(new URL('../../ssr/site-enhance.js', import.meta.url));
/** The worker task that writes one document's pages. */
const PAGE_TASK = new URL('../../ssr/site-page-task.js', import.meta.url);

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
  const { SITE_FILES, indexPage, slugOf } = await import('../../ssr/site.js');
  const slugs = new Map<string, string>();
  for (const file of files) {
    const other = slugs.get(slugOf(file));
    if (other) return fail(`${other}, ${file}: 文件名相同，页面会互相覆盖 / same file name: their pages would overwrite each other`);
    slugs.set(slugOf(file), file);
  }
  const target = resolve(options.output);
  if (!(await replaceable(target))) return fail(`${options.output}: 目录已存在且不是本命令生成的站点，不予覆盖 / exists and is not a site this command built; not overwritten`);
  if (!(await access(BUNDLE).then(() => true, () => false))) return fail(`${BUNDLE}: 找不到脚本包，请先运行 npm run build / bundle not found: run npm run build first`);

  let temporary: string;
  try {
    temporary = await mkdtemp(join(dirname(target), `.${basename(target)}.tmp-`));
    await mkdir(join(temporary, 'data'));
    await mkdir(join(temporary, 'csv'));
  } catch (error) {
    return fail(`${options.output}: ${ioReason(error)}`);
  }
  const discard = () => rm(temporary, { recursive: true, force: true }).catch(() => undefined);
  // One page per document, a worker thread a core; each validates its document before writing.
  const bar = progress(files.length, 'site', stderr);
  const { importFiles } = await import('../import-pool.js');
  const taskOptions: SitePageOptions = { dir: temporary, lang: options.lang };
  const results = await importFiles<SitePage>(files, { task: PAGE_TASK, taskOptions }, (file) => bar.tick(basename(file))).finally(() => bar.stop());
  let exit: number = EXIT.ok;
  const entries: IndexEntry[] = [];
  for (const result of results) {
    if (!result.ok) stderr.write(`✗ ${result.message}\n`);
    else if (!result.value.ok) stderr.write(result.value.message);
    else entries.push(result.value.entry);
    exit = worst(exit, result.ok ? (result.value.ok ? EXIT.ok : result.value.exit) : result.exit);
  }
  // One bad document, no site: the temporary folder goes, the target is untouched.
  if (exit !== EXIT.ok) {
    await discard();
    return exit;
  }
  try {
    await writeFile(join(temporary, 'index.html'), indexPage(entries, options.lang));
    await writeFile(join(temporary, SITE_FILES.style), SITE_STYLE);
    await copyFile(BUNDLE, join(temporary, SITE_FILES.bundle));
    await copyFile(ENHANCE, join(temporary, SITE_FILES.script));
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
    await discard();
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

/**
 * `budget-widgets import FILE... [-o OUT] [--report REPORT.json] [--year Y] [--department NAME]`: one schema v1
 * document per input. OUT is a file for one input, a folder for several (created if needed); without it the
 * document goes to stdout (one input) or beside each input as NAME.json. Every file is written to a temporary
 * name and renamed, so a reader never sees half a document. A readable summary goes to stderr.
 * Exit 0 when every input gave a valid document; 1 when one held no recognisable budget; 2 for usage or I/O errors.
 */
import type { Command } from 'commander';
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ImportOptions, ImportResult } from '../../import/assemble.js';
import type { ImportReport } from '../../import/report.js';
import { writeWhole } from '../files.js';
import { importFiles as inParallel } from '../import-pool.js';
import { progress } from '../progress.js';
import { EXIT, worst, type Streams } from '../streams.js';

/** Reads (any format, detected by content) and recognises one file; run in worker threads for many files. */
const RECOGNISE = new URL('../import-recognise-task.js', import.meta.url);

interface Options {
  output?: string;
  report?: string;
  year?: string;
  department?: string;
}

const isFolder = async (path: string) => (await stat(path).catch(() => undefined))?.isDirectory() === true;

/** The human summary: tables with kind, rows and confidence; unused blocks; assumptions and ambiguities; warnings. */
export function describe(report: ImportReport, exit: number): string {
  const lines = [`${report.file ?? ''} (${report.format}): ${exit === 0 ? '已导入 / imported' : '未识别出部门预算 / no budget recognised'}`];
  if (report.tables.length) lines.push(`  表 / tables (${report.tables.length}):`);
  for (const t of report.tables) {
    const where = t.at?.line ? ` @${t.at.page && t.at.page > 1 ? `p${t.at.page} ` : ''}L${t.at.line}` : '';
    lines.push(`    ${t.number ? `${t.number} ` : ''}${t.title} — ${t.kind}, ${t.status}, ${t.rows} 行 / rows, 置信度 / confidence ${t.confidence.toFixed(1)}${where}`);
  }
  const unused = report.notes.filter((n) => n.kind === 'unused').length;
  lines.push(`  未使用的段落 / unused blocks: ${unused}`);
  for (const note of report.notes.filter((n) => n.kind !== 'unused')) {
    const label = note.kind === 'assumption' ? '假设 / assumption' : '存疑 / ambiguity';
    lines.push(`  ${label}: ${note.message['zh-CN']} / ${note.message.en}`);
  }
  if (report.warnings.length) lines.push(`  一致性提示 / consistency warnings (${report.warnings.length}):`);
  for (const w of report.warnings) lines.push(`    ${w.path}: ${w.message['zh-CN']} / ${w.message.en}`);
  return `${lines.join('\n')}\n`;
}

async function importFiles(files: string[], options: Options, { stdout, stderr }: Streams): Promise<number> {
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
    stderr.write(`✗ --year 应为四位年份 / --year must be a four-digit year: ${options.year}\n`);
    return EXIT.usage;
  }
  const many = files.length > 1;
  if (many && options.output) {
    if (!(await isFolder(options.output))) {
      try {
        await mkdir(options.output, { recursive: true });
      } catch {
        stderr.write(`✗ ${options.output}: 无法创建输出文件夹 / cannot create the output folder\n`);
        return EXIT.usage;
      }
    }
  }
  const year = options.year === undefined ? undefined : Number(options.year);
  const taskOptions: ImportOptions = { ...(year ? { year } : {}), ...(options.department ? { department: options.department } : {}) };
  const bar = progress(files.length, '导入 / import', stderr);
  const results = await inParallel<ImportResult>(files, { task: RECOGNISE, taskOptions }, (file) => bar.tick(basename(file)));
  bar.stop();
  let exit: number = EXIT.ok;
  const reports: ImportReport[] = [];
  for (const { file, ...outcome } of results) {
    if (!outcome.ok) {
      exit = worst(exit, outcome.exit);
      stderr.write(`✗ ${outcome.message}\n`);
      continue;
    }
    const result = outcome.value;
    exit = worst(exit, result.exit);
    reports.push(result.report);
    stderr.write(describe(result.report, result.exit));
    if (!result.document) continue;
    const json = `${JSON.stringify(result.document, null, 2)}\n`;
    const target = many
      ? join(options.output ?? dirname(file), `${basename(file, extname(file))}.json`)
      : options.output && (await isFolder(options.output))
        ? join(options.output, `${basename(file, extname(file))}.json`)
        : options.output;
    if (!target) {
      stdout.write(json);
      continue;
    }
    const written = await writeWhole(target, json);
    if (written.ok) {
      stderr.write(`  → ${target}\n`);
    } else {
      stderr.write(`✗ ${written.message}\n`);
      exit = worst(exit, written.exit);
    }
  }
  if (options.report) {
    const written = await writeWhole(options.report, `${JSON.stringify(many ? reports : reports[0] ?? null, null, 2)}\n`);
    if (!written.ok) {
      stderr.write(`✗ ${written.message}\n`);
      exit = worst(exit, written.exit);
    }
  }
  return exit;
}

export function register(program: Command, streams: Streams, done: (exit: number) => void): void {
  program
    .command('import')
    .description('从公开文本导入为规范化文档 / import disclosures as normalised documents')
    .argument('<FILE...>', 'disclosure files: PDF, Word (.docx), Excel (.xlsx/.xls), web page (.html) or extracted text')
    .option('-o, --output <OUT>', '输出文件（一个输入）或文件夹（多个输入） / output file (one input) or folder (several)')
    .option('--report <REPORT.json>', '导入报告（JSON） / write the import report as JSON')
    .option('--year <Y>', '预算年度（文中未注明时） / budget year, when the source does not state it')
    .option('--department <NAME>', '部门名称（文中未注明时） / department name, when the source does not state it')
    .action(async (files: string[], options: Options) => done(await importFiles(files, options, streams)));
}

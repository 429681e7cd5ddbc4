// `npm run bench:import` (after `npm run build`): how long importing a 40-page PDF disclosure takes in Node — the
// whole import, read (pdf.js loaded, document opened, every page's text laid out) and recognised (tables, goals,
// narrative, assembled and validated) — in a fresh process as `budget-widgets import` would run it, then warm
// (median of RUNS more in the same process); then the five fixture PDFs at once through the worker-thread pool.
// The file is read through the command's own task module (dist/cli/import-task.js), as the command does.
// Wall and CPU time both: on a machine others are using, wall time counts the wait for a core and CPU time does not.
// CPU time is the process's, every thread (the garbage collector's helpers too); the fresh-process figure is given
// from the bench's first line and from the process's start (Node's own start-up included).
// The goal is under 2 s for the 40 pages on a 2-core machine.
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('./fixtures/disclosure-40.pdf', import.meta.url));
const RUNS = 5;
const OPTIONS = { year: 2025, department: '某县医疗保障局' };

if (process.argv[2] === '--child') {
  const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
  const since = (start) => {
    const { user, system } = process.cpuUsage(start.cpu);
    return { ms: performance.now() - start.wall, cpuMs: (user + system) / 1000 };
  };
  const started = clock();
  const { readSourceFile } = await import('../dist/cli/import-task.js');
  const { importSource } = await import('../dist/import/assemble.js');
  const once = async () => {
    const readStart = clock();
    const file = await readSourceFile(FILE);
    if (!file.ok) throw new Error(file.message);
    const source = file.value;
    const read = since(readStart);
    const recogniseStart = clock();
    // The fixture is five disclosures' tables without their title pages: the year and department are given, as
    // `import --year --department` would, so that every table is recognised rather than the import stopping early.
    const result = importSource(source, OPTIONS);
    return { source, result, read, recognise: since(recogniseStart) };
  };
  const cold = await once();
  const coldTotal = since(started);
  const { user, system } = process.cpuUsage();
  const processCpuMs = (user + system) / 1000;
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    const start = clock();
    const { read, recognise } = await once();
    warm.push({ ...since(start), read, recognise });
  }
  const median = (values, pick) => values.map(pick).sort((a, b) => a - b)[Math.floor(values.length / 2)];
  process.stdout.write(
    JSON.stringify({
      pages: cold.source.pages,
      grids: cold.source.blocks.filter((block) => block.kind === 'grid').length,
      tables: cold.result.report.tables?.length ?? 0,
      exit: cold.result.exit,
      coldMs: coldTotal.ms,
      coldCpuMs: coldTotal.cpuMs,
      processCpuMs,
      coldReadMs: cold.read.ms,
      coldRecogniseMs: cold.recognise.ms,
      warmMs: median(warm, (w) => w.ms),
      warmCpuMs: median(warm, (w) => w.cpuMs),
      warmReadMs: median(warm, (w) => w.read.ms),
      warmRecogniseMs: median(warm, (w) => w.recognise.ms),
      warmRecogniseCpuMs: median(warm, (w) => w.recognise.cpuMs),
    }),
  );
} else {
  const result = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' }));
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  // CPU time is what the work costs (every thread of the process); on a busy machine the wall time also counts the wait for a core.
  console.log(
    `40-page PDF (${result.pages} pages, ${result.grids} grids, ${result.tables} tables found; exit ${result.exit}: five disclosures in one file do not make one valid document), whole import: ` +
      `${s(result.coldMs)} in a fresh process (CPU ${s(result.coldCpuMs)}, ${s(result.processCpuMs)} with Node's start-up; read ${s(result.coldReadMs)}, recognise ${s(result.coldRecogniseMs)}), ` +
      `${s(result.warmMs)} warm (CPU ${s(result.warmCpuMs)}; read ${s(result.warmReadMs)}, recognise ${s(result.warmRecogniseMs)}, ` +
      `recognise CPU ${s(result.warmRecogniseCpuMs)}; medians of ${RUNS})`,
  );
  console.log(`load average while measuring: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
  const { importFiles } = await import('../dist/cli/import-pool.js');
  const files = ['gaoyang-2025', 'kaijiang-2025', 'pingli-2025', 'quxian-2024', 'yuanjiang-2024'].map((name) => fileURLToPath(new URL(`../test/import/fixtures/${name}.pdf`, import.meta.url)));
  const t = performance.now();
  const results = await importFiles(files);
  console.log(`five PDFs (${results.filter((r) => r.ok).length} read) through the worker pool: ${((performance.now() - t) / 1000).toFixed(2)} s`);
}

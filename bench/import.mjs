// `npm run bench:import` (after `npm run build`): how long reading a 40-page PDF disclosure takes in Node,
// in a fresh process as `budget-widgets import` would run it (pdf.js loaded, document opened, every page's
// text laid out), then warm (median of RUNS more in the same process); then the five fixture PDFs at once
// through the worker-thread pool. The goal is under 2 s for the 40 pages on a 2-core machine.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('./fixtures/disclosure-40.pdf', import.meta.url));
const RUNS = 5;

if (process.argv[2] === '--child') {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { readSource } = await import('../dist/import/readers/index.js');
  const bytes = readFileSync(FILE);
  const cold = await readSource(bytes, FILE);
  const coldMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const coldCpuMs = (user + system) / 1000;
  const warm = [];
  const warmCpu = [];
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await readSource(bytes, FILE);
    warm.push(performance.now() - t);
    const used = process.cpuUsage(c);
    warmCpu.push((used.user + used.system) / 1000);
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const grids = cold.blocks.filter((block) => block.kind === 'grid').length;
  process.stdout.write(JSON.stringify({ pages: cold.pages, grids, coldMs, coldCpuMs, warmMs: median(warm), warmCpuMs: median(warmCpu) }));
} else {
  const result = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' }));
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  // CPU time is what the work costs this one thread; on a busy machine the wall time also counts the wait for a core.
  console.log(`40-page PDF (${result.pages} pages, ${result.grids} grids): ${s(result.coldMs)} in a fresh process (CPU ${s(result.coldCpuMs)}), ${s(result.warmMs)} warm (CPU ${s(result.warmCpuMs)}; median of ${RUNS})`);
  console.log(`load average while measuring: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
  const { importFiles } = await import('../dist/cli/import-pool.js');
  const files = ['gaoyang-2025', 'kaijiang-2025', 'pingli-2025', 'quxian-2024', 'yuanjiang-2024'].map((name) => fileURLToPath(new URL(`../test/import/fixtures/${name}.pdf`, import.meta.url)));
  const t = performance.now();
  const results = await importFiles(files);
  console.log(`five PDFs (${results.filter((r) => r.ok).length} read) through the worker pool: ${((performance.now() - t) / 1000).toFixed(2)} s`);
}

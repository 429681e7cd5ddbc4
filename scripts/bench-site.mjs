// `npm run bench:site [-- N]`: `budget-widgets site` over N generated documents (default 1,000),
// the five bureaus of demo/data under N department names and years; the built bin as users run
// it, timed from start to exit. Reported, never asserted: machines differ. Beside the wall time, the
// CPU time the build took (all its threads), which a shared machine's load inflates far less, and
// the load average it ran under.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 1000);
const BIN = new URL('../dist/cli/budget-widgets.js', import.meta.url).pathname;
const DATA = new URL('../demo/data/', import.meta.url).pathname;
if (!existsSync(BIN) || !existsSync(new URL('../dist/budget-widgets.min.js', import.meta.url))) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

/**
 * CPU seconds (user, system) of this process's waited-for children, from Linux's /proc (fields 16
 * and 17 of stat, in clock ticks of 1/100 s); elsewhere undefined, and only the wall time is told.
 */
function childrenCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
  } catch {
    return undefined;
  }
}

const bureaus = readdirSync(DATA).filter((name) => name.endsWith('.json')).sort().map((name) => JSON.parse(readFileSync(join(DATA, name), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'budget-bench-site-'));
try {
  const files = [];
  for (let i = 0; i < count; i++) {
    const doc = structuredClone(bureaus[i % bureaus.length]);
    doc.meta.department.name = `${doc.meta.department.name}（第 ${i + 1} 号）`;
    doc.meta.year = 2000 + (i % 26);
    const file = join(dir, `doc-${String(i + 1).padStart(4, '0')}.json`);
    writeFileSync(file, JSON.stringify(doc));
    files.push(file);
  }
  const cpuBefore = childrenCpu();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, 'site', ...files, '-o', join(dir, 'site')], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuAfter = childrenCpu();
  const load = loadavg()[0];
  if (result.status !== 0) process.exit(result.status ?? 1);
  const pages = readdirSync(join(dir, 'site')).filter((name) => name.endsWith('.html')).length;
  console.log(`site: ${count} documents, ${pages} pages in ${seconds.toFixed(1)} s (${(seconds / count * 1000).toFixed(0)} ms a document; ${availableParallelism()} cores, a worker thread each; load average ${load.toFixed(1)})`);
  if (cpuBefore && cpuAfter) {
    const user = cpuAfter.user - cpuBefore.user;
    const system = cpuAfter.system - cpuBefore.system;
    console.log(`CPU: ${(user + system).toFixed(1)} s (user ${user.toFixed(1)} s, system ${system.toFixed(1)} s), ${((user + system) / count * 1000).toFixed(0)} ms a document`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// `npm run bench`, in the same Chromium and the same run, median of RUNS each, runs interleaved:
// - <budget-treemap> and an ECharts treemap of the same data, ECharts both ways (its default, every
//   level; and `leafDepth: 1`, one level as ours): from data in hand to two animation frames after the
//   first view is drawn (bench/document.js), and the tiles each draws;
// - a 1,000- and a 10,000-row table in <budget-table> and in a Tabulator data tree: first screen, scrolling.
import { startDevServer } from '@web/dev-server';
import * as puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';

const SIZES = [1000, 5000, 10000, 20000];
/** `node scripts/bench.mjs treemap` (or `table`) runs one of the two. */
const only = process.argv[2];
const RUNS = 41;
/** Unmeasured runs of each first, at each size: the first runs of a page compile its code. */
const WARMUPS = 5;
/** Run i starts i / RUNS of a frame after a frame began, for every library alike (bench/document.js). */
const phaseOf = (i) => i / RUNS;
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (!executablePath) {
  console.error('No Chromium found: sudo apt-get install chromium, or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync('dist/budget-widgets.min.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const server = await startDevServer({ config: { rootDir: '.', port: 0 }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const { port } = server.server.address();
const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
await page.setViewport({ width: 800, height: 600 });
await page.goto(`http://localhost:${port}/bench/treemap.html`);
await page.waitForFunction('window.benchReady === true');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const leaves of only === 'table' ? [] : SIZES) {
  const run = {
    ours: (phase) => page.evaluate((n, phase) => window.bench.ours(n, phase), leaves, phase),
    all: (phase) => page.evaluate((n, phase) => window.bench.echartsTreemap(n, 0, phase), leaves, phase),
    one: (phase) => page.evaluate((n, phase) => window.bench.echartsTreemap(n, 1, phase), leaves, phase),
  };
  // Warm-ups of each, then the measured runs, interleaved so that all three see the same machine
  // state, run i of each starting at the same phase of a frame (bench/document.js).
  for (let i = 0; i < WARMUPS; i++) for (const measure of Object.values(run)) await measure(0);
  const results = { ours: [], all: [], one: [] };
  for (let i = 0; i < RUNS; i++) for (const [name, measure] of Object.entries(run)) results[name].push(await measure(phaseOf(i)));
  const time = (name) => median(results[name].map((r) => r.elapsed));
  const work = (name) => median(results[name].map((r) => r.work));
  rows.push({
    leaves,
    work: { ours: work('ours'), one: work('one'), all: work('all') },
    ours: time('ours'),
    ready: median(results.ours.map((r) => r.ready)),
    all: time('all'),
    one: time('one'),
    tiles: { ours: results.ours[0].tiles, all: results.all[0].tiles, one: results.one[0].tiles },
  });
}

await page.goto(`http://localhost:${port}/bench/table.html`);
await page.waitForFunction('window.benchReady === true');
const TABLE_SIZES = only === 'treemap' ? [] : [1000, 10000];
const tables = [];
for (const size of TABLE_SIZES) {
  for (let i = 0; i < WARMUPS; i++) {
    await page.evaluate((n) => window.bench.ours(n), size);
    await page.evaluate((n) => window.bench.tabulator(n), size);
  }
  const ours = [];
  const peer = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(await page.evaluate((n, phase) => window.bench.ours(n, phase), size, phaseOf(run)));
    peer.push(await page.evaluate((n, phase) => window.bench.tabulator(n, phase), size, phaseOf(run)));
  }
  const pick = (results, read) => median(results.map(read));
  tables.push({
    size,
    ours: { first: pick(ours, (r) => r.firstScreen), mean: pick(ours, (r) => r.scroll.mean), worst: pick(ours, (r) => r.scroll.worst), dom: ours[0].inDom },
    peer: { first: pick(peer, (r) => r.firstScreen), mean: pick(peer, (r) => r.scroll.mean), worst: pick(peer, (r) => r.scroll.worst), dom: peer[0].inDom },
  });
}
await browser.close();
await server.stop();

if (rows.length) {
  const echartsVersion = (await import('echarts/package.json', { with: { type: 'json' } })).default.version;
  console.log(`\n<budget-treemap> vs ECharts ${echartsVersion} treemap (canvas), Chromium, median of ${RUNS} runs after ${WARMUPS} unmeasured ones`);
  console.log('Each time: data in hand (ours: validation included) to two animation frames after the first view is drawn;');
  console.log(`frames come every 16.7 ms, so a time moves in steps; run i of each library starts i/${RUNS} of a frame after a frame began,`);
  console.log('the same for each, so that no library gains or loses by where in its frame it happened to start.');
  console.log('"work": the main-thread part of it, to when setOption returned (ECharts draws inside it) or our render was done (its forced layout included).');
  console.log('"its budget-ready": when our budget-ready event, which carries the consistency warnings, arrived.\n');
  console.log('| leaves | budget-treemap | ECharts, leafDepth 1 | ECharts, all levels | ECharts leafDepth 1 / ours | ECharts all levels / ours | work: ours / leafDepth 1 / all levels | its budget-ready | tiles drawn: ours / leafDepth 1 / all levels |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const ms = (t) => `${t.toFixed(0)} ms`;
  for (const { leaves, work, ours, ready, all, one, tiles } of rows) {
    console.log(
      `| ${leaves.toLocaleString('en')} | ${ms(ours)} | ${ms(one)} | ${ms(all)} | ${(one / ours).toFixed(2)}× | ${(all / ours).toFixed(1)}× | ${ms(work.ours)} / ${ms(work.one)} / ${ms(work.all)} | ${ms(ready)} | ${tiles.ours} / ${tiles.one} / ${tiles.all.toLocaleString('en')} |`,
    );
  }
}

if (tables.length) {
  const tabulatorVersion = JSON.parse(readFileSync('node_modules/tabulator-tables/package.json', 'utf8')).version;
  console.log(`\n<budget-table> vs Tabulator ${tabulatorVersion} data tree, Chromium, median of ${RUNS} runs after ${WARMUPS} unmeasured ones (scroll: 60 frames, 300 px a frame)`);
  console.log('First screen: data in hand (ours: validation included) to two animation frames after the first rows are in the DOM.\n');
  console.log('| rows | first screen: budget-table | Tabulator | Tabulator / budget-table | scroll frame mean / worst: budget-table | Tabulator | rows in the DOM: budget-table / Tabulator |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { size, ours, peer } of tables) {
    console.log(
      `| ${size.toLocaleString('en')} | ${ours.first.toFixed(0)} ms | ${peer.first.toFixed(0)} ms | ${(peer.first / ours.first).toFixed(2)}× | ${ours.mean.toFixed(1)} / ${ours.worst.toFixed(1)} ms | ${peer.mean.toFixed(1)} / ${peer.worst.toFixed(1)} ms | ${ours.dom} / ${peer.dom} |`,
    );
  }
}

// `npm run bench`, in the same Chromium and the same run, median of RUNS each:
// - time to first complete render of <budget-treemap> and of an ECharts treemap of the same data;
// - a 1,000- and a 10,000-row table in <budget-table> and in a Tabulator data tree: first screen, scrolling.
import { startDevServer } from '@web/dev-server';
import * as puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';

const SIZES = [1000, 5000, 10000, 20000];
const RUNS = 5;
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
for (const leaves of SIZES) {
  // One warm-up of each, then the measured runs, alternating so that both see the same machine state.
  await page.evaluate((n) => window.bench.ours(n), leaves);
  await page.evaluate((n) => window.bench.echartsTreemap(n), leaves);
  const ours = [];
  const echarts = [];
  let tiles = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = await page.evaluate((n) => window.bench.ours(n), leaves);
    ours.push(result.elapsed);
    tiles = result.tiles;
    echarts.push((await page.evaluate((n) => window.bench.echartsTreemap(n), leaves)).elapsed);
  }
  rows.push({ leaves, ours: median(ours), echarts: median(echarts), tiles });
}

await page.goto(`http://localhost:${port}/bench/table.html`);
await page.waitForFunction('window.benchReady === true');
const TABLE_SIZES = [1000, 10000];
const tables = [];
for (const size of TABLE_SIZES) {
  await page.evaluate((n) => window.bench.ours(n), size);
  await page.evaluate((n) => window.bench.tabulator(n), size);
  const ours = [];
  const peer = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(await page.evaluate((n) => window.bench.ours(n), size));
    peer.push(await page.evaluate((n) => window.bench.tabulator(n), size));
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

console.log(`\n<budget-treemap> vs ECharts ${(await import('echarts/package.json', { with: { type: 'json' } })).default.version} treemap, Chromium, median of ${RUNS} runs\n`);
console.log('| leaves | budget-treemap | ECharts | ECharts / budget-treemap | tiles drawn |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const { leaves, ours, echarts, tiles } of rows) {
  console.log(`| ${leaves.toLocaleString('en')} | ${ours.toFixed(0)} ms | ${echarts.toFixed(0)} ms | ${(echarts / ours).toFixed(1)}× | ${tiles} |`);
}

const tabulatorVersion = JSON.parse(readFileSync('node_modules/tabulator-tables/package.json', 'utf8')).version;
console.log(`\n<budget-table> vs Tabulator ${tabulatorVersion} data tree, Chromium, median of ${RUNS} runs (scroll: 60 frames, 300 px a frame)\n`);
console.log('| rows | first screen: budget-table | Tabulator | Tabulator / budget-table | scroll frame mean / worst: budget-table | Tabulator | rows in the DOM: budget-table / Tabulator |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { size, ours, peer } of tables) {
  console.log(
    `| ${size.toLocaleString('en')} | ${ours.first.toFixed(0)} ms | ${peer.first.toFixed(0)} ms | ${(peer.first / ours.first).toFixed(1)}× | ${ours.mean.toFixed(1)} / ${ours.worst.toFixed(1)} ms | ${peer.mean.toFixed(1)} / ${peer.worst.toFixed(1)} ms | ${ours.dom} / ${peer.dom} |`,
  );
}

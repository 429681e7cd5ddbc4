// `node scripts/desk-screenshot.mjs [FILE] [WIDTH…]` (after `npm run build`): the data desk with a disclosure dropped
// on it, as PNGs in screenshots/ (git-ignored), for the README's picture and for looking at what the desk shows.
// Headless Chromium (CHROME_PATH, else /usr/bin/chromium) through puppeteer-core, against its own web-dev-server.
// Defaults: 开江's generated workbook, 1280 and 320 px, light and dark.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import * as puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

const args = process.argv.slice(2);
const file = resolve(args.find((arg) => !/^\d+$/.test(arg)) ?? 'test/import/fixtures/kaijiang-2025.xlsx');
const widths = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
const OUT = resolve('screenshots');
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (!chromium || !existsSync('dist/budget-widgets-import.js')) {
  console.error(chromium ? 'dist/ is missing: npm run build' : 'No Chromium found: set CHROME_PATH.');
  process.exit(1);
}

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: true },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
mkdirSync(OUT, { recursive: true });
try {
  const page = await browser.newPage();
  for (const width of widths.length ? widths : [1280, 320]) {
    for (const scheme of ['light', 'dark']) {
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`http://127.0.0.1:${port}/demo/desk.html`);
      const input = await page.waitForSelector('#file');
      await input.uploadFile(file);
      // Read when the status says so (or an error is shown), and the report has rendered its tables.
      await page.waitForFunction(() => /Read |cannot|无法/.test(document.getElementById('status').textContent + document.getElementById('error').textContent), { timeout: 120000 });
      await page.waitForFunction(() => !document.querySelector('budget-report') || document.querySelector('budget-report').shadowRoot?.querySelector('budget-table'), { timeout: 60000 });
      const path = `${OUT}/desk-${basename(file).replace(/\.[^.]+$/, '')}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
      // The top of the page (the file read, the review list, the report's opening): the part a README shows.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({ path, clip: { x: 0, y: 0, width, height: Math.min(height, width < 600 ? 2400 : 1400) }, captureBeyondViewport: true });
      console.log(path);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

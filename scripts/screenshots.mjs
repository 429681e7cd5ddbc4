// `npm run screenshots`: PNGs of every element × bureau × width (320, 768, 1280 px) in Chinese and
// English, and of the full report also in dark mode, into screenshots/ (git-ignored), for looking at
// what readers get. Headless Chromium (CHROME_PATH, else /usr/bin/chromium) through puppeteer-core,
// against its own web-dev-server on a free port: no desktop needed. The pages load dist/ (as embedders
// do), so run `npm run build` after changing src/; it builds by itself only if dist/ is missing.
// Words after `--` pick a subset: `npm run screenshots -- budget-report 320 dark`.
// `npm run screenshots -- site`: a site of the five bureaus (`budget-widgets site`, Chinese, and
// English under en/), built into screenshots/site; its report page of 高阳 2025 at each width, in each
// language, light and dark, with scripts on (hydrated) and off, the top 1,400 px of each; and the
// README's two: docs/images/site-index-320.png and site-report-1280.png. The site is removed after.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import * as puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

const BUREAUS = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'];
const ELEMENTS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table'];
const WIDTHS = [320, 768, 1280];
const OUT = resolve('screenshots');

/** Every shot: the elements in light mode, the report in light and dark. */
function* shots() {
  for (const bureau of BUREAUS) {
    for (const width of WIDTHS) {
      for (const lang of ['zh-CN', 'en']) {
        for (const element of ELEMENTS) yield { element, bureau, width, lang, scheme: 'light' };
        for (const scheme of ['light', 'dark']) yield { element: 'budget-report', bureau, width, lang, scheme };
      }
    }
  }
}

/** The site's shots: the README's two, then a report page in every way a reader may see it. */
function* siteShots() {
  yield { path: 'index.html', width: 320, height: 560, scheme: 'light', scripts: true, file: 'docs/images/site-index-320.png' };
  yield { path: 'gaoyang-2025.html', width: 1280, height: 900, scheme: 'light', scripts: true, file: 'docs/images/site-report-1280.png' };
  for (const width of WIDTHS) {
    for (const lang of ['zh-CN', 'en']) {
      for (const scheme of ['light', 'dark']) {
        for (const scripts of [true, false]) {
          const file = `${OUT}/site-gaoyang-2025-${width}-${lang}-${scheme}-${scripts ? 'scripts' : 'no-scripts'}.png`;
          yield { path: `${lang === 'en' ? 'en/' : ''}gaoyang-2025.html`, width, height: 1400, scheme, scripts, file };
        }
      }
    }
  }
}

const wanted = process.argv.slice(2);
const site = wanted[0] === 'site';
const chosen = site ? [...siteShots()] : [...shots()].filter((shot) => wanted.every((word) => Object.values(shot).map(String).includes(word)));
if (!chosen.length) {
  console.error(`No screenshot matches ${wanted.join(' ')}. Words: an element, a bureau, a width, zh-CN or en, light or dark.`);
  process.exit(1);
}

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (!chromium) {
  console.error('No Chromium found: sudo apt-get install chromium, or set CHROME_PATH.');
  process.exit(1);
}

if (!existsSync('dist/budget-widgets.min.js')) {
  console.log('dist/ is missing: npm run build');
  if (spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** A port nobody listens on (the system picks it). */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const port = await freePort();
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: true },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** Waits until the element has said it is ready (or why not) and the page's layout holds still for three frames. */
async function settled(page) {
  await page.waitForFunction(() => window.budgetSettled, { timeout: 60000 });
  await page.evaluate(async () => {
    const signature = () => `${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight}`;
    let last = '';
    for (let same = 0; same < 3; ) {
      await new Promise(requestAnimationFrame);
      const now = signature();
      same = now === last ? same + 1 : 0;
      last = now;
    }
  });
}

mkdirSync(OUT, { recursive: true });
if (site) {
  const cli = (...args) => spawnSync(process.execPath, ['dist/cli/budget-widgets.js', 'site', 'demo/data/gaoyang-2025.json', 'demo/data/kaijiang-2025.json', 'demo/data/yuanjiang-2024.json', 'demo/data/pingli-2025.json', 'demo/data/quxian-2024.json', ...args], { stdio: 'inherit' }).status;
  if (cli('-o', `${OUT}/site`) !== 0 || cli('-o', `${OUT}/site/en`, '--lang', 'en') !== 0) process.exit(1);
}

/** A page of the site as a reader gets it: with scripts, once site.js has hydrated what it finds (and the layout holds still); without, as loaded. */
async function siteShot(page, { path, width, height, scheme, scripts, file }) {
  await page.setJavaScriptEnabled(scripts);
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`http://127.0.0.1:${port}/screenshots/site/${path}`, { waitUntil: 'load' });
  if (scripts) {
    await page.waitForFunction(() => !document.querySelector('main > [src]') && [...document.querySelectorAll('main > *')].every((element) => !customElements.get(element.localName) || element.hasUpdated), { timeout: 60000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await page.screenshot({ path: file });
}

let failed = 0;
try {
  const page = await browser.newPage();
  // Before the page's own scripts: the element's budget-ready or budget-error bubbles to the document.
  await page.evaluateOnNewDocument(() => {
    for (const type of ['budget-ready', 'budget-error']) document.addEventListener(type, () => (window.budgetSettled = true), { once: true });
  });
  for (const shot of site ? chosen : []) {
    try {
      await siteShot(page, shot);
    } catch (error) {
      failed += 1;
      console.error(`${shot.file}: ${error.message}`);
    }
  }
  for (const { element, bureau, width, lang, scheme } of site ? [] : chosen) {
    const name = `${element}-${bureau}-${width}-${lang}${scheme === 'dark' ? '-dark' : ''}.png`;
    try {
      await page.setViewport({ width, height: 800 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const query = new URLSearchParams({ bureau, element, lang, ...(scheme === 'dark' ? { theme: 'dark' } : {}) });
      await page.goto(`http://127.0.0.1:${port}/demo/embed/frame.html?${query}`);
      await settled(page);
      await page.screenshot({ path: `${OUT}/${name}`, fullPage: true });
    } catch (error) {
      failed += 1;
      console.error(`${name}: ${error.message}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
  // The site was only the shots' subject: its built files are no sources to lint or keep.
  if (site) rmSync(`${OUT}/site`, { recursive: true, force: true });
}
console.log(`${chosen.length - failed} screenshots in ${OUT}${failed ? `; ${failed} failed (above)` : ''}`);
process.exitCode = failed ? 1 : 0;

// The browser engines the tests run in, found on this machine (puppeteer-core is passed to the
// launcher so that each engine reports its own name: Chromium, Firefox, MiniBrowser for WebKit). Browsers are never downloaded:
// each comes from a Debian package. BROWSERS=chromium,firefox,webkit picks a subset.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const firstFile = (...paths) => paths.find((path) => path && existsSync(path));

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_PORT = 4445;

/** Starts what WebKitGTK's MiniBrowser needs: an X display (Xvfb when there is none) and its WebDriver. */
async function startWebKitDriver() {
  const env = { ...process.env };
  const children = [];
  if (!env.DISPLAY) {
    env.DISPLAY = ':137';
    children.push(spawn('Xvfb', [env.DISPLAY, '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], { stdio: 'ignore' }));
  }
  children.push(spawn('WebKitWebDriver', [`--port=${WEBKIT_PORT}`], { env, stdio: 'ignore' }));
  process.on('exit', () => children.forEach((child) => child.kill()));
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

const ENGINES = {
  chromium: {
    install: 'sudo apt-get install chromium (or set CHROME_PATH)',
    find: () => firstFile(process.env.CHROME_PATH, '/usr/bin/chromium'),
    launcher: (path) =>
      chromeLauncher({
        puppeteer,
        launchOptions: {
          executablePath: path,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      }),
  },
  firefox: {
    install: 'sudo apt-get install firefox-esr (or set FIREFOX_PATH)',
    find: () => firstFile(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
    // puppeteer-core drives Firefox over WebDriver BiDi: no geckodriver needed.
    launcher: (path) => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: path, headless: true } }),
  },
  webkit: {
    install: 'sudo apt-get install webkit2gtk-driver xvfb',
    find: () => (onPath('WebKitWebDriver') && existsSync(MINIBROWSER) && (process.env.DISPLAY || onPath('Xvfb')) ? MINIBROWSER : undefined),
    launcher: async (path) => {
      await startWebKitDriver();
      return webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: WEBKIT_PORT,
        path: '/',
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitWebDriver speaks classic WebDriver only.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: path, args: ['--automation'] },
        },
      });
    },
  },
};

export async function browsers() {
  const wanted = (process.env.BROWSERS ?? Object.keys(ENGINES).join(',')).split(',').map((name) => name.trim().toLowerCase());
  const unknown = wanted.filter((name) => !ENGINES[name]);
  if (unknown.length) throw new Error(`Unknown engine(s) in BROWSERS: ${unknown.join(', ')}. Use ${Object.keys(ENGINES).join(', ')}.`);
  const launchers = [];
  for (const name of wanted) {
    const path = ENGINES[name].find();
    if (path) {
      console.log(`engine ${name}: ${path}`);
      launchers.push(await ENGINES[name].launcher(path));
    } else {
      console.log(`engine ${name}: skipped, not installed (${ENGINES[name].install})`);
    }
  }
  if (process.env.REQUIRE_ALL_BROWSERS && launchers.length < wanted.length) {
    console.error('REQUIRE_ALL_BROWSERS is set and an engine is missing (see above).');
    process.exit(1);
  }
  if (!launchers.length) {
    console.error('No browser engine found. Install one, for example: sudo apt-get install chromium');
    process.exit(1);
  }
  return launchers;
}

// The browser engines the tests run in, found on this machine (puppeteer-core is passed to the
// launcher so that each engine reports its own name: Chromium, Firefox, MiniBrowser for WebKit). Browsers are never downloaded:
// each comes from a Debian package. BROWSERS=chromium,firefox,webkit picks a subset.
import { existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const firstFile = (...paths) => paths.find((path) => path && existsSync(path));

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webkitLog = join(tmpdir(), `webkit-driver-${process.pid}.log`);

// WebKitGTK follows the GTK theme for prefers-color-scheme; xsettingsd serves that theme to its display.
const xsettings = { file: '', daemon: undefined };
const gtkTheme = (colorScheme) => `Net/ThemeName "${colorScheme === 'dark' ? 'Adwaita-dark' : 'Adwaita'}"\n`;

/** A TCP port free on this machine now: the system picks it, and it is handed on at once. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts what WebKitGTK's MiniBrowser needs: its own X display (Xvfb, so that switching its theme
 * touches no one's desktop), the settings daemon for that display, and its WebDriver. The display
 * and the driver's port are whichever are free, so that two runs on one machine never collide.
 * Resolves with the driver's port.
 */
async function startWebKitDriver() {
  // Given no display, Xvfb takes the first free one and writes its number to fd 3 once it accepts clients.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let written = '';
    xvfb.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it took a display`)));
  });
  const env = { ...process.env, DISPLAY: display };
  const dir = mkdtempSync(join(tmpdir(), 'webkit-xsettings-'));
  xsettings.file = join(dir, 'xsettingsd.conf');
  writeFileSync(xsettings.file, gtkTheme('light'));
  xsettings.daemon = spawn('xsettingsd', ['--config', xsettings.file], { env, stdio: 'ignore' });
  const port = await freePort();
  // The driver's output, and MiniBrowser's, which it passes on: kept after the run, so that a browser that
  // ends mid-run (wtr: "the browser disconnected") can be explained. Its path is printed with the engine.
  const log = openSync(webkitLog, 'w');
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: ['ignore', log, log] });
  const children = [xvfb, xsettings.daemon, driver];
  process.on('exit', () => {
    children.forEach((child) => child.kill());
    rmSync(dir, { recursive: true, force: true });
  });
  await listening(port, driver);
  return port;
}

/** Resolves once a local port accepts connections (however long a loaded machine takes), or rejects if `child` exits first. */
async function listening(port, child) {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`WebKitWebDriver exited before listening on port ${port}: did another program take the port?`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1')
        .once('connect', () => {
          socket.end();
          resolve(true);
        })
        .once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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
    // puppeteer-core drives Firefox over WebDriver BiDi: no geckodriver needed. System access lets
    // emulateMedia reach the tab's media overrides from the parent process.
    launcher: (path) =>
      chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: path, headless: true, args: ['--remote-allow-system-access'] } }),
  },
  webkit: {
    install: 'sudo apt-get install webkit2gtk-driver xvfb xsettingsd',
    find: () => (['WebKitWebDriver', 'Xvfb', 'xsettingsd'].every(onPath) && existsSync(MINIBROWSER) ? MINIBROWSER : undefined),
    launcher: async (path) => {
      const port = await startWebKitDriver();
      return webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
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

/** The engines BROWSERS asks for (all by default), each with whether this machine has it. */
export function wantedEngines() {
  return (process.env.BROWSERS ?? Object.keys(ENGINES).join(',')).split(',').map((name) => name.trim().toLowerCase()).map((name) => ({ name, installed: Boolean(ENGINES[name]?.find()) }));
}

export async function browsers() {
  const wanted = wantedEngines().map(({ name }) => name);
  const unknown = wanted.filter((name) => !ENGINES[name]);
  if (unknown.length) throw new Error(`Unknown engine(s) in BROWSERS: ${unknown.join(', ')}. Use ${Object.keys(ENGINES).join(', ')}.`);
  const launchers = [];
  for (const name of wanted) {
    const path = ENGINES[name].find();
    if (path) {
      console.log(`engine ${name}: ${path}${name === 'webkit' ? ` (its driver's log: ${webkitLog})` : ''}`);
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

// DevTools sessions for emulateMedia in Chromium: emulation lasts as long as its session, so one per page.
const devtools = new WeakMap();

/**
 * Puts a test session's page under `prefers-color-scheme` and `forced-colors`, in each engine by
 * whatever means it has. Answers the queries the engine has no way to match at all, whose rules
 * test/helpers/media.ts then promotes instead.
 */
export async function emulateMedia(session, { colorScheme, forcedColors }) {
  if (session.browser.type !== 'puppeteer') {
    // WebKit: classic WebDriver emulates no media (https://github.com/w3c/webdriver/issues/1693), but
    // WebKitGTK follows the GTK theme, which xsettingsd switches on WebKit's own display. WebKitGTK
    // has no forced colours mode: (forced-colors: active) never matches, even under HighContrast.
    writeFileSync(xsettings.file, gtkTheme(colorScheme));
    xsettings.daemon.kill('SIGHUP');
    return forcedColors === 'active' ? ['(forced-colors: active)'] : [];
  }
  const page = session.browser.getPage(session.id);
  if (page.browser().protocol === 'webDriverBiDi') {
    // Firefox: WebDriver BiDi emulates neither yet (https://github.com/w3c/webdriver-bidi/issues/750,
    // https://bugzilla.mozilla.org/show_bug.cgi?id=1549434), so set the tab BrowsingContext's own
    // chrome-only overrides (DevTools' colour-scheme simulation sets the first) from the parent process.
    const connection = page.browser().connection;
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    await connection.send('script.callFunction', {
      functionDeclaration: `(id, colorScheme, forcedColors) => {
        const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
        const tab = NavigableManager.getBrowsingContextById(id);
        tab.prefersColorSchemeOverride = colorScheme;
        tab.forcedColorsOverride = forcedColors;
      }`,
      arguments: [page.mainFrame()._id, colorScheme, forcedColors].map((value) => ({ type: 'string', value })),
      target: { context: result.contexts[0].context },
      awaitPromise: false,
    });
    return [];
  }
  // Chromium: the DevTools protocol, which (unlike the stock emulateMedia command) takes forced-colors.
  if (!devtools.has(page)) devtools.set(page, await page.createCDPSession());
  await devtools.get(page).send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-color-scheme', value: colorScheme },
      { name: 'forced-colors', value: forcedColors },
    ],
  });
  return [];
}

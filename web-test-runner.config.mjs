import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';

/** Browsers are never downloaded here: use CHROME_PATH, else Debian's chromium. */
function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error(
      'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or point CHROME_PATH at a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
  return found;
}

/**
 * `emulate-media-features`: any CSS media feature through the DevTools protocol, including
 * forced-colors, which the stock emulateMedia command does not pass to Chromium.
 */
function mediaFeaturesPlugin() {
  // Emulation lasts as long as its DevTools session: keep one per page.
  const clients = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [mediaFeaturesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // One page at a time: a background tab gets no animation frames, which fixtures wait for.
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
};

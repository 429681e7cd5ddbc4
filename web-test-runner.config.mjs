import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { browsers } from './scripts/engines.mjs';
import { reactAsEsm } from './scripts/dev-server-react.mjs';

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
      // WebKit over classic WebDriver has no media-feature emulation: the command answers false.
      // https://github.com/w3c/webdriver/issues/1693
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      // Firefox over WebDriver BiDi has no media-feature emulation yet: the command answers false.
      // https://github.com/w3c/webdriver-bidi/issues/750, https://bugzilla.mozilla.org/show_bug.cgi?id=1549434
      if (page.browser().protocol === 'webDriverBiDi') return false;
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}

/** `/redirect/<path>` answers 302 to `/<path>`, for the redirect test. */
async function redirects(context, next) {
  if (context.path.startsWith('/redirect/')) {
    context.status = 302;
    context.redirect(context.path.slice('/redirect'.length));
    return;
  }
  await next();
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [redirects],
  plugins: [reactAsEsm(), mediaFeaturesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: await browsers(),
  testFramework: { config: { timeout: 10000 } },
  // One page at a time: a background tab gets no animation frames, which fixtures wait for.
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
};

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { timingReporter } from './scripts/timing-reporter.mjs';
import { browsers, emulateMedia } from './scripts/engines.mjs';
import { reactAsEsm } from './scripts/dev-server-react.mjs';
import { ssrPages } from './scripts/ssr-pages.mjs';

/** `emulate-media-features`: see emulateMedia in scripts/engines.mjs and test/helpers/media.ts. */
function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    executeCommand: ({ command, payload, session }) => (command === 'emulate-media-features' ? emulateMedia(session, payload) : undefined),
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
  middleware: [redirects, ssrPages],
  plugins: [reactAsEsm(), mediaFeaturesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: await browsers(),
  // One page at a time: a background tab gets no animation frames, which fixtures wait for. One
  // engine at a time: on a 2-core machine two engines only slow each other's tests down.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Timeouts only catch a hang; none may decide a pass. Each is at least 5 times the longest
  // measured on a 2-core machine with one core kept busy and other work running (load average
  // about 20; `npx wtr` prints each engine's slowest tests). There the slowest Chromium test, a
  // whole report with axe-core, took 40 s, and WebKit took 3.5 times Chromium's time (the bundle
  // comparison: 31.6 s against 9.0 s), so about 140 s; the slowest file, every story under every
  // language and theme, took 463 s in Chromium, so about 27 min in WebKit.
  testFramework: { config: { timeout: 10 * 60_000 } },
  testsFinishTimeout: 3 * 60 * 60_000,
  // Opening a file's page, and importing it until its tests start.
  browserStartTimeout: 5 * 60_000,
  testsStartTimeout: 5 * 60_000,
  reporters: [defaultReporter(), timingReporter(), countReporter()],
};

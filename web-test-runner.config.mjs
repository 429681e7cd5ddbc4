import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
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
  testFramework: { config: { timeout: 10000 } },
  // One page at a time: a background tab gets no animation frames, which fixtures wait for.
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
};

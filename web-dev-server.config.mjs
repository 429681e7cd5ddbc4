import { reactAsEsm } from './scripts/dev-server-react.mjs';

/**
 * `npm start` (web-dev-server reads this file): the demo, with bare imports resolved so that the
 * React and Vue embedding pages (demo/embed/) run without a build step, as the tests run them.
 */
export default {
  nodeResolve: true,
  plugins: [reactAsEsm()],
};

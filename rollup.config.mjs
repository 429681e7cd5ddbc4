import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * dist/ holds tsc's per-module ES output (with typings) for bundler users;
 * rollup adds the one-file embed, every dependency inlined, for the script-tag users.
 */
export default {
  input: 'dist/index.js',
  output: { file: 'dist/budget-widgets.min.js', format: 'es', sourcemap: true },
  plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false } })],
  // tsc's decorator helper reads a module-level `this`, which is undefined in ES modules by design.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
};

import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates, tscSourceMaps } from './scripts/rollup-plugins.mjs';

/** The plugins of the one-file bundle; scripts/size.mjs builds each element alone with the same. */
export const bundlePlugins = () => [
  tscSourceMaps(),
  nodeResolve({ browser: true }),
  minifyTemplates(),
  // An ES module: top-level names can be mangled and dropped; a second pass finds a little more.
  terser({ module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * dist/ holds tsc's per-module ES output (with typings) for bundler users;
 * rollup adds the one-file embed, every dependency inlined, for the script-tag users.
 */
export default {
  input: 'dist/index.js',
  output: { file: 'dist/budget-widgets.min.js', format: 'es', sourcemap: true },
  plugins: bundlePlugins(),
  // tsc's decorator helper reads a module-level `this`, which is undefined in ES modules by design.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
};

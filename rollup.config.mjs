import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates, tscSourceMaps } from './scripts/rollup-plugins.mjs';

/**
 * The plugins of the one-file bundle; scripts/size.mjs builds each element alone with the same.
 * `templates: false` leaves html`` and svg`` templates as tsc wrote them: hydration finds each
 * template by a hash of its text, which must be the text the server rendered (dist/ssr).
 */
export const bundlePlugins = ({ templates = true } = {}) => [
  tscSourceMaps(),
  nodeResolve({ browser: true }),
  ...(templates ? [minifyTemplates()] : []),
  // An ES module: top-level names can be mangled and dropped; a second pass finds a little more. Parameters a function
  // never reads are dropped (`keep_fargs: false`): nothing here reads a function's arity (`length`).
  terser({ module: true, compress: { passes: 2, keep_fargs: false }, format: { comments: false } }),
];

/** The files pdf.js loads at run time in a page, copied next to the importer: its worker and character maps. */
function pdfjsAssets() {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    name: 'pdfjs-assets',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'pdf.worker.min.mjs', source: readFileSync(join(root, 'legacy/build/pdf.worker.min.mjs')) });
      for (const file of readdirSync(join(root, 'cmaps'))) {
        this.emitFile({ type: 'asset', fileName: `cmaps/${file}`, source: readFileSync(join(root, 'cmaps', file)) });
      }
    },
  };
}

// tsc's decorator helper reads a module-level `this`, which is undefined in ES modules by design.
const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

/**
 * dist/ holds tsc's per-module ES output (with typings) for bundler users;
 * rollup adds the one-file embed, every dependency inlined, for the script-tag users, and, apart from
 * it, the consistency checks' add-on and the importer for the data desk (pdf.js, the workbook reader, the HTML parser: never in the embed).
 */
export default [
  {
    input: 'dist/index.js',
    output: { file: 'dist/budget-widgets.min.js', format: 'es', sourcemap: true },
    plugins: bundlePlugins(),
    onwarn,
  },
  {
    // The same elements with Lit's hydration support, for pages of server-rendered elements (see src/hydrate.ts).
    input: 'dist/hydrate.js',
    output: { file: 'dist/budget-widgets-hydrate.min.js', format: 'es', sourcemap: true },
    plugins: bundlePlugins({ templates: false }),
    onwarn,
  },
  {
    // The consistency checks for pages that embed the one-file bundle and want `budget-ready`'s warnings.
    input: 'dist/data/install-checks.js',
    output: { file: 'dist/budget-widgets-checks.js', format: 'es', sourcemap: true },
    plugins: bundlePlugins(),
    onwarn,
  },
  {
    input: 'dist/import/browser.js',
    output: { dir: 'dist', entryFileNames: 'budget-widgets-import.js', format: 'es', sourcemap: false, inlineDynamicImports: true },
    // pdf.js and SheetJS come minified-ready; mangling alone keeps the build quick.
    plugins: [nodeResolve({ browser: true }), terser({ module: true, compress: false, format: { comments: false } }), pdfjsAssets()],
    onwarn,
  },
];

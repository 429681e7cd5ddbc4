// React 19 ships CommonJS only. The React embedding page and its test run without a build step,
// so the dev server (web-dev-server for `npm start`, web-test-runner for the tests) serves React
// as ES modules: esbuild bundles react and react-dom into one module, once (one copy of React,
// as in any app), and `react`, `react-dom`, `react-dom/client` become small modules that
// re-export it by name. Nothing else is touched.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const ENTRIES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const PREFIX = '/__react-esm__/';
const BUNDLE = `${PREFIX}bundle.js`;

let bundle;
async function bundleReact() {
  const result = await build({
    stdin: { contents: Object.entries(ENTRIES).map(([entry, name]) => `export * as ${name} from '${entry}';`).join('\n'), resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Each entry's named exports, read from the packages themselves in a separate node process:
 * React's development build touches `console` as it loads, which the test runner has replaced.
 */
let exportNames;
function namesOf(entry) {
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(ENTRIES))}.map((e) => [e, Object.keys(require(e))]))))`;
  exportNames ??= JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  return exportNames[entry].filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
}

/** An entry as an ES module: its names, taken from the one bundle. */
function facade(entry) {
  const names = namesOf(entry);
  const namespace = ENTRIES[entry];
  return `import { ${namespace} } from '${BUNDLE}';\nexport default ${namespace};\nexport const { ${names.join(', ')} } = ${namespace};\n`;
}

/** A web-dev-server / web-test-runner plugin; list it before `nodeResolve` resolves the bare names. */
export function reactAsEsm() {
  return {
    name: 'react-as-esm',
    resolveImport({ source }) {
      return Object.hasOwn(ENTRIES, source) ? `${PREFIX}${source}.js` : undefined;
    },
    async serve(context) {
      if (context.path === BUNDLE) return { type: 'js', body: await (bundle ??= bundleReact()) };
      const entry = context.path.startsWith(PREFIX) ? context.path.slice(PREFIX.length, -'.js'.length) : '';
      return Object.hasOwn(ENTRIES, entry) ? { type: 'js', body: facade(entry) } : undefined;
    },
  };
}

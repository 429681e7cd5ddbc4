// The one-file bundle (and the checks' add-on beside it) asks no one but the page's own server for anything, and ships source maps
// that lead to the TypeScript; tsc's output carries typings and maps (after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const bundle = readFileSync(new URL('budget-widgets.min.js', dist), 'utf8');
const checks = readFileSync(new URL('budget-widgets-checks.js', dist), 'utf8');

test('the bundle and the add-on name no third-party address except XML namespaces', () => {
  // Namespace URIs identify a vocabulary and are never fetched; any other address, with a scheme
  // or protocol-relative, would be a request.
  const addresses = ((bundle + checks).match(/(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)]*/gi) ?? []).filter(
    (address) => !/^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML)$/.test(address),
  );
  assert.deepEqual(addresses, []);
});

test('the bundle and the add-on load no code or style at run time: no import(), importScripts, @import or url()', () => {
  for (const code of [bundle, checks]) assert.doesNotMatch(code, /\bimport\s*\(|importScripts|@import|\burl\(/);
});

test('the bundle carries no indentation or CSS comment: every template was minified', () => {
  // A quote inside a CSS comment once made the minifier skip the rest of that stylesheet.
  // terser drops the comments of the code, so a comment left is one in a template.
  assert.doesNotMatch(bundle, / {2}|\/\*[\s\S]*?\*\//);
});

test('the bundle has a source map leading to the TypeScript, sources included', () => {
  assert.match(bundle, /\n\/\/# sourceMappingURL=budget-widgets\.min\.js\.map\s*$/);
  const map = JSON.parse(readFileSync(new URL('budget-widgets.min.js.map', dist), 'utf8'));
  const ours = map.sources.map((source, i) => [source, map.sourcesContent?.[i]]).filter(([source]) => !source.includes('node_modules'));
  assert.ok(ours.length > 10);
  for (const [source, content] of ours) {
    assert.match(source, /^\.\.\/src\/.+\.ts$/);
    assert.ok(content?.length, `${source} has its content`);
  }
});

test('each module tsc emits has its typings and source map', () => {
  // Rollup's bundles (the one-file embed, the hydrating one, the checks' add-on, the data desk's importer) are not tsc's modules.
  const bundles = new Set(['budget-widgets.min.js', 'budget-widgets-hydrate.min.js', 'budget-widgets-checks.js', 'budget-widgets-import.js']);
  const modules = readdirSync(dist, { recursive: true }).filter((file) => file.endsWith('.js') && !bundles.has(file));
  assert.ok(modules.length > 10);
  const missing = modules.flatMap((file) => [file.replace(/\.js$/, '.d.ts'), `${file}.map`]).filter((file) => !existsSync(new URL(file, dist)));
  assert.deepEqual(missing, []);
});

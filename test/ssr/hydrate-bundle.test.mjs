// The hydrating bundle (dist/budget-widgets-hydrate.min.js, after `npm run build`): Lit's hydration
// support is in place before lit-element runs, with one copy of Lit, and, like the one-file bundle,
// it asks no one but the page's own server for anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const code = readFileSync(new URL('../../dist/budget-widgets-hydrate.min.js', import.meta.url), 'utf8');
const count = (text) => code.split(text).length - 1;

test('the support defines its hook before lit-element calls it (ES module order: imported first, run first)', () => {
  assert.equal(count('litElementHydrateSupport='), 1);
  assert.equal(count('litElementHydrateSupport?.('), 1);
  assert.ok(code.indexOf('litElementHydrateSupport=') < code.indexOf('litElementHydrateSupport?.('));
});

test('one copy of lit-html, reactive-element and lit-element', () => {
  for (const name of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions']) assert.equal(count(name), 1, name);
});

test('templates as tsc wrote them: hydration matches each by a hash of its text', () => {
  // tsc keeps a template's indentation; the one-file bundle's minifier takes it out.
  assert.match(code, /`<figure part="base" aria-labelledby="title">\n {6}<figcaption>/);
});

test('no third-party address, no code loaded at run time', () => {
  const addresses = (code.match(/(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)]*/gi) ?? []).filter(
    (address) => !/^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML)$/.test(address),
  );
  assert.deepEqual(addresses, []);
  assert.doesNotMatch(code, /\bimport\s*\(|importScripts|@import|\burl\(/);
});

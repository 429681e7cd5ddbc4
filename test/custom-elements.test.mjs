// custom-elements.json (written by `npm run build`) against what each element really has: the tag
// it registers and the attributes it observes (from the built class, in node through Lit's DOM
// shim), and the events it dispatches, the parts it renders and the --budget-* properties it reads
// (from its source and every module of ours it imports, other elements excepted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elements } from '../scripts/elements.mjs';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, root), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);

// Lit's node build installs a customElements registry; record what each define module registers.
await import('lit');
const registered = [];
const define = customElements.define.bind(customElements);
customElements.define = (tag, element, options) => {
  registered.push({ tag, element });
  define(tag, element, options);
};

/** The text of a module and of every module of ours it imports, not following into another element's folder. */
function sourceOf(file) {
  const elementsFolder = new URL('src/elements/', root).href;
  const ownFolder = new URL('./', new URL(file, root)).href;
  const inOtherElement = (url) => {
    const folder = new URL('./', url).href;
    return folder.startsWith(elementsFolder) && folder !== elementsFolder && folder !== ownFolder;
  };
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url.href) || inOtherElement(url)) return;
    seen.add(url.href);
    for (const [, path] of readFileSync(url, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) visit(new URL(`${path}.ts`, url));
  };
  visit(new URL(file, root));
  return [...seen].map((href) => readFileSync(new URL(href), 'utf8')).join('\n');
}

const all = (text, pattern) => [...new Set([...text.matchAll(pattern)].flatMap((match) => (match[1] ?? match[2]).split(/\s+/)))].sort();
const names = (items = []) => items.map((item) => item.name).sort();
const undocumented = (items = []) => items.filter((item) => !item.description).map((item) => item.name);

test('package.json names the manifest and publishes it', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

for (const { name, source, built } of elements()) {
  test(`custom-elements.json describes <${name}> as it is`, async () => {
    // A define module registers its own tag (and, for <budget-report>, those of the elements it embeds, which may come first).
    await import(new URL(built, root).href);
    const definition = registered.find((entry) => entry.tag === name);
    assert.ok(definition, `${built} registers <${name}>`);
    const { tag, element } = definition;

    const declaration = declarations.find((d) => d.tagName === tag);
    assert.ok(declaration, `the manifest has <${tag}>`);
    assert.equal(declaration.name, element.name);

    const text = sourceOf(source);
    assert.deepEqual(names(declaration.attributes), [...element.observedAttributes].sort(), 'attributes');
    assert.deepEqual(names(declaration.events), all(text, /(?:new CustomEvent(?:<[^>]*>)?\(|\bemit\()\s*'([a-z][a-z-]*)'/g), 'events');
    // Parts in templates (part="…") and in calls of the heading helper (part: '…').
    assert.deepEqual(names(declaration.cssParts), all(text, /\bpart(?:="([^"$]+)"|: '([^']+)')/g), 'CSS parts');
    assert.deepEqual(names(declaration.cssProperties), all(text, /var\((--budget-[a-z0-9-]+)/g), 'CSS custom properties');
    for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties']) {
      assert.deepEqual(undocumented(declaration[kind]), [], `every one of the ${kind} is described`);
    }
  });
}

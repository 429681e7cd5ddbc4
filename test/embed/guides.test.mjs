// The embedding guides as documents: each guide page shows the snippet the README shows, and the
// README's Vue setup does what it says when Vue compiles the README's template ahead of time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { compileTemplate } from 'vue/compiler-sfc';

const readme = readFileSync('README.md', 'utf8');
const unescapeHtml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** `<pre><code data-snippet="id">…</code></pre>` of every guide page, by id. */
const pages = new Map(
  readdirSync('demo/embed')
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => [...readFileSync(`demo/embed/${file}`, 'utf8').matchAll(/<code data-snippet="([a-z-]+)">([\s\S]*?)<\/code>/g)])
    .map(([, id, code]) => [id, unescapeHtml(code)]),
);

/** The fenced block right after `<!-- snippet: id -->` in the README. */
function readmeSnippet(id) {
  const match = new RegExp(`<!-- snippet: ${id} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  assert.ok(match, `README has no snippet "${id}"`);
  return match[1];
}

test('each guide page shows the snippet the README shows', () => {
  assert.deepEqual([...pages.keys()].sort(), ['iframe', 'inline-json', 'react', 'script-tag', 'vue-component', 'vue-config']);
  for (const [id, code] of pages) assert.equal(code, readmeSnippet(id), `snippet "${id}"`);
});

test('every README snippet has its guide page', () => {
  const ids = [...readme.matchAll(/<!-- snippet: ([a-z-]+) -->/g)].map(([, id]) => id);
  assert.deepEqual(ids.filter((id) => !pages.has(id)), []);
});

test("the README's Vue setup keeps the elements out of component resolution", () => {
  const tags = JSON.parse(/BUDGET_TAGS = (\[.*?\]);/.exec(readmeSnippet('vue-config'))[1].replace(/'/g, '"'));
  assert.deepEqual(tags, ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table', 'budget-report']);
  const template = /<template>([\s\S]*)<\/template>/.exec(readmeSnippet('vue-component'))[1];
  // What @vitejs/plugin-vue does with the config's compilerOptions.
  const compile = (compilerOptions) => compileTemplate({ source: template, filename: 'BudgetHeadline.vue', id: 'budget', compilerOptions }).code;

  const code = compile({ isCustomElement: (tag) => tags.includes(tag) });
  assert.doesNotMatch(code, /resolveComponent/);
  assert.match(code, /\("budget-summary", \{/);
  assert.match(code, /data: _ctx\.doc/);
  assert.match(code, /onBudgetReady:/);
  assert.match(code, /onBudgetError:/);
  // Without the option the tag would be looked up, and warned about, as a Vue component.
  assert.match(compile({}), /resolveComponent\("budget-summary"\)/);
});

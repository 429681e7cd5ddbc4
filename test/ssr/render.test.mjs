// Server-side rendering against the built dist/: each element on each bureau, in the HTML a
// browser shows with no script, and `budget-widgets render` as users run it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderElement } from '../../dist/ssr/render.js';
import { validate } from '../../dist/data/validate.js';
import { PUBLISHED } from '../helpers/published.js';

const BIN = new URL('../../dist/cli/budget-widgets.js', import.meta.url).pathname;
const DATA = new URL('../../demo/data/', import.meta.url).pathname;

const load = (bureau) => JSON.parse(readFileSync(join(DATA, `${bureau}.json`), 'utf8'));
/** Lit's hydration markers are comments: without them, the text a reader sees. */
const plain = (html) => html.replace(/<!--[^]*?-->/g, '');
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as it appears in the HTML. */
const escaped = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const figure = (html, yuan, shown) => plain(html).includes(`<data value="${yuan}" title="`) && new RegExp(`<data value="${yuan}"[^>]*>${shown.replace('.', '\\.')}</data>`).test(plain(html));

async function rendered(bureau, tag, { lang = 'zh-CN', attributes = {}, inlineDocument = false } = {}) {
  const result = validate(load(bureau));
  assert.ok(result.ok, `${bureau} is valid`);
  return renderElement(result.document, { tag, lang, attributes, inlineDocument });
}

/** Every render: the element itself, its content in an open declarative shadow root, no script, no error state. */
function assertStatic(html, tag) {
  const text = plain(html);
  assert.ok(text.startsWith(`<${tag} `), `starts with <${tag}>`);
  assert.match(text, new RegExp(`^<${tag} [^>]*><template shadowroot="open" shadowrootmode="open"><style>`));
  assert.ok(text.trimEnd().endsWith(`</${tag}>`));
  assert.doesNotMatch(text, /<script/i);
  assert.doesNotMatch(text, /role="alert"/, 'no error state');
}

for (const [bureau, published] of Object.entries(PUBLISHED)) {
  describe(`render: ${bureau}`, () => {
    test('<budget-summary> shows the published total', async () => {
      const html = await rendered(bureau, 'budget-summary');
      assertStatic(html, 'budget-summary');
      assert.ok(figure(html, published.total, published.totalShown), `${published.totalShown} 万元`);
    });

    test('<sangong-card> shows the published 三公 total', async () => {
      const html = await rendered(bureau, 'sangong-card');
      assertStatic(html, 'sangong-card');
      assert.ok(figure(html, published.sangong, published.sangongShown), `三公 ${published.sangongShown} 万元`);
    });

    test('<budget-table> shows the 收支总表 with its total', async () => {
      const html = await rendered(bureau, 'budget-table');
      assertStatic(html, 'budget-table');
      assert.match(plain(html), /<caption[^>]*>[^]*?收支[^]*?<\/caption>/);
      assert.ok(figure(html, published.total, published.totalShown));
      // With no script nothing measures it: the region is a tab stop, so a wide table scrolls from the keyboard; it carries
      // its hint, which the styles show while the table overflows.
      assert.match(plain(html), /<div class="table-scroll" role="region" aria-labelledby="b0-caption" tabindex="0" data-hint="⇆ 左右滑动查看更多">/);
    });

    test('<budget-treemap> states the total it divides', async () => {
      const html = await rendered(bureau, 'budget-treemap');
      assertStatic(html, 'budget-treemap');
      assert.match(plain(html), new RegExp(`共 ${published.totalShown.replace('.', '\\.')} 万元`));
    });

    test('<perf-goal-table> lists every project of the document', async () => {
      const html = plain(await rendered(bureau, 'perf-goal-table'));
      assertStatic(html, 'perf-goal-table');
      const projects = load(bureau).performance.projects;
      assert.ok(projects.length > 0);
      for (const project of projects) assert.ok(html.includes(escaped(project.name)), project.name);
    });

    test('<budget-report> shows both figures, its embedded elements rendered in their own shadow roots', async () => {
      const html = await rendered(bureau, 'budget-report');
      assertStatic(html, 'budget-report');
      assert.ok(figure(html, published.total, published.totalShown));
      assert.ok(figure(html, published.sangong, published.sangongShown));
      const text = plain(html);
      for (const tag of ['budget-summary', 'sangong-card', 'budget-table', 'perf-goal-table']) {
        assert.match(text, new RegExp(`<${tag}\\s[^>]*lang="zh-CN"[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
      }
    });
  });
}

describe('render: language, unit, theme and the element options', () => {
  test('English: the host, the content and every embedded element are in English', async () => {
    const html = plain(await rendered('gaoyang-2025', 'budget-report', { lang: 'en' }));
    assert.match(html, /^<budget-report [^>]*lang="en"/);
    assert.match(html, /<sangong-card\s[^>]*lang="en"/);
    assert.match(html, /&quot;Three public expenses&quot;/);
    assert.ok(figure(html, 14600, '1.46'));
  });

  test('unit 元 prints figures in 元; theme is on the host, where the styles look for it', async () => {
    const html = plain(await rendered('kaijiang-2025', 'budget-summary', { attributes: { unit: '元', theme: 'dark' } }));
    assert.ok(figure(html, 12364700, '12,364,700'));
    assert.match(html, /^<budget-summary [^>]*theme="dark"/);
  });

  test('element attributes choose what is shown, as in a page', async () => {
    const all = plain(await rendered('gaoyang-2025', 'budget-summary'));
    const totals = plain(await rendered('gaoyang-2025', 'budget-summary', { attributes: { sections: 'totals', 'heading-level': '3' } }));
    assert.match(all, /<h2 id="title"/);
    assert.match(totals, /<h3 id="title"/);
    assert.ok(totals.split('<table').length < all.split('<table').length, 'fewer tables with sections="totals"');
    const compact = plain(await rendered('gaoyang-2025', 'sangong-card', { attributes: { variant: 'compact' } }));
    assert.match(compact, /^<sangong-card [^>]*variant="compact"/);
    assert.doesNotMatch(compact, /<table/);
    const department = plain(await rendered('gaoyang-2025', 'perf-goal-table', { attributes: { scope: 'department' } }));
    assert.notEqual(department, plain(await rendered('gaoyang-2025', 'perf-goal-table')));
  });

  test('markup in a text field stays text', async () => {
    const doc = load('gaoyang-2025');
    doc.meta.department.name = '<img src=x onerror=alert(1)>局';
    const result = validate(doc);
    assert.ok(result.ok);
    const html = renderElement(result.document, { tag: 'sangong-card', lang: 'zh-CN', attributes: {} });
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;局/);
  });
});

// The CLI as users run it: the built bin, real files, exit codes and messages.
const cli = (...args) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const noStackTrace = (text) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/);

describe('budget-widgets render', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'budget-widgets-render-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('prints the element, as renderElement does, with the options given and its document inline', async () => {
    const { code, out, err } = cli('render', join(DATA, 'gaoyang-2025.json'), '--element', 'sangong-card', '--lang', 'en', '--unit', '元', '--variant', 'compact');
    assert.equal(err, '');
    assert.equal(code, 0);
    const expected = await rendered('gaoyang-2025', 'sangong-card', { lang: 'en', attributes: { variant: 'compact', unit: '元' }, inlineDocument: true });
    assert.equal(out, `${expected}\n`);
  });

  test("the inline document: the element's last child, the validated document itself; --no-json leaves it out", async () => {
    const file = join(DATA, 'quxian-2024.json');
    const { out } = cli('render', file, '--element', 'budget-summary');
    const block = /<script type="application\/json">([^]*?)<\/script><\/budget-summary><!--\/lit-part-->\n$/.exec(out);
    assert.ok(block, 'a data block closes the element');
    assert.deepEqual(JSON.parse(block[1]), validate(load('quxian-2024')).document);
    const bare = cli('render', file, '--element', 'budget-summary', '--no-json');
    assert.equal(bare.code, 0);
    assert.equal(bare.out, `${await rendered('quxian-2024', 'budget-summary')}\n`);
    assert.doesNotMatch(bare.out, /<script/);
  });

  test('markup in the document cannot end the inline block', async () => {
    const doc = load('gaoyang-2025');
    doc.meta.department.name = '</script><script>alert(1)</script><!--局';
    const result = validate(doc);
    assert.ok(result.ok);
    const html = renderElement(result.document, { tag: 'sangong-card', lang: 'zh-CN', attributes: {}, inlineDocument: true });
    assert.equal(html.match(/<script/g).length, 1, 'one script element: the data block');
    const json = /<script type="application\/json">([^]*?)<\/script>/.exec(html)[1];
    assert.equal(JSON.parse(json).meta.department.name, doc.meta.department.name);
  });

  test('-o writes the same HTML to a file', () => {
    const file = join(dir, 'card.html');
    const { code, out, err } = cli('render', join(DATA, 'pingli-2025.json'), '--element', 'sangong-card', '-o', file);
    assert.equal(code, 0, err);
    assert.equal(out, '');
    assert.equal(readFileSync(file, 'utf8'), cli('render', join(DATA, 'pingli-2025.json'), '--element', 'sangong-card').out);
  });

  test('an invalid document: exit 1, the reasons in both languages, nothing written', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": "1.0"');
    const file = join(dir, 'bad.html');
    const { code, out, err } = cli('render', bad, '--element', 'budget-summary', '-o', file);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /无效 \/ invalid \[invalid-json\]/);
    noStackTrace(err);
    assert.ok(!readdirSync(dir).includes('bad.html'));
  });

  test('an unknown element, an unknown option, or an option of another element: exit 2, bilingual, nothing printed', () => {
    const file = join(DATA, 'gaoyang-2025.json');
    for (const [args, message] of [
      [['--element', 'budget-chart'], /参数无效 \/ .*budget-chart/],
      [['--element', 'sangong-card', '--colour', 'red'], /未知选项 \/ unknown option '--colour'/],
      [['--element', 'budget-summary', '--variant', 'compact'], /选项 --variant 不适用于 <budget-summary> \/ option --variant does not apply to <budget-summary>/],
      [['--element', 'budget-summary', '--unit', '千元'], /参数无效 \/ .*千元/],
      [[], /缺少必需的选项 \/ .*--element/],
    ]) {
      const { code, out, err } = cli('render', file, ...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
      noStackTrace(err);
    }
  });

  test('an unwritable output: exit 2, a clear message, the old file untouched and no temporary file left', () => {
    const missing = cli('render', join(DATA, 'gaoyang-2025.json'), '--element', 'sangong-card', '-o', join(dir, 'no-such-dir', 'x.html'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /目录不存在 \/ no such directory/);
    noStackTrace(missing.err);

    const locked = join(dir, 'locked');
    rmSync(locked, { recursive: true, force: true });
    spawnSync('mkdir', [locked]);
    const target = join(locked, 'card.html');
    writeFileSync(target, 'old');
    chmodSync(locked, 0o500);
    try {
      const { code, err } = cli('render', join(DATA, 'gaoyang-2025.json'), '--element', 'sangong-card', '-o', target);
      // root may write anywhere: then the file is whole and new.
      if (code === 0) assert.match(readFileSync(target, 'utf8'), /^<!--lit-part/);
      else {
        assert.equal(code, 2);
        assert.match(err, /没有写入权限 \/ permission denied/);
        assert.equal(readFileSync(target, 'utf8'), 'old');
      }
      assert.deepEqual(readdirSync(locked), ['card.html']);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe('budget-widgets render --flat', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'budget-widgets-flat-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('light DOM with its stylesheet inlined: no template, no script, no host element, the published figures', () => {
    const { code, out, err } = cli('render', join(DATA, 'quxian-2024.json'), '--element', 'budget-report', '--flat');
    assert.equal(code, 0, err);
    assert.match(out, /^<style>\n\.budget-flat /);
    assert.doesNotMatch(out, /<template|<script|<!--|<budget-|<sangong-card|<perf-goal-table|<button|shadowroot|part=/);
    // The only tab stops are the scroll regions, so that a wide table scrolls from the keyboard with no script; each keeps its hint.
    const stops = out.match(/<[^>]*tabindex[^>]*>/g) ?? [];
    assert.ok(stops.length > 0);
    for (const stop of stops) assert.match(stop, /^<div class="budget-table-scroll" role="region" aria-labelledby="[^"]+" tabindex="0" data-hint="⇆ 左右滑动查看更多">$/);
    assert.match(out, /<div class="budget-flat budget-report" lang="zh-CN">/);
    assert.match(out, /<data value="64306500" title="[^"]*">6,430\.65<\/data>/);
    assert.match(out, /<data value="8200" title="[^"]*">0\.82<\/data>/);
    assert.match(out, /<caption id="budget-\d+-caption"/);
    const classes = [...out.matchAll(/ class="([^"]*)"/g)].flatMap((m) => m[1].split(' '));
    assert.ok(classes.length > 100 && classes.every((name) => name.startsWith('budget-')), 'every class prefixed');
  });

  test('--css FILE writes the stylesheet and links it, relative to the output', () => {
    mkdirSync(join(dir, 'assets'));
    const { code, err } = cli('render', join(DATA, 'gaoyang-2025.json'), '--element', 'sangong-card', '--flat', '--css', join(dir, 'assets', 'budget flat.css'), '-o', join(dir, 'card.html'));
    assert.equal(code, 0, err);
    const html = readFileSync(join(dir, 'card.html'), 'utf8');
    assert.match(html, /^<link rel="stylesheet" href="assets\/budget%20flat\.css">\n<div class="budget-flat budget-sangong-card"/);
    assert.match(readFileSync(join(dir, 'assets', 'budget flat.css'), 'utf8'), /^\.budget-flat \{/);
  });

  test('--css without --flat, or an unwritable stylesheet: exit 2, bilingual, nothing printed', () => {
    const alone = cli('render', join(DATA, 'gaoyang-2025.json'), '--element', 'sangong-card', '--css', join(dir, 'x.css'));
    assert.equal(alone.code, 2);
    assert.equal(alone.out, '');
    assert.match(alone.err, /选项 --css 需要 --flat \/ option --css needs --flat/);
    const unwritable = cli('render', join(DATA, 'gaoyang-2025.json'), '--element', 'sangong-card', '--flat', '--css', join(dir, 'no-such-dir', 'x.css'));
    assert.equal(unwritable.code, 2);
    assert.equal(unwritable.out, '');
    assert.match(unwritable.err, /目录不存在 \/ no such directory/);
    noStackTrace(unwritable.err);
  });
});

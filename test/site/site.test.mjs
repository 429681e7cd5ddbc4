// `budget-widgets site` as users run it: the built bin over the five bureaus, the files it writes,
// their figures and links, and what it does with bad input.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';

const BIN = new URL('../../dist/cli/budget-widgets.js', import.meta.url).pathname;
const DATA = new URL('../../demo/data/', import.meta.url).pathname;
const FILES = readdirSync(DATA).filter((name) => name.endsWith('.json')).sort().map((name) => join(DATA, name));

/** Published 支出总计 and 三公 totals (the seeds), in 元 and as printed in 万元. */
const BUREAUS = {
  'kaijiang-2025': { department: '开江县医疗保障局', total: 12364700, totalShown: '1,236.47', sangong: 2000, sangongShown: '0.20' },
  'gaoyang-2025': { department: '高阳县医疗保障局', total: 5958800, totalShown: '595.88', sangong: 14600, sangongShown: '1.46' },
  'yuanjiang-2024': { department: '沅江市医疗保障局', total: 5829700, totalShown: '582.97', sangong: 30000, sangongShown: '3.00' },
  'pingli-2025': { department: '平利县医疗保障局', total: 4567178, totalShown: '456.7178', sangong: 7000, sangongShown: '0.70' },
  'quxian-2024': { department: '渠县医疗保障局', total: 64306500, totalShown: '6,430.65', sangong: 8200, sangongShown: '0.82' },
};

/**
 * What each report page's treemap shows with no script: the published 支出总计 in its summary
 * sentence, and the classes (类) drawn as its first level, with their figures as 部门收支总表 prints
 * them (the seeds). 开江's 卫生健康支出 is drawn as its items' sum, 1,216.38* (marked derived), and a
 * note gives the printed 1,216.37.
 */
const TREEMAPS = {
  'kaijiang-2025': { classes: ['卫生健康支出，1,216.38 万元*'], note: '《部门收支总表》公布为 1,216.37 万元' },
  'gaoyang-2025': { classes: ['卫生健康支出，553.38 万元'] },
  'yuanjiang-2024': { classes: ['卫生健康支出，542.00 万元'] },
  'pingli-2025': { classes: ['卫生健康支出，390.2922 万元', '社会保障和就业支出，44.8679 万元', '住房保障支出，21.5577 万元'] },
  'quxian-2024': { classes: ['卫生健康支出，5,984.53 万元'] },
};

const cli = (...args) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const noStackTrace = (text) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/);
const plain = (html) => html.replace(/<!--[^]*?-->/g, '');
const shows = (html, yuan, shown) => new RegExp(`<data value="${yuan}"[^>]*>${shown.replace('.', '\\.')}</data>`).test(plain(html));

describe('budget-widgets site', () => {
  let dir;
  let site;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'budget-widgets-site-'));
    site = join(dir, 'site');
    const { code, err } = cli('site', ...FILES, '-o', site);
    assert.equal(code, 0, err);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the index: a real table, each document with its published 支出总计 and 三公 total, linked', () => {
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    assert.match(index, /<html lang="zh-CN">/);
    assert.match(index, /<table[^>]*>\n<caption id="documents-caption">/);
    assert.equal(index.match(/<th scope="row">/g).length, FILES.length);
    for (const [slug, published] of Object.entries(BUREAUS)) {
      const row = index.match(new RegExp(`<tr>\\n<th scope="row"><a href="${slug}\\.html">${published.department}</a></th>[^]*?</tr>`));
      assert.ok(row, slug);
      assert.ok(shows(row[0], published.total, published.totalShown), `${slug} 支出总计`);
      assert.ok(shows(row[0], published.sangong, published.sangongShown), `${slug} 三公`);
      assert.match(row[0], new RegExp(`href="data/${slug}\\.json"`));
    }
  });

  test('each report page: the server-rendered report with its totals and 三公 figures, no script needed', () => {
    for (const [slug, published] of Object.entries(BUREAUS)) {
      const page = readFileSync(join(site, `${slug}.html`), 'utf8');
      assert.match(page, /<budget-report [^>]*><template shadowroot="open" shadowrootmode="open">/);
      assert.ok(shows(page, published.total, published.totalShown), `${slug} 支出总计`);
      assert.ok(shows(page, published.sangong, published.sangongShown), `${slug} 三公`);
      // The only script is site.js, a module that enhances what is already there.
      assert.deepEqual(page.match(/<script[^>]*>/g), ['<script type="module" src="site.js">']);
      assert.match(page, /<a href="index\.html">/);
    }
  });

  test('each report page: the server-rendered expenditure treemap under the page title, before the report, with its published figures', () => {
    for (const [slug, { classes, note }] of Object.entries(TREEMAPS)) {
      const page = plain(readFileSync(join(site, `${slug}.html`), 'utf8'));
      const { department, totalShown } = BUREAUS[slug];
      // One treemap, in Declarative Shadow DOM, fetching from the page's own JSON once the script runs.
      assert.equal(page.match(/<budget-treemap /g)?.length, 1, slug);
      assert.match(page, new RegExp(`<budget-treemap [^>]*src="data/${slug}\\.json"[^>]*><template shadowroot="open" shadowrootmode="open">`));
      const treemap = page.slice(page.indexOf('<budget-treemap '), page.indexOf('</budget-treemap>'));
      // The page's title first, the picture of where the money goes next, then the whole report.
      assert.ok(page.indexOf('<h1 class="page-title">') < page.indexOf('<budget-treemap ') && page.indexOf('</budget-treemap>') < page.indexOf('<budget-report '), slug);
      assert.match(treemap, new RegExp(`<h2[^>]*>${department} · 支出功能分类</h2>`));
      assert.match(treemap, new RegExp(`<p id="summary" class="summary">支出功能分类共 ${totalShown} 万元，`));
      const level = [...treemap.matchAll(/aria-level="1"[^>]*aria-label="([^"]*)"/g)].map((m) => m[1].replace(/，占 .*$/, ''));
      assert.deepEqual(level, classes, slug);
      if (note) assert.ok(treemap.includes(note), `${slug}: ${note}`);
    }
  });

  test('the JSON itself and each published table as CSV, with its figures', () => {
    for (const file of FILES) {
      const slug = file.split('/').pop().replace('.json', '');
      assert.equal(readFileSync(join(site, 'data', `${slug}.json`), 'utf8'), readFileSync(file, 'utf8'));
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      const published = doc.tables.filter((t) => t.status === 'published' && t.rows.length > 0);
      assert.deepEqual(readdirSync(join(site, 'csv', slug)).sort(), published.map((t) => `${t.id}.csv`).sort());
    }
    // gaoyang 2025's 三公 table: 1.46 万元 this year, as published.
    const sangong = readFileSync(join(site, 'csv', 'gaoyang-2025', 'sangong.csv'), 'utf8');
    assert.ok(sangong.startsWith('\uFEFF编码,项目,'));
    assert.match(sangong, /1\.46/);
  });

  test('relative links only, each to a file of the site; nothing from outside', () => {
    for (const name of readdirSync(site).filter((n) => n.endsWith('.html'))) {
      const html = readFileSync(join(site, name), 'utf8');
      const links = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(links.length > 2, name);
      for (const link of links) {
        if (link.startsWith('#')) continue;
        assert.doesNotMatch(link, /^(?:[a-z]+:|\/)/i, `${name}: ${link}`);
        assert.ok(existsSync(join(site, decodeURIComponent(link))), `${name}: ${link} exists`);
      }
    }
    assert.ok(existsSync(join(site, 'budget-widgets-hydrate.min.js')));
    assert.match(readFileSync(join(site, 'site.js'), 'utf8'), /new URL\('budget-widgets-hydrate\.min\.js', import\.meta\.url\)/);
    assert.deepEqual(readFileSync(join(site, 'index.html'), 'utf8').match(/<script[^>]*>/g), ['<script type="module" src="site.js">']);
    assert.match(readFileSync(join(site, 'site.css'), 'utf8'), /@page \{ size: A4;/);
  });

  test('English', () => {
    const english = join(dir, 'english');
    const { code, err } = cli('site', join(DATA, 'gaoyang-2025.json'), '-o', english, '--lang', 'en');
    assert.equal(code, 0, err);
    const index = readFileSync(join(english, 'index.html'), 'utf8');
    assert.match(index, /<html lang="en">/);
    assert.match(index, /Department budget disclosures/);
    const page = readFileSync(join(english, 'gaoyang-2025.html'), 'utf8');
    assert.match(page, /<budget-report [^>]*lang="en"/);
    assert.match(page, /<budget-treemap [^>]*lang="en"/);
    assert.match(page, /<h1 class="page-title">高阳县医疗保障局: 2025 department budget disclosure<\/h1>/);
    // The unit after a comma, as English writes it, not in Chinese brackets.
    assert.match(index, /<th scope="col" class="num" data-sort="number">Total expenditure, 10k yuan \(万元\)<\/th>/);
    assert.doesNotMatch(index, /（/);
  });

  test('site.css: words wrap whole, and the headers of figure columns wrap by words', () => {
    const css = readFileSync(join(site, 'site.css'), 'utf8');
    // overflow-wrap: anywhere would split English words in a narrow cell (also in the reports, which inherit it).
    assert.doesNotMatch(css, /overflow-wrap: anywhere/);
    assert.match(css, /body \{[^}]*overflow-wrap: break-word;/);
    // Figures stay whole (every cell); a header does not, or its whole line pushes the figures off a phone's screen.
    assert.match(css, /\ntd \{ white-space: nowrap; \}/);
    assert.doesNotMatch(css, /(^|\n)(th|\.num)[^{]*\{[^}]*white-space: nowrap/);
  });

  test('built again over itself: replaced whole, no temporary folder left', () => {
    const { code, err } = cli('site', join(DATA, 'pingli-2025.json'), '-o', site + '-again');
    assert.equal(code, 0, err);
    const again = cli('site', join(DATA, 'gaoyang-2025.json'), '-o', site + '-again');
    assert.equal(again.code, 0, again.err);
    assert.ok(!existsSync(join(site + '-again', 'pingli-2025.html')));
    assert.ok(existsSync(join(site + '-again', 'gaoyang-2025.html')));
    assert.deepEqual(readdirSync(dir).filter((n) => n.startsWith('.')), []);
  });

  test('bad input: clear bilingual message, exit code, no stack trace, nothing written', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": "1.0"');
    const invalid = cli('site', join(DATA, 'gaoyang-2025.json'), bad, '-o', join(dir, 'bad-site'));
    assert.equal(invalid.code, 1);
    assert.match(invalid.err, /无效 \/ invalid/);
    noStackTrace(invalid.err);
    assert.ok(!existsSync(join(dir, 'bad-site')));

    const unknown = cli('site', join(DATA, 'gaoyang-2025.json'), '-o', join(dir, 'x'), '--colour', 'red');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /未知选项 \/ unknown option '--colour'/);

    const noOutput = cli('site', join(DATA, 'gaoyang-2025.json'));
    assert.equal(noOutput.code, 2);
    assert.match(noOutput.err, /缺少必需的选项 \/ .*--output/);

    const missing = cli('site', join(DATA, 'gaoyang-2025.json'), '-o', join(dir, 'no-such-dir', 'site'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /目录不存在 \/ no such directory/);
    noStackTrace(missing.err);

    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep');
    const occupied = cli('site', join(DATA, 'gaoyang-2025.json'), '-o', mine);
    assert.equal(occupied.code, 2);
    assert.match(occupied.err, /不予覆盖 \/ .*not overwritten/);
    assert.deepEqual(readdirSync(mine), ['notes.txt']);

    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      const denied = cli('site', join(DATA, 'gaoyang-2025.json'), '-o', join(locked, 'site'));
      // root may write anywhere: then the site is whole.
      if (denied.code === 0) assert.ok(existsSync(join(locked, 'site', 'index.html')));
      else {
        assert.equal(denied.code, 2);
        assert.match(denied.err, /没有写入权限 \/ permission denied/);
        assert.deepEqual(readdirSync(locked), []);
      }
    } finally {
      chmodSync(locked, 0o700);
    }
    assert.equal(dirname(locked), dir);
  });
});

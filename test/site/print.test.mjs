// A report page of `budget-widgets site` printed as readers print it: Chromium's print to PDF, then
// the pages read back with pdf.js (the importer's own PDF reader, so CI needs no poppler): A4
// pages, and a table that runs over several pages repeats its header row on each of them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as puppeteer from 'puppeteer-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const BIN = new URL('../../dist/cli/budget-widgets.js', import.meta.url).pathname;
const QUXIAN = new URL('../../demo/data/quxian-2024.json', import.meta.url).pathname;
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

/** A4 in PostScript points, as pdf.js reports a page's size. */
const A4 = [595.28, 841.89];
const ROWS = 150;
const rowName = (i) => `测试行${String(i).padStart(3, '0')}`;

/** One long table with column labels found nowhere else on the page: 甲栏 and 乙栏. */
const longTable = {
  schemaVersion: '1.0',
  kind: 'budget',
  meta: { department: { name: '测试县测试局' }, region: { province: '测试省' }, year: 2025, publishedUnit: '元', units: [{ name: '测试县测试局' }], source: { title: '测试县测试局2025年部门预算' } },
  tables: [
    {
      id: 'long',
      kind: 'other',
      title: '长表',
      status: 'published',
      columns: [
        { key: 'a', label: '甲栏' },
        { key: 'b', label: '乙栏' },
      ],
      rows: Array.from({ length: ROWS }, (_, i) => ({ name: rowName(i + 1), values: { a: 100 * (i + 1), b: i + 1 } })),
    },
  ],
  sections: [],
};

/** Each page's text and size. */
async function readPdf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const text = (await page.getTextContent()).items.map((item) => item.str).join(' ');
    // Chromium's fonts map some characters to their Kangxi radical forms (⾏ for 行): NFKC folds them back.
    pages.push({ width, height, text: text.normalize('NFKC').replace(/\s+/g, '') });
  }
  await pdf.destroy();
  return pages;
}

describe('a site report page in print', { skip: chromium ? false : 'no Chromium (set CHROME_PATH)' }, () => {
  let dir;
  let browser;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budget-widgets-print-'));
    writeFileSync(join(dir, 'long-table.json'), JSON.stringify(longTable));
    const built = spawnSync(process.execPath, [BIN, 'site', join(dir, 'long-table.json'), QUXIAN, '-o', join(dir, 'site')], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The page as Chromium prints it with scripts off (what an archive or a reader view keeps). */
  async function print(name) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(pathToFileURL(join(dir, 'site', name)).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.close();
    return readPdf(pdf);
  }

  test('every page is A4', async () => {
    const pages = await print('quxian-2024.html');
    assert.ok(pages.length > 5, `渠县's report prints to ${pages.length} pages`);
    for (const [n, { width, height }] of pages.entries()) {
      assert.ok(Math.abs(width - A4[0]) < 1 && Math.abs(height - A4[1]) < 1, `page ${n + 1}: ${width} × ${height} pt`);
    }
    // The published figures are in the print: 渠县's 收入总计 6,430.65 万元.
    assert.ok(pages.some((page) => page.text.includes('6,430.65')));
    // The treemap is left out (its figures are the tables'), and the page's title with it: the
    // report's title, then its source, opens the first page. (The PDF's font may map 门 to the radical ⻔.)
    assert.ok(!pages.some((page) => page.text.includes('支出功能分类共')), 'no treemap in print');
    assert.match(pages[0].text.replace(/\s+/g, ''), /^渠县医疗保障局2024年部.预算公开来源/);
  });

  test("a table over several pages repeats its header on each, and loses no row", async () => {
    const pages = await print('long-table.html');
    const withRows = pages.filter((page) => page.text.includes('测试行'));
    assert.ok(withRows.length >= 3, `the ${ROWS} rows fill ${withRows.length} pages`);
    for (const [n, page] of withRows.entries()) {
      assert.ok(page.text.includes('甲栏') && page.text.includes('乙栏'), `page ${n + 1} of the table shows its header`);
    }
    const all = withRows.map((page) => page.text).join('');
    for (let i = 1; i <= ROWS; i++) assert.ok(all.includes(rowName(i)), `${rowName(i)} is printed`);
  });
});

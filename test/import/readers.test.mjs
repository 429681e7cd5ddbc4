// The format readers on the committed fixtures (scripts/make-import-fixtures.mjs lays out the five hand-made
// documents as HTML, XLSX, XLS, DOCX and PDF printed by LibreOffice): the published figures land in the
// cells beside their labels, merged headers keep their spans, and bad input is a typed, bilingual error.
// Runs against the built dist/ (`npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readSource, detectFormat, ReadError, MAX_SOURCE_BYTES } from '../../dist/import/readers/index.js';

/** Before pdf.js is loaded (the readers load it with the first PDF). */
const PUSH = Array.prototype.push;
const { stringify: STRINGIFY, parse: PARSE } = JSON;

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixture = (name) => readFileSync(new URL(name, FIXTURES));
const squash = (text) => text.replace(/\s+/g, '');

/** The grids after the paragraph that holds `title` (its number and title as printed), in order. */
function gridsAfter(doc, title) {
  const at = doc.blocks.findIndex((block) => block.kind === 'paragraph' && squash(block.text).includes(squash(title)));
  assert.notEqual(at, -1, `${doc.format}: no paragraph with ${title}`);
  return doc.blocks.slice(at + 1).filter((block) => block.kind === 'grid');
}

/**
 * The texts of the `count` cells right of the first cell that reads `label` after the title `title`
 * (a PDF table may print its header on one page and its rows on the next: recognisers join them).
 */
function beside(doc, title, label, count) {
  for (const row of gridsAfter(doc, title).flatMap((grid) => grid.rows)) {
    const i = row.findIndex((cell) => squash(cell.text) === squash(label));
    if (i !== -1) return row.slice(i + 1, i + 1 + count).map((cell) => cell.text);
  }
  assert.fail(`${doc.format}: no cell ${label} after ${title}`);
}

/** Published figures, as the seeds print them, beside their labels. */
const EXPECTED = {
  'kaijiang-2025': [
    ['公开表1 部门收支总表', '一、一般公共预算拨款收入', ['1236.47']],
    ['公开表1 部门收支总表', '十、卫生健康支出', ['1216.37']],
    ['公开表1-2 部门支出总表', '2101301', ['城乡医疗救助', '1097.06', '', '1097.06']],
    ['公开表3-3 一般公共预算“三公”经费支出预算表', '开江县医疗保障局', ['0.20']],
  ],
  'gaoyang-2025': [['部门预算收支总表', '一、一般公共预算拨款收入', ['595.88']]],
  'pingli-2025': [['表1 部门综合预算收支总表', '一、部门预算', ['4,567,178.00']]],
  'quxian-2024': [['部门收支总表', '二、政府性基金预算拨款收入', ['312.62']]],
  // Its 三公 columns left blank have their names on two header lines: in the PDF only positions tell them apart.
  'yuanjiang-2024': [['一般公共预算“三公”经费支出表', '合计', ['3.00']]],
};

const FORMATS = ['html', 'xlsx', 'docx', 'pdf'];

for (const [name, checks] of Object.entries(EXPECTED)) {
  for (const format of [...FORMATS, ...(name === 'gaoyang-2025' ? ['xls'] : [])]) {
    test(`${name}.${format}: published figures beside their labels`, async () => {
      const doc = await readSource(fixture(`${name}.${format}`), `${name}.${format}`);
      assert.equal(doc.format, format);
      for (const [title, label, figures] of checks) assert.deepEqual(beside(doc, title, label, figures.length), figures, `${title} / ${label}`);
    });
  }
}

test('merged headers keep their spans (HTML, XLSX, DOCX)', async () => {
  for (const format of ['html', 'xlsx', 'docx']) {
    const doc = await readSource(fixture(`kaijiang-2025.${format}`));
    const [groups, leaves] = gridsAfter(doc, '公开表3-3')[0].rows;
    assert.deepEqual(
      groups.map((cell) => [cell.text, cell.colSpan, cell.rowSpan]),
      [
        ['项目', undefined, 3],
        ['当年财政拨款预算安排', 6, undefined],
      ],
      format,
    );
    assert.equal(leaves.find((cell) => cell.text === '公务用车购置及运行费')?.colSpan, 3, format);
  }
});

test('PDF cells carry their x positions, so a table continued on the next page lines up with its header', async () => {
  const doc = await readSource(fixture('kaijiang-2025.pdf'));
  assert.equal(doc.pages, 6);
  // After the cover, 公开表3-3 prints its header at the foot of page 5 and its rows on page 6, where the blank
  // columns have no cells.
  const [header, rows] = gridsAfter(doc, '公开表3-3');
  assert.deepEqual([header.at.page, rows.at.page], [5, 6]);
  const names = header.rows.flat().filter((cell) => /[\u4e00-\u9fff]/.test(cell.text) && !cell.colSpan);
  const reception = rows.rows.find((row) => row[0].text === '开江县医疗保障局').at(-1);
  assert.equal(reception.text, '0.20');
  const centre = (cell) => (cell.x0 + cell.x1) / 2;
  const nearest = names.reduce((best, cell) => (Math.abs(centre(cell) - centre(reception)) < Math.abs(centre(best) - centre(reception)) ? cell : best));
  assert.equal(nearest.text, '公务接待费');
});

test('a workbook gives one grid per sheet, with its title and unit as paragraphs, after its cover', async () => {
  const doc = await readSource(fixture('kaijiang-2025.xlsx'));
  assert.equal(doc.pages, 13);
  assert.deepEqual(
    doc.blocks.slice(0, 4).map((block) => [block.kind, block.at.sheet, block.at.cell, block.kind === 'paragraph' ? block.text : '']),
    [
      ['paragraph', '封面', 'A1', '开江县医疗保障局2025年部门预算'],
      ['paragraph', '表1', 'A1', '公开表1 部门收支总表'],
      ['paragraph', '表1', 'A2', '单位：万元'],
      ['grid', '表1', 'A3', ''],
    ],
  );
});

test("a workbook's grid is as wide as its header's merged cells reach, its data rows cut to that width and no narrower", async () => {
  // 开江's 财政拨款支出预算表 (部门经济分类科目): 科目编码, 科目名称, 总计, then 省级当年财政拨款安排 and 上年结转安排 merged
  // over four columns each, eleven columns; its rows print figures in the first five figure columns only.
  const doc = await readSource(fixture('kaijiang-2025.xlsx'));
  const at = doc.blocks.findIndex((block) => block.kind === 'paragraph' && block.text.includes('财政拨款支出预算表（部门经济分类科目）'));
  const grid = doc.blocks.slice(at).find((block) => block.kind === 'grid');
  const columns = (row) => row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
  assert.equal(columns(grid.rows[0]), 11);
  assert.deepEqual(grid.rows[3].map((cell) => cell.text.replace(/\s+/g, '')), ['', '合计', '1236.47', '1236.47', '1236.47', '107.41', '1129.06', '', '', '', '']);
});

test("a PDF header name printed beyond every name under it heads a column of its own (高阳's 上年结转 right of 本年收入's)", async () => {
  const doc = await readSource(fixture('gaoyang-2025.pdf'));
  const at = doc.blocks.findIndex((block) => block.kind === 'paragraph' && block.text === '部门预算收入总表');
  const grid = doc.blocks.slice(at).find((block) => block.kind === 'grid');
  const leaf = grid.rows[1].map((cell) => cell.text);
  assert.deepEqual(leaf.slice(-2), ['其他收入', '']);
  assert.equal(grid.rows[0].at(-1).text, '上年结转');
  // 本年收入, centred over its eight columns (小计 … 其他收入), spans them.
  assert.equal(grid.rows[0].find((cell) => cell.text === '本年收入').colSpan, 8);
  assert.equal(grid.rows[0].reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0), leaf.length);
});

test('the format comes from the content, not the name', async () => {
  const doc = await readSource(fixture('kaijiang-2025.html'), 'report.xls');
  assert.equal(doc.format, 'html');
  assert.equal(detectFormat(fixture('kaijiang-2025.docx')), 'docx');
  assert.equal(detectFormat(new TextEncoder().encode('公开表1 部门收支总表\n单位：万元\n')), 'text');
  const gbk = new Uint8Array([0xb5, 0xa5, 0xce, 0xbb, 0xa3, 0xba, 0xcd, 0xf2, 0xd4, 0xaa]); // 单位：万元 in GBK
  const text = await readSource(gbk, 'gbk.txt');
  assert.equal(text.blocks[0].text, '单位：万元');
});

/** Rejects with a ReadError of `code` whose message has Chinese and English. */
async function rejectsWith(promise, code) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof ReadError, `a ReadError, not ${error}`);
    assert.equal(error.code, code);
    assert.match(error.bilingual['zh-CN'], /[\u4e00-\u9fff]/);
    assert.match(error.bilingual.en, /[a-z]/);
    return true;
  });
}

test('an encrypted PDF is refused as encrypted', () => rejectsWith(readSource(fixture('encrypted.pdf')), 'encrypted'));

test('a PDF without a text layer needs OCR', () => rejectsWith(readSource(fixture('scanned.pdf')), 'needs-ocr'));

test('a damaged zip is corrupt', async () => {
  const docx = fixture('kaijiang-2025.docx');
  await rejectsWith(readSource(docx.subarray(0, docx.length >> 1)), 'corrupt');
});

test('a damaged PDF is corrupt', async () => {
  const pdf = fixture('kaijiang-2025.pdf');
  await rejectsWith(readSource(pdf.subarray(0, 2000)), 'corrupt');
});

test('a picture, random bytes or nothing are not read', async () => {
  await rejectsWith(readSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), 'unsupported');
  let seed = 7;
  const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
  await rejectsWith(readSource(noise), 'unsupported');
  await rejectsWith(readSource(new Uint8Array()), 'empty');
});

test('bytes over the limit are refused before any reading', async () => {
  // A view of a zero-filled buffer of the right length: refused by its length alone.
  const big = new Uint8Array(new ArrayBuffer(MAX_SOURCE_BYTES + 1));
  await rejectsWith(readSource(big), 'too-large');
});

test('a saved page as old CMSs write it: unclosed cells and rows, upper-case tags, entities; scripts not read', async () => {
  const html =
    '<HTML><BODY><SCRIPT>document.write("<table><tr><td>0</td></tr></table>")</SCRIPT><P>单位：万元' +
    '<TABLE><TR><TD COLSPAN=2>合&nbsp;计<TD>1,236.47<TR><TD>208<TD>社会保障和就业支出<TD>11.73</TABLE><p>注：本表&ldquo;三公&rdquo;无数据</BODY>';
  const doc = await readSource(new TextEncoder().encode(html), 'page.htm');
  assert.equal(doc.format, 'html');
  assert.deepEqual(
    doc.blocks.map((block) => (block.kind === 'grid' ? block.rows.map((row) => row.map((cell) => [cell.text, cell.colSpan])) : block.text)),
    [
      '单位：万元',
      [
        [
          ['合 计', 2],
          ['1,236.47', undefined],
        ],
        [
          ['208', undefined],
          ['社会保障和就业支出', undefined],
          ['11.73', undefined],
        ],
      ],
      '注：本表“三公”无数据',
    ],
  );
});

// pdf.js's legacy build bundles core-js, which on V8 before 12.2 (Node 20) swaps the native push and JSON.stringify
// (and JSON.parse) for slower JavaScript ones, for the whole process: the reader puts the originals back, whether the
// PDF opened or not.
test('reading PDFs leaves Array.prototype.push, JSON.stringify and JSON.parse as they were', async () => {
  await readSource(fixture('kaijiang-2025.pdf'));
  await assert.rejects(readSource(fixture('encrypted.pdf')));
  assert.equal(Array.prototype.push, PUSH);
  assert.equal(Object.getOwnPropertyDescriptor(Array.prototype, 'push').enumerable, false);
  assert.equal(JSON.stringify, STRINGIFY);
  assert.equal(JSON.parse, PARSE);
  assert.equal(Object.getOwnPropertyDescriptor(JSON, 'stringify').enumerable, false);
});

/**
 * The narrative as printed, and no table in it: each seed text goes through the whole importer, and every paragraph
 * of its sections is counted as agreeing with the hand-made document (the same words, spaces aside) or as table
 * content (rows of figures, header cells). The generated fixtures (test/import/fixtures) print no narrative, so
 * every paragraph read from them that is table content is counted too. Prints the counts per bureau and holds them:
 * floors only rise, ceilings only fall.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readText } from '../../dist/import/readers/text.js';
import { readSource } from '../../dist/import/readers/index.js';
import { importSource } from '../../dist/import/assemble.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = [`${root}../shared/seeds`, '/work/shared/seeds'].find((dir) => existsSync(dir));
const FIXTURES = new URL('./fixtures/', import.meta.url);

/**
 * Paragraphs agreeing with the hand-made sections (floor), paragraphs of table content and empty sections the
 * hand-made document does not have (ceilings), per bureau.
 */
const LIMITS = {
  'gaoyang-2025': { agree: 36, table: 0, empty: 6 },
  'kaijiang-2025': { agree: 6, table: 0, empty: 8 },
  'pingli-2025': { agree: 45, table: 0, empty: 6 },
  'quxian-2024': { agree: 47, table: 0, empty: 10 },
  'yuanjiang-2024': { agree: 24, table: 0, empty: 13 },
};
/** Table content read as paragraphs from all the generated fixtures together. */
const FIXTURE_CEILING = 0;

const compact = (text) => text.replace(/\s+/g, '');
/** An amount standing bare, as a cell prints it: no unit or percent after it, as a sentence would write ("456.72 万元"). */
const BARE_AMOUNT = /\d[\d,]*\.\d+(?!\s*[\d.,]*\s*(?:亿元|万元|元|%|％))/g;
/**
 * Table content: a paragraph with three bare amounts or more (a row of figures, run together), or one with no
 * sentence's punctuation that is words parted by spaces (header cells) or a table's title.
 */
export function isTableContent(printed) {
  // The bookmarks a DOCX extraction left before a title are not the title's words.
  const paragraph = printed.replace(/\[bookmark:[^\]]*\]/g, '');
  const bare = paragraph.match(BARE_AMOUNT) ?? [];
  const words = paragraph.trim().split(/\s+/);
  return bare.length >= 3 || (!/[，。；：;:]|,\D/.test(paragraph) && (words.length >= 3 || /表$/.test(paragraph.trim())));
}

const paragraphsOf = (document) => (document?.sections ?? []).flatMap((section) => section.paragraphs);

test('table content: rows of figures and header cells, not sentences that state figures', () => {
  assert.equal(isTableContent('合计 7,000.00 7,000.00 7,000.00 7,000.00'), true);
  assert.equal(isTableContent('报表 报表名称 是否空表 公开空表理由'), true);
  assert.equal(isTableContent('本 年 收 入 合 计 6,369.95 本 年 支 出 合 计 6,430.65'), true);
  assert.equal(isTableContent('本部门当年一般公共预算支出 456.72 万元，其中：行政运行（2101501）235.76 万元，较上年减少 8.14万元。'), false);
  assert.equal(isTableContent('[bookmark: _Toc_2]部门预算财政拨款收支总表'), true);
  assert.equal(isTableContent('社会保障和就业支出 82.01 万元，占 1.35%；卫生健康支出 5923.83 万元，占 97.80%；农林水支出 4.4 万元。'), false);
  assert.equal(isTableContent('推动药品耗材追溯码全场景全流程应用，维护群众用药安全。'), false);
});

const documents = readdirSync(new URL('../../demo/data/', import.meta.url)).filter((name) => name.endsWith('.json'));

for (const name of documents) {
  const bureau = name.replace(/\.json$/, '');
  test(`the narrative of ${bureau} as printed, with no table content`, { skip: !seeds && 'no seeds' }, () => {
    const expected = JSON.parse(readFileSync(new URL(`../../demo/data/${name}`, import.meta.url), 'utf8'));
    const file = expected.meta.source.file;
    const { document } = importSource(readText(readFileSync(`${seeds}/${file}`, 'utf8'), file));
    const printed = new Set(paragraphsOf(expected).map(compact));
    const paragraphs = paragraphsOf(document);
    const agree = paragraphs.filter((p) => printed.has(compact(p))).length;
    const table = paragraphs.filter(isTableContent);
    // Sections with nothing under them that the hand-made document does not have: mostly rows read as headings.
    const titles = new Set(expected.sections.map((section) => compact(section.title)));
    const empty = (document?.sections ?? []).filter((section) => section.paragraphs.length === 0 && !titles.has(compact(section.title)));
    console.log(`${bureau}: paragraphs ${paragraphs.length}, agree ${agree} of ${printed.size}, table content ${table.length}, empty sections not printed as such ${empty.length}`);
    if (process.env.NARRATIVE_DIFF) for (const section of empty) console.log(`  empty section: ${section.title}`);
    if (process.env.NARRATIVE_DIFF) for (const p of table) console.log(`  table content: ${p.slice(0, 120)}`);
    const limits = LIMITS[bureau] ?? { agree: 0, table: 0, empty: 0 };
    assert.ok(agree >= limits.agree, `${bureau}: ${agree} paragraphs agree, below ${limits.agree}`);
    assert.ok(table.length <= limits.table, `${bureau}: ${table.length} paragraphs of table content, above ${limits.table}`);
    assert.ok(empty.length <= limits.empty, `${bureau}: ${empty.length} empty sections, above ${limits.empty}`);
  });
}

test('the generated fixtures give no table content as narrative', async () => {
  const files = readdirSync(FIXTURES).filter((file) => /^[a-z]+-\d{4}\.(pdf|docx|xlsx|xls|html)$/.test(file));
  const table = [];
  for (const file of files) {
    const { document } = importSource(await readSource(new Uint8Array(readFileSync(new URL(file, FIXTURES))), file));
    table.push(...paragraphsOf(document).filter(isTableContent).map((p) => `${file}: ${p.slice(0, 120)}`));
  }
  console.log(`fixtures (${files.length} files): table content ${table.length}`);
  if (process.env.NARRATIVE_DIFF) for (const line of table) console.log(`  ${line}`);
  assert.ok(table.length <= FIXTURE_CEILING, table.join('\n'));
});

// Every real format through the whole importer: the built CLI reads the generated fixtures (PDF from LibreOffice,
// DOCX, XLSX, HTML), detects each by content, reads the department and year from the disclosure's title and
// recognises 开江's and 平利's 收支总表 with their published totals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandSpans, linearise } from '../../dist/import/linearise.js';
import { readSource } from '../../dist/import/readers/index.js';
import { importSource } from '../../dist/import/assemble.js';

const BIN = new URL('../../dist/cli/budget-widgets.js', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

test('merged cells keep every later cell under its own column', () => {
  const rows = [
    [{ text: '项目', rowSpan: 2 }, { text: '本年预算', colSpan: 2 }],
    [{ text: '基本支出' }, { text: '项目支出' }],
    [{ text: '合计' }, { text: '1' }, { text: '2' }],
  ];
  assert.deepEqual(expandSpans(rows), [
    ['项目', '本年预算', ''],
    ['', '基本支出', '项目支出'],
    ['合计', '1', '2'],
  ]);
});

/** Two bureaus whose titles differ: 开江's "X2025年部门预算", 平利's "X2025年部门综合预算公开", figures in 万元 and in 元. */
const BUREAUS = [
  { file: 'kaijiang-2025', department: '开江县医疗保障局', county: '开江县', title: '开江县医疗保障局2025年部门预算', total: ['收入总计 1,236.47 万元', 12364700], health: ['卫生健康支出 1,216.37 万元', 12163700] },
  { file: 'pingli-2025', department: '平利县医疗保障局', county: '平利县', title: '平利县医疗保障局2025年部门综合预算公开', total: ['收入总计 4,567,178 元', 4567178], health: ['卫生健康支出 3,902,922 元', 3902922] },
];

test("a grid row's trailing blank cells stay when linearised: the rows are as wide as the header", () => {
  const source = { format: 'html', blocks: [{ kind: 'grid', rows: [[{ text: '合计' }, { text: '1' }, { text: '' }, { text: '' }]], at: { table: 1 } }] };
  assert.equal(linearise(source).blocks[0].text, '合计\t1\t\t');
});

for (const bureau of BUREAUS) {
  for (const format of ['pdf', 'docx', 'xlsx', 'html']) {
    test(`import of ${bureau.file}.${format} reads its department, year and title from the file, and its 收支总表 with ${bureau.total[0]} and ${bureau.health[0]}`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'budget-widgets-formats-'));
      try {
        const out = join(dir, 'doc.json');
        const report = join(dir, 'report.json');
        // No --year or --department: the file's title says both.
        const run = spawnSync(process.execPath, [BIN, 'import', join(FIXTURES, `${bureau.file}.${format}`), '-o', out, '--report', report], { encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        const doc = JSON.parse(readFileSync(out, 'utf8'));
        assert.equal(doc.meta.department.name, bureau.department);
        assert.equal(doc.meta.year, 2025);
        assert.equal(doc.meta.region.county, bureau.county);
        assert.equal(doc.meta.source.title, bureau.title);
        // Read, not supplied: the report records no name or year given on the command line.
        const notes = JSON.stringify(JSON.parse(readFileSync(report, 'utf8')));
        assert.doesNotMatch(notes, /由命令行提供|supplied on the command line/);
        const overview = doc.tables.find((t) => t.kind === 'overview');
        const figures = overview.rows.flatMap((row) => Object.values(row.values));
        assert.ok(figures.includes(bureau.total[1]), bureau.total[0]);
        assert.ok(figures.includes(bureau.health[1]), bureau.health[0]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
}

test('a blank goal form (平利\'s 表15 专项资金总体绩效目标表, published as a template) is an empty table, not a nameless project', async () => {
  const { document, report } = importSource(await readSource(readFileSync(join(FIXTURES, 'pingli-2025.xlsx')), 'pingli-2025.xlsx'));
  const form = document.tables.find((table) => table.number === '表15');
  assert.equal(form.status, 'empty');
  assert.ok((document.performance?.projects ?? []).every((project) => project.name !== ''));
  assert.equal(document.tables.filter((table) => table.title === form.title).length, 1, 'one table, not a second goal table');
  assert.ok(report.notes.some((note) => /专项资金总体绩效目标表：空白表格/.test(note.message['zh-CN'])));
});

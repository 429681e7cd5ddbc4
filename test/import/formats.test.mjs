// Every real format through the whole importer: the built CLI reads the generated fixtures (PDF from LibreOffice,
// DOCX, XLSX, HTML), detects each by content, reads the department and year from the disclosure's title and
// recognises 开江's 收支总表 with its published totals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandSpans } from '../../dist/import/linearise.js';

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

for (const format of ['pdf', 'docx', 'xlsx', 'html']) {
  test(`import of 开江's ${format} reads its department and year from the title, and its 收支总表 with 收入总计 1,236.47 and 卫生健康支出 1,216.37 万元`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-widgets-formats-'));
    try {
      const out = join(dir, 'doc.json');
      const report = join(dir, 'report.json');
      // No --year or --department: the file's title ("开江县医疗保障局2025年部门预算") says both.
      const run = spawnSync(process.execPath, [BIN, 'import', join(FIXTURES, `kaijiang-2025.${format}`), '-o', out, '--report', report], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const doc = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(doc.meta.department.name, '开江县医疗保障局');
      assert.equal(doc.meta.year, 2025);
      assert.equal(doc.meta.region.county, '开江县');
      assert.equal(doc.meta.source.title, '开江县医疗保障局2025年部门预算');
      // Read, not supplied: the report records no name or year given on the command line.
      const notes = JSON.stringify(JSON.parse(readFileSync(report, 'utf8')));
      assert.doesNotMatch(notes, /由命令行提供|supplied on the command line/);
      const overview = doc.tables.find((t) => t.kind === 'overview');
      const figures = overview.rows.flatMap((row) => Object.values(row.values));
      assert.ok(figures.includes(12364700), '收入总计 1,236.47 万元');
      assert.ok(figures.includes(12163700), '卫生健康支出 1,216.37 万元');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

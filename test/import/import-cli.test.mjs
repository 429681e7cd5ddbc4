// `budget-widgets import` as users run it: the built bin, real files, exit codes, nothing half-written.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../dist/data/validate.js';

const BIN = new URL('../../dist/cli/budget-widgets.js', import.meta.url).pathname;
const cli = (...args) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const noStackTrace = (text) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/);

const BUDGET = [
  '某某县卫生健康局2025年部门预算',
  '部门支出总表',
  '部门：某某县卫生健康局\t金额单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '\t合计\t1,300.00\t300.00\t1,000.00',
  '2101501\t行政运行\t300.00\t300.00\t',
  '2101301\t城乡医疗救助\t1,000.00\t\t1,000.00',
].join('\n');

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'budget-widgets-import-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('budget-widgets import', () => {
  test('writes one valid document for one input, the report as JSON, and a readable summary on stderr', () => {
    const input = file('budget.txt', BUDGET);
    const out = join(dir, 'budget.json');
    const report = join(dir, 'report.json');
    const { code, err } = cli('import', input, '-o', out, '--report', report);
    assert.equal(code, 0, err);
    const document = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(validate(document).ok, true);
    assert.equal(document.meta.department.name, '某某县卫生健康局');
    const table = document.tables.find((t) => t.kind === 'expenditure');
    assert.deepEqual(table.rows.find((r) => r.code === '2101301').values, { total: 10_000_000, project: 10_000_000 });
    const written = JSON.parse(readFileSync(report, 'utf8'));
    assert.equal(written.tables[0].kind, 'expenditure');
    assert.ok(written.notes.some((n) => n.kind === 'assumption'), 'the province not stated is an assumption');
    assert.match(err, /部门支出总表 — expenditure, published, 3 行 \/ rows/);
    assert.match(err, /未使用的段落 \/ unused blocks: \d+/);
    assert.ok(!readdirSync(dir).some((name) => name.endsWith('.tmp')), 'no temporary file is left');
  });

  test('writes one document per input into a folder for several inputs', () => {
    const a = file('a.txt', BUDGET);
    const b = file('b.txt', BUDGET.replace('某某县卫生健康局', '另一县医疗保障局'));
    const folder = join(dir, 'out');
    const { code, err } = cli('import', a, b, '-o', folder);
    assert.equal(code, 0, err);
    assert.deepEqual(readdirSync(folder).sort(), ['a.json', 'b.json']);
    assert.equal(JSON.parse(readFileSync(join(folder, 'b.json'), 'utf8')).meta.department.name, '另一县医疗保障局');
  });

  test('exits 1 when no budget is recognised, and writes nothing', () => {
    const input = file('letter.txt', '会议通知\n请各单位于周五前报送材料。');
    const out = join(dir, 'letter.json');
    const { code, err } = cli('import', input, '-o', out);
    assert.equal(code, 1);
    assert.match(err, /未识别出部门预算 \/ no budget recognised/);
    assert.equal(existsSync(out), false);
    noStackTrace(err);
  });

  test('exits 2 for a missing file, a directory or a bad --year, with a bilingual message', () => {
    for (const args of [['import', join(dir, 'missing.txt')], ['import', dir], ['import', file('c.txt', BUDGET), '--year', '25']]) {
      const { code, err } = cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, / \/ /);
      noStackTrace(err);
    }
  });

  test('--year and --department supply what the source does not say, as assumptions', () => {
    const input = file('bare.txt', BUDGET.split('\n').slice(1).join('\n').replace('部门：某某县卫生健康局\t', ''));
    const report = join(dir, 'bare-report.json');
    const { code, out } = cli('import', input, '--year', '2025', '--department', '某某县卫生健康局', '--report', report);
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).meta.year, 2025);
    const notes = JSON.parse(readFileSync(report, 'utf8')).notes.map((n) => n.message.en);
    assert.ok(notes.some((n) => /year supplied/.test(n)) && notes.some((n) => /department name supplied/.test(n)));
  });
});

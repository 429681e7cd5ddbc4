// The CLI as users run it: the built bin, real files, exit codes and messages.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../dist/cli/budget-widgets.js', import.meta.url).pathname;
const DATA = new URL('../../demo/data/', import.meta.url).pathname;

const cli = (...args) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const noStackTrace = (text) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/);

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'budget-widgets-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const kaijiang = () => JSON.parse(readFileSync(join(DATA, 'kaijiang-2025.json'), 'utf8'));

describe('budget-widgets validate', () => {
  test('exits 0 for each of the five bureaus, printing its warnings', () => {
    const files = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'].map((n) => join(DATA, `${n}.json`));
    const { code, out, err } = cli('validate', ...files);
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.equal(out.match(/^✓ .+: 有效 \/ valid/gm)?.length, 5);
  });

  test('exits 1 for invalid JSON, with a clear message', () => {
    const { code, err } = cli('validate', file('broken.json', '{"schemaVersion": "1.0",'));
    assert.equal(code, 1);
    assert.match(err, /invalid \[invalid-json\]/);
    assert.match(err, /不是有效的 JSON/);
    noStackTrace(err);
  });

  test('exits 1 for wrong types, naming the path', () => {
    const doc = kaijiang();
    doc.meta.year = '二〇二五';
    const { code, err } = cli('validate', file('types.json', JSON.stringify(doc)));
    assert.equal(code, 1);
    assert.match(err, /\$\.meta\.year: 应为数字，实际为 "二〇二五" \/ expected a number, got "二〇二五"/);
  });

  test('exits 1 for an unsupported schema version', () => {
    const { code, err } = cli('validate', file('v2.json', JSON.stringify({ ...kaijiang(), schemaVersion: '2.0' })));
    assert.equal(code, 1);
    assert.match(err, /unsupported-version/);
  });

  test('exits 1 for a 50 MB file without reading it', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const { code, err } = cli('validate', big);
    assert.equal(code, 1);
    assert.match(err, /file too large \(50\.0 MB, limit 16\.0 MB\)/);
    noStackTrace(err);
  });

  test('exits 2 for a missing file, and reports the others', () => {
    const { code, out, err } = cli('validate', join(dir, 'nope.json'), join(DATA, 'kaijiang-2025.json'));
    assert.equal(code, 2);
    assert.match(err, /nope\.json: 文件不存在 \/ no such file/);
    assert.match(out, /kaijiang-2025\.json: 有效/);
    noStackTrace(err);
  });

  test('exits 2 for a directory and for usage errors', () => {
    assert.equal(cli('validate', dir).code, 2);
    assert.equal(cli().code, 2);
    assert.equal(cli('validate').code, 2);
    assert.equal(cli('frobnicate', 'x.json').code, 2);
    assert.equal(cli('summary', 'a.json', 'b.json').code, 2);
    assert.match(cli().err, /validate <FILE...>/);
    assert.match(cli('frobnicate').err, /未知命令 \/ unknown command 'frobnicate'/);
    noStackTrace(cli('summary', '--bogus').err);
    assert.equal(cli('--help').code, 0);
  });

  test("render's element options, loaded only for render, are in its help both ways", () => {
    for (const args of [['help', 'render'], ['render', '--help']]) {
      const { code, out } = cli(...args);
      assert.equal(code, 0);
      assert.match(out, /--variant <VALUE> +<sangong-card>/);
    }
  });
});

describe('budget-widgets summary', () => {
  test('--json prints the published headline of 渠县 in 元', () => {
    const { code, out } = cli('summary', join(DATA, 'quxian-2024.json'), '--json');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), {
      department: '渠县医疗保障局',
      year: 2024,
      incomeTotal: 64306500,
      expenditureTotal: 64306500,
      basicExpenditure: 7843400,
      projectExpenditure: 56463100,
      sangong: { total: 8200, outbound: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 8200 },
      projectGoalCount: 7,
      indicatorCount: 98,
    });
  });

  test('--json reads 基本/项目 of 平利 from its 收支总表 when 支出总表 splits by fund', () => {
    const summary = JSON.parse(cli('summary', join(DATA, 'pingli-2025.json'), '--json').out);
    assert.equal(summary.basicExpenditure, 3157178);
    assert.equal(summary.projectExpenditure, 1410000);
  });

  test('prints a readable zh-CN summary without --json', () => {
    const { code, out } = cli('summary', join(DATA, 'gaoyang-2025.json'));
    assert.equal(code, 0);
    assert.equal(
      out,
      [
        '高阳县医疗保障局 2025 年部门预算',
        '收入总计：595.88 万元',
        '支出总计：595.88 万元',
        '  基本支出：256.88 万元',
        '  项目支出：339.00 万元',
        '“三公”经费：1.46 万元（因公出国（境）费 0.00 万元；公务用车购置费 0.00 万元；公务用车运行维护费 1.46 万元；公务接待费 0.00 万元）',
        '绩效目标：7 个项目，43 项指标',
        '',
      ].join('\n'),
    );
  });

  test('exits 1 for an invalid document and 2 for a missing one', () => {
    assert.equal(cli('summary', file('s.json', '[]'), '--json').code, 1);
    assert.equal(cli('summary', join(dir, 'missing.json'), '--json').code, 2);
  });
});

describe('budget-widgets in a pipeline', () => {
  test('ends quietly when the reader closes the pipe early (| head)', () => {
    const files = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'].map((n) => join(DATA, `${n}.json`));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate ${files.map((f) => `"${f}"`).join(' ')} | head -c 1 > /dev/null; echo "exit $\{PIPESTATUS:-done}"`], { encoding: 'utf8' });
    assert.doesNotMatch(result.stderr, /EPIPE|Unhandled/);
    noStackTrace(result.stderr);
  });
});

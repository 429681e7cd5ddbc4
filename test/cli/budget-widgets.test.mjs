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
    assert.match(cli().err, /validate \[options\] <FILE...>/);
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

describe('budget-widgets validate --json', () => {
  test('prints one result per file, each warning with its path, code, figures in 元 and both languages', () => {
    const files = ['pingli-2025', 'quxian-2024', 'yuanjiang-2024'].map((n) => join(DATA, `${n}.json`));
    const { code, out, err } = cli('validate', '--json', ...files);
    assert.equal(err, '');
    assert.equal(code, 0);
    const results = JSON.parse(out);
    assert.deepEqual(results.map((r) => [r.file, r.valid, r.errors, r.warnings.length]), [
      [files[0], true, [], 2],
      [files[1], true, [], 21],
      [files[2], true, [], 8],
    ]);
    // 平利: "本部门当年一般公共预算基本支出 456.72 万元" against 基本支出 315.72 万元 in its basic table.
    const basic = results[0].warnings.find((w) => w.path === '$.statements[12].amount');
    assert.deepEqual({ ...basic, message: undefined }, { path: '$.statements[12].amount', code: 'sum-mismatch', published: 4567200, expected: 3157178, message: undefined });
    assert.match(basic.message['zh-CN'], /^说明中的一般公共预算基本支出与「.+」合计不符：公布数 456\.72 万元，应为 315\.72 万元/);
    assert.match(basic.message.en, /^Basic expenditure \(general public budget\) in the narrative differs from 合计 in ".+": published 456\.72 万元, expected 315\.72 万元/);
    // 渠县: "机关运行经费财政拨款预算为 784.34 万元" against 公用经费 65.04 万元.
    const operating = results[1].warnings.at(-1);
    assert.deepEqual([operating.path, operating.published, operating.expected], ['$.statements[19].amount', 7843400, 650400]);
    assert.match(operating.message['zh-CN'], /说明中的机关运行经费与「一般公共预算基本支出预算表」公用经费不符/);
    // 沅江 表14: the shifted rows, 201001 and 行政运行, with the cell each figure is missing from.
    assert.deepEqual(
      results[2].warnings.map((w) => [w.path, w.published, w.expected]).slice(0, 4),
      [
        ['$.tables[13].rows[2].values["vehicle-operation-costs"]', 20000, 0],
        ['$.tables[13].rows[2].values["other-transport"]', 0, 20000],
        ['$.tables[13].rows[2].values.taxes', 21400, 0],
        ['$.tables[13].rows[2].values["other-goods-services"]', 0, 21400],
      ],
    );
    assert.match(results[2].warnings[0].message['zh-CN'], /“201001 沅江市医疗保障局”公务用车运行维护费与“合计”不符/);
    assert.match(results[2].warnings[4].message.en, /"2101501 行政运行" 公务用车运行维护费 differs from "合计"/);
  });

  test('reports invalid and unreadable files in the array, with the exit code of the worst', () => {
    const broken = file('broken-json.json', '{');
    const missing = join(dir, 'absent.json');
    const { code, out, err } = cli('validate', '--json', broken, missing);
    assert.equal(err, '');
    assert.equal(code, 2);
    const [invalid, absent] = JSON.parse(out);
    assert.equal(invalid.valid, false);
    assert.equal(invalid.errors[0].code, 'invalid-json');
    assert.deepEqual(invalid.warnings, []);
    assert.deepEqual(absent, { file: missing, valid: false, errors: [{ code: 'unreadable', path: '$', message: { 'zh-CN': '文件不存在', en: 'no such file' } }], warnings: [] });
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
      sangong: { total: 8200, outbound: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 8200, previousTotal: null, previousTotalDerived: false },
      projectGoalCount: 7,
      indicatorCount: 98,
    });
  });

  test('--json reads 基本/项目 of 平利 from its 收支总表 when 支出总表 splits by fund', () => {
    const summary = JSON.parse(cli('summary', join(DATA, 'pingli-2025.json'), '--json').out);
    assert.equal(summary.basicExpenditure, 3157178);
    assert.equal(summary.projectExpenditure, 1410000);
  });

  test('--json gives last year’s 三公 total, published (平利) or derived from the published change (高阳, 沅江)', () => {
    const sangong = (bureau) => JSON.parse(cli('summary', join(DATA, `${bureau}.json`), '--json').out).sangong;
    assert.deepEqual([sangong('pingli-2025').previousTotal, sangong('pingli-2025').previousTotalDerived], [7000, false]);
    assert.deepEqual([sangong('gaoyang-2025').previousTotal, sangong('gaoyang-2025').previousTotalDerived], [15400, true]);
    assert.deepEqual([sangong('yuanjiang-2024').previousTotal, sangong('yuanjiang-2024').previousTotalDerived], [30000, true]);
    assert.deepEqual([sangong('kaijiang-2025').previousTotal, sangong('kaijiang-2025').previousTotalDerived], [null, false]);
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

import { expect } from '@open-wc/testing';
import { validate, validateText } from '../../src/data/index.js';

const minimal = () => ({
  schemaVersion: '1.0',
  kind: 'budget',
  meta: {
    department: { name: '测试局' },
    region: { province: '四川省' },
    year: 2025,
    publishedUnit: '万元',
    units: [{ name: '测试局' }],
    source: { title: '测试' },
  },
  tables: [
    {
      id: 'expenditure',
      kind: 'expenditure',
      title: '部门支出总表',
      status: 'published',
      columns: [
        { key: 'total', label: '合计' },
        { key: 'basic', label: '基本支出' },
        { key: 'project', label: '项目支出' },
      ],
      rows: [
        { name: '合计', role: 'total', values: { total: 3_000_000, basic: 1_000_000, project: 2_000_000 } },
        { code: '210', name: '卫生健康支出', values: { total: 3_000_000, basic: 1_000_000, project: 2_000_000 } },
      ] as { name: string; role?: string; code?: string; values: Record<string, unknown> }[],
    },
  ],
  sections: [],
});

describe('validate', () => {
  it('accepts a minimal document without warnings', () => {
    const result = validate(minimal());
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
  });

  it('does not validate again a document it produced, but does any other', () => {
    const input = minimal();
    const result = validate(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.document).to.not.equal(input);
    expect(validate(result.document)).to.equal(result);
    // The caller's own object is checked each time: a change to it is seen.
    (input as { schemaVersion: string }).schemaVersion = 'x';
    expect(validate(input).ok).to.equal(false);
  });

  it('reports invalid JSON with a localized message, never throwing', () => {
    const result = validateText('{"schemaVersion": ');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.code).to.equal('invalid-json');
    expect(result.errors[0]!.message['zh-CN']).to.match(/^不是有效的 JSON/);
    expect(result.errors[0]!.message.en).to.match(/^not valid JSON/);
  });

  it('rejects another major version as unsupported-version', () => {
    const result = validate({ ...minimal(), schemaVersion: '2.0' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.code).to.equal('unsupported-version');
  });

  it('reports structure errors with their JSON path in both languages', () => {
    const doc = minimal();
    (doc.tables[0]!.rows[1]!.values as Record<string, unknown>).total = '300';
    (doc.meta as Record<string, unknown>).year = '2025';
    const result = validate(doc);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.code).to.equal('invalid-schema');
    expect(result.errors.map((e) => e.path)).to.deep.equal(['$.meta.year']);
    expect(result.errors[0]!.message['zh-CN']).to.equal('应为数字，实际为 "2025"');
    expect(result.errors[0]!.message.en).to.equal('expected a number, got "2025"');
  });

  it('rejects text in an amount column and values under undeclared columns', () => {
    const doc = minimal();
    const values = doc.tables[0]!.rows[1]!.values as Record<string, unknown>;
    values.total = '300';
    values.bogus = 1;
    const result = validate(doc);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).to.deep.equal([
      ['type', '$.tables[0].rows[1].values.total'],
      ['unknown-column', '$.tables[0].rows[1].values.bogus'],
    ]);
  });

  it('rejects absurd amounts and more than two decimals', () => {
    const doc = minimal();
    const values = doc.tables[0]!.rows[1]!.values as Record<string, unknown>;
    values.basic = 1e20;
    values.project = 0.001;
    const result = validate(doc);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).to.deep.equal(['amount', 'amount']);
  });

  it('rejects unknown fields, naming them', () => {
    const result = validate({ ...minimal(), sangongg: {} });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.path).to.equal('$.sangongg');
  });

  it('rejects duplicate table ids and dangling references', () => {
    const doc = minimal();
    doc.tables.push({ ...doc.tables[0]! });
    const result = validate({ ...doc, statements: [{ subject: 'income-total', section: 'nowhere' }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).to.deep.equal(['duplicate-id', 'unknown-reference']);
  });
});

describe('consistency warnings', () => {
  it('warns when a total differs from its parts, citing both figures', () => {
    const doc = minimal();
    doc.tables[0]!.rows = [
      { name: '合计', role: 'total', values: { total: 4_000_000, basic: 1_000_000, project: 2_000_000 } },
      { code: '210', name: '卫生健康支出', values: { total: 2_000_000, basic: 500_000, project: 1_500_000 } },
      { code: '221', name: '住房保障支出', values: { total: 1_000_000, basic: 500_000, project: 500_000 } },
    ];
    const result = validate(doc);
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => [w.code, w.path, w.figures])).to.deep.equal([
      ['sum-mismatch', '$.tables[0].rows[0].values.total', { stated: 4_000_000, computed: 3_000_000 }],
      ['sum-mismatch', '$.tables[0].rows[0].values.total', { stated: 4_000_000, computed: 3_000_000 }],
    ]);
    expect(result.warnings[0]!.message['zh-CN']).to.contain('公布数 400.00 万元，应为 300.00 万元（相差 100.00 万元）');
  });

  it('marks a difference of one printed digit over several parts as possible rounding', () => {
    const doc = minimal();
    doc.tables[0]!.rows = [
      { name: '合计', role: 'total', values: { total: 30_100, basic: 30_000, project: 0 } },
      { code: '210', name: '卫生健康支出', values: { total: 10_000, basic: 10_000 } },
      { code: '221', name: '住房保障支出', values: { total: 20_000, basic: 20_000 } },
    ];
    const result = validate(doc);
    expect(result.warnings.map((w) => [w.code, w.rounding, w.figures])).to.deep.equal([
      ['rounding-difference', true, { stated: 30_100, computed: 30_000 }],
      ['rounding-difference', true, { stated: 30_100, computed: 30_000 }],
    ]);
    expect(result.warnings[0]!.message.en).to.contain('possibly rounding');
  });

  it('reports each row of a line of only children whose figures sit in other columns than at its top, cell by cell', () => {
    const doc = minimal();
    const [table] = doc.tables;
    table!.rows = [
      { name: '合计', role: 'total', values: { total: 3_000_000, basic: 1_000_000, project: 2_000_000 } },
      { code: '210', name: '卫生健康支出', values: { total: 3_000_000, basic: 1_000_000, project: 2_000_000 } },
      { code: '21015', name: '医疗保障管理事务', values: { total: 3_000_000, basic: 3_000_000 } },
      { code: '2101501', name: '行政运行', values: { total: 3_000_000, basic: 3_000_000 } },
    ];
    const result = validate(doc);
    expect(result.warnings.map((w) => [w.path, w.figures.stated, w.figures.computed])).to.deep.equal([
      ['$.tables[0].rows[2].values.basic', 3_000_000, 1_000_000],
      ['$.tables[0].rows[2].values.project', 0, 2_000_000],
      ['$.tables[0].rows[3].values.basic', 3_000_000, 1_000_000],
      ['$.tables[0].rows[3].values.project', 0, 2_000_000],
    ]);
    expect(result.warnings[1]!.message['zh-CN']).to.contain('“21015 医疗保障管理事务”项目支出与“合计”不符');
  });

  it('leaves an only child alone when it prints no figure at all (a breakdown published blank)', () => {
    const doc = minimal();
    doc.tables[0]!.rows.push({ code: '21015', name: '医疗保障管理事务', values: {} });
    expect(validate(doc).warnings).to.deep.equal([]);
  });

  it('ignores differences below the published precision', () => {
    const doc = minimal();
    doc.tables[0]!.rows[0]!.values.total = 3_000_000 + 49;
    expect(validate(doc).warnings).to.deep.equal([]);
  });
});

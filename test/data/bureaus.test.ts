import { expect } from '@open-wc/testing';
import { validate } from '../../src/data/index.js';
import { summarize } from '../../src/data/summary.js';
import { functionSectionKey } from '../../src/data/figures.js';
import type { BudgetDocument } from '../../src/data/schema.js';
import { BUREAUS, loadRaw, type Bureau } from './fixtures.js';

/**
 * The five disclosures as published (../shared/seeds), in 元. Every figure here was read
 * from the source text, not from the JSON.
 */
const PUBLISHED: Record<
  Bureau,
  {
    department: string;
    year: number;
    unit: '元' | '万元';
    income: number;
    expenditure: number;
    basic: number;
    project: number;
    /** Function classes of the 收支总表 that carry a figure. */
    classes: Record<string, number>;
    /** previousTotal: last year's 三公 total, printed or derived from the printed change (previousTotalDerived). */
    sangong: { total: number; outbound: number; vehiclePurchase: number; vehicleOperation: number; reception: number; previousTotal: number | null; previousTotalDerived: boolean };
    projects: number;
    indicators: number;
    /** Tables published empty or listed but missing, with the start of their published note. */
    notPublished: [string, 'empty' | 'unavailable', string][];
  }
> = {
  'kaijiang-2025': {
    department: '开江县医疗保障局', year: 2025, unit: '万元',
    income: 12_364_700, expenditure: 12_364_700, basic: 1_074_100, project: 11_290_600,
    classes: { '208': 117_300, '210': 12_163_700, '221': 83_700 },
    sangong: { total: 2_000, outbound: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 2_000, previousTotal: null, previousTotalDerived: false },
    projects: 16, indicators: 41 + 18,
    notPublished: [['gov-fund', 'empty', '此表无数据'], ['sangong-gov-fund', 'empty', '此表无数据'], ['state-capital', 'empty', '此表无数据']],
  },
  'gaoyang-2025': {
    department: '高阳县医疗保障局', year: 2025, unit: '万元',
    income: 5_958_800, expenditure: 5_958_800, basic: 2_568_800, project: 3_390_000,
    classes: { '208': 312_500, '210': 5_533_800, '221': 112_500 },
    sangong: { total: 14_600, outbound: 0, vehiclePurchase: 0, vehicleOperation: 14_600, reception: 0, previousTotal: 15_400, previousTotalDerived: true }, // 与2024年相比减少0.08万元
    projects: 7, indicators: 43,
    notPublished: [
      ['gov-fund', 'empty', '注：无政府性基金预算财政拨款预算，空表列示。'],
      ['state-capital', 'empty', '注：无国有资本经营预算财政拨款预算，空表列示。'],
      ['procurement', 'empty', '注：'],
  ],
  },
  'yuanjiang-2024': {
    department: '沅江市医疗保障局', year: 2024, unit: '万元',
    income: 5_829_700, expenditure: 5_829_700, basic: 5_147_500, project: 682_200,
    classes: { '210': 5_420_000, '221': 409_700 },
    sangong: { total: 30_000, outbound: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 30_000, previousTotal: 30_000, previousTotalDerived: true }, // 与 2023 年持平
    projects: 5, indicators: 31,
    notPublished: [
      ['income', 'unavailable', ''],
      ['expenditure-by-gov-economic', 'unavailable', ''],
      ['expenditure-by-dept-economic', 'unavailable', ''],
      ['general-budget-expenditure', 'unavailable', ''],
      ['personnel-wages-gov-economic', 'unavailable', ''],
      ['personnel-wages-dept-economic', 'unavailable', ''],
      ['personnel-family-gov-economic', 'unavailable', ''],
      ['personnel-family-dept-economic', 'unavailable', ''],
      ['gov-fund', 'empty', '注：本单位2023年度无政府性基金预算拨款支出。'],
      ['gov-fund-gov-economic', 'empty', '注：本单位2023年度无政府性基金预算拨款支出。'],
      ['gov-fund-dept-economic', 'empty', '注：本单位2023年度无政府性基金预算拨款支出。'],
      ['state-capital', 'empty', '注：本单位2023年度无国有资本经营预算支出。'],
      ['special-account', 'empty', '注：本单位2023年度无财政专户管理资金预算支出。'],
      ['department-goals', 'unavailable', ''],
  ],
  },
  'pingli-2025': {
    department: '平利县医疗保障局', year: 2025, unit: '元',
    income: 4_567_178, expenditure: 4_567_178, basic: 3_157_178, project: 1_410_000,
    classes: { '208': 448_679, '210': 3_902_922, '221': 215_577 },
    sangong: { total: 7_000, outbound: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 7_000, previousTotal: 7_000, previousTotalDerived: false },
    projects: 6, indicators: 48 + 8,
    notPublished: [
      ['table-6', 'unavailable', ''],
      ['gov-fund', 'empty', ''],
      ['procurement', 'empty', ''],
      ['special-funds-goals', 'empty', '注：1、绩效指标可选择填写。'],
  ],
  },
  'quxian-2024': {
    department: '渠县医疗保障局', year: 2024, unit: '万元',
    income: 64_306_500, expenditure: 64_306_500, basic: 7_843_400, project: 56_463_100,
    classes: { '208': 820_100, '210': 59_845_300, '212': 3_126_200, '213': 44_000, '221': 471_000 },
    sangong: { total: 8_200, outbound: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 8_200, previousTotal: null, previousTotalDerived: false }, // only the parts' changes
    projects: 7, indicators: 62 + 36,
    notPublished: [['sangong-gov-fund', 'empty', ''], ['state-capital', 'empty', '']],
  },
};

/**
 * The differences each source really has, as [JSON path, published figure, figure it should
 * equal]: each was checked against the source text (mostly 尾数误差 of 0.01 万元; 沅江's
 * 公用经费 table shifts two figures by one column in two rows; 平利's narrative prints 456.72 元
 * for 万元 and 456.72 万元 as 基本支出; 渠县's 机关运行经费 is its 基本支出, not its 公用经费;
 * 开江's goal tables add up to 0.01 万元 more than its budget).
 */
const WARNINGS: Record<Bureau, [string, number, number][]> = {
  'kaijiang-2025': [
    ['$.tables[2].rows[2].values.total', 12364700, 12364800], // expenditure / 开江县医疗保障局
    ['$.tables[2].rows[2].values.basic', 1074100, 1074200], // expenditure / 开江县医疗保障局
    ['$.tables[4].rows[2].values.total', 12364700, 12364800], // fiscal-by-dept-economic / 开江县医疗保障局
    ['$.tables[4].rows[2].values["current-total"]', 12364700, 12364800], // fiscal-by-dept-economic / 开江县医疗保障局
    ['$.tables[4].rows[2].values["current-general-budget-subtotal"]', 12364700, 12364800], // fiscal-by-dept-economic / 开江县医疗保障局
    ['$.tables[4].rows[2].values["current-general-budget-basic"]', 1074100, 1074200], // fiscal-by-dept-economic / 开江县医疗保障局
    ['$.tables[5].rows[2].values.total', 12364700, 12364800], // general-budget-expenditure / 开江县医疗保障局本级
    ['$.tables[5].rows[2].values["current-year"]', 12364700, 12364800], // general-budget-expenditure / 开江县医疗保障局本级
    ['$.tables[6].rows[2].values.total', 1074100, 1074200], // general-budget-basic / 开江县医疗保障局
    ['$.tables[6].rows[2].values.personnel', 974700, 974800], // general-budget-basic / 开江县医疗保障局
    ['$.tables[0].rows[15].values.amount', 12163700, 12163800], // overview / 十、卫生健康支出
    ['$.performance.units', 12364800, 12364700], // goal tables' unit total 1,236.48 / budget total 1,236.47
  ],
  'gaoyang-2025': [
    ['$.tables[1].rows[15].values.total', 3201100, 3201200], // income / 医疗保障管理事务
    ['$.tables[1].rows[15].values["income-this-year"]', 3201100, 3201200], // income / 医疗保障管理事务
    ['$.tables[1].rows[15].values["current-year"]', 3201100, 3201200], // income / 医疗保障管理事务
    ['$.tables[2].rows[15].values.total', 3201100, 3201200], // expenditure / 医疗保障管理事务
    ['$.tables[2].rows[15].values.basic', 2071100, 2071200], // expenditure / 医疗保障管理事务
    ['$.tables[4].rows[15].values.total', 3201100, 3201200], // general-budget-expenditure / 医疗保障管理事务
    ['$.tables[4].rows[15].values.basic', 2071100, 2071200], // general-budget-expenditure / 医疗保障管理事务
    ['$.tables[5].rows[1].values.total', 2289600, 2289700], // general-budget-basic / 工资福利支出
    ['$.tables[5].rows[1].values.personnel', 2289600, 2289700], // general-budget-basic / 工资福利支出
  ],
  'yuanjiang-2024': [
    // 表14: the 201001 and 行政运行 rows print 2.00 and 2.14 one column left of where 合计 (and 表8) put them.
    ['$.tables[13].rows[2].values["vehicle-operation-costs"]', 20000, 0], // 201001 沅江市医疗保障局
    ['$.tables[13].rows[2].values["other-transport"]', 0, 20000],
    ['$.tables[13].rows[2].values.taxes', 21400, 0],
    ['$.tables[13].rows[2].values["other-goods-services"]', 0, 21400],
    ['$.tables[13].rows[3].values["vehicle-operation-costs"]', 20000, 0], // 2101501 行政运行
    ['$.tables[13].rows[3].values["other-transport"]', 0, 20000],
    ['$.tables[13].rows[3].values.taxes', 21400, 0],
    ['$.tables[13].rows[3].values["other-goods-services"]', 0, 21400],
  ],
  'pingli-2025': [
    ['$.statements[4].amount', 456.72, 4567178], // "一般公共预算拨款支出 456.72 元" (for 万元)
    ['$.statements[12].amount', 4567200, 3157178], // "一般公共预算基本支出 456.72 万元" / 基本支出 315.72 万元
  ],
  'quxian-2024': [
    ['$.tables[0].rows[38].values.amount', 64306500, 64306600], // overview / 本 年 支 出 合 计
    ['$.tables[2].rows[2].values.total', 64306500, 64306600], // expenditure / 渠县医疗保障局
    ['$.tables[2].rows[2].values.project', 56463100, 56463200], // expenditure / 渠县医疗保障局
    ['$.tables[3].rows[1].values.total', 64306500, 64306600], // fiscal-overview / 一、本年支出
    ['$.tables[3].rows[1].values["general-budget"]', 61180300, 61180400], // fiscal-overview / 一、本年支出
    ['$.tables[3].rows[1].values.amount', 64306500, 64306600], // fiscal-overview / 一、本年支出
    ['$.tables[4].rows[2].values["current-general-budget-basic"]', 7843400, 7843300], // fiscal-by-dept-economic / 渠县医疗保障局
    ['$.tables[4].rows[2].values["current-general-budget-project"]', 52729900, 52730000], // fiscal-by-dept-economic / 渠县医疗保障局
    ['$.tables[4].rows[3].values.total', 7170600, 7170700], // fiscal-by-dept-economic / 工资福利支出
    ['$.tables[4].rows[3].values["current-total"]', 7170600, 7170700], // fiscal-by-dept-economic / 工资福利支出
    ['$.tables[4].rows[3].values["current-general-budget-subtotal"]', 6794400, 6794500], // fiscal-by-dept-economic / 工资福利支出
    ['$.tables[4].rows[3].values["current-general-budget-basic"]', 6794400, 6794500], // fiscal-by-dept-economic / 工资福利支出
    ['$.tables[5].rows[2].values.total', 61180300, 61180400], // general-budget-expenditure / 医疗保障部门
    ['$.tables[5].rows[2].values["current-year"]', 60573300, 60573400], // general-budget-expenditure / 医疗保障部门
    ['$.tables[6].rows[2].values.total', 7843400, 7843300], // general-budget-basic / 渠县医疗保障局
    ['$.tables[6].rows[2].values.personnel', 7193000, 7192900], // general-budget-basic / 渠县医疗保障局
    ['$.tables[6].rows[3].values.total', 6794400, 6794500], // general-budget-basic / 工资福利支出
    ['$.tables[6].rows[3].values.personnel', 6794400, 6794500], // general-budget-basic / 工资福利支出
    ['$.tables[7].rows[2].values.amount', 53336900, 53337000], // project-expenditure / 渠县医疗保障局
    ['$.performance.units', 55856100, 55856200], // goal tables' unit total / the sum of their projects
    ['$.statements[19].amount', 7843400, 650400], // "机关运行经费财政拨款预算为 784.34 万元" / 公用经费 65.04 万元
  ],
};

async function load(bureau: Bureau) {
  const result = validate(await loadRaw(bureau));
  if (!result.ok) throw new Error(`${bureau}: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result;
}

const classFigures = (doc: BudgetDocument) => {
  const overview = doc.tables.find((t) => t.kind === 'overview')!;
  const functions = functionSectionKey(overview);
  return Object.fromEntries(
    overview.rows.filter((r) => r.section === functions && r.code?.length === 3 && typeof r.values.amount === 'number').map((r) => [r.code, r.values.amount]),
  );
};

for (const bureau of BUREAUS) {
  describe(`${bureau} as published`, () => {
    const published = PUBLISHED[bureau];

    it('is valid, with its metadata', async () => {
      const { document } = await load(bureau);
      expect(document.meta.department.name).to.equal(published.department);
      expect(document.meta.year).to.equal(published.year);
      expect(document.meta.publishedUnit).to.equal(published.unit);
    });

    it('has the published totals, basic and project expenditure, 三公 and goal counts', async () => {
      const summary = summarize((await load(bureau)).document);
      expect(summary).to.deep.equal({
        department: published.department,
        year: published.year,
        incomeTotal: published.income,
        expenditureTotal: published.expenditure,
        basicExpenditure: published.basic,
        projectExpenditure: published.project,
        sangong: published.sangong,
        projectGoalCount: published.projects,
        indicatorCount: published.indicators,
      });
    });

    it('has every function class of the 收支总表', async () => {
      expect(classFigures((await load(bureau)).document)).to.deep.equal(published.classes);
    });

    it('records empty and missing tables with their published notes', async () => {
      const { document } = await load(bureau);
      const notPublished = document.tables.filter((t) => t.status !== 'published');
      expect(notPublished.map((t) => t.id)).to.deep.equal(published.notPublished.map(([id]) => id));
      notPublished.forEach((table, i) => {
        const [, status, note] = published.notPublished[i]!;
        expect(table.status, table.id).to.equal(status);
        expect(table.note ?? '', table.id).to.satisfy((n: string) => n.startsWith(note));
        if (status === 'unavailable') expect(table.rows, table.id).to.deep.equal([]);
      });
    });

    it('warns of exactly the differences the source has', async () => {
      const { warnings } = await load(bureau);
      expect(warnings.map((w) => [w.path, w.figures.stated, w.figures.computed])).to.deep.equal(WARNINGS[bureau]);
    });
  });
}

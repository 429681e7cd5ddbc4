import { expect } from '@open-wc/testing';
import { functionName, supplyFunctionNames, withoutSuppliedNames } from '../../src/data/classification/function-names.js';
import { expenditureTree } from '../../src/data/hierarchy.js';
import type { BudgetDocument } from '../../src/data/schema.js';
import { loadRaw, type Bureau } from './fixtures.js';

const load = async (bureau: Bureau) => (await loadRaw(bureau)) as BudgetDocument;
const codes = (doc: BudgetDocument) => doc.suppliedNames?.map((n) => `${n.code} ${n.name}`);

describe('function classification names', () => {
  it('names every 类 and the 款 the sources use, for the 2024 and 2025 editions only', () => {
    expect(functionName('210', 2025)).to.equal('卫生健康支出');
    expect(functionName('233', 2024)).to.equal('债务发行费用支出');
    expect(functionName('21012', 2024)).to.equal('财政对基本医疗保险基金的补助');
    expect(functionName('20899', 2025)).to.equal('其他社会保障和就业支出');
    // Not sourced: another edition, an unknown code, a 项.
    expect([functionName('210', 2023), functionName('21099', 2025), functionName('2101501', 2025)]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('supplies the names of the 款 开江县 prints as codes alone, and only those', async () => {
    const bare = withoutSuppliedNames(await load('kaijiang-2025'));
    const filled = supplyFunctionNames(bare);
    expect(codes(filled)).to.deep.equal(['20805 行政事业单位养老支出', '20899 其他社会保障和就业支出', '21011 行政事业单位医疗', '21013 医疗救助', '21015 医疗保障管理事务', '22102 住房改革支出']);
    expect(filled.schemaVersion).to.equal('1.1');
    // The tree then names them, marked as supplied; a name the source prints is never marked.
    const health = expenditureTree(filled, 'function', 'all', '', { basic: '', project: '' })!.children!.find((n) => n.code === '210')!;
    expect(health.children!.map((n) => [n.name, n.supplied ?? false])).to.deep.equal([
      ['行政事业单位医疗', true],
      ['医疗救助', true],
      ['医疗保障管理事务', true],
    ]);
    expect(health.supplied).to.equal(undefined);
  });

  it('leaves a document that prints every name, or of another year, without supplied names', async () => {
    const gaoyang = await load('gaoyang-2025');
    expect(supplyFunctionNames(gaoyang)).to.deep.equal(gaoyang);
    const bare = withoutSuppliedNames(await load('quxian-2024'));
    expect(supplyFunctionNames({ ...bare, meta: { ...bare.meta, year: 2019 } }).suppliedNames).to.equal(undefined);
  });

  it('gives the same document when run again (the demo data hold its result)', async () => {
    for (const bureau of ['kaijiang-2025', 'quxian-2024'] as const) {
      const doc = await load(bureau);
      expect(supplyFunctionNames(doc)).to.deep.equal(doc);
    }
  });
});

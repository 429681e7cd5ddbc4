import { expect } from '@open-wc/testing';
import { expenditureTree, type TreeNode } from '../../src/data/hierarchy.js';
import { validate } from '../../src/data/validate.js';
import type { BudgetDocument } from '../../src/data/schema.js';
import { loadRaw, type Bureau } from './fixtures.js';

async function tree(bureau: Bureau, by: 'function' | 'economic' | 'basic-project' | 'projects', fund: 'all' | 'general-budget' | 'gov-fund' = 'all') {
  const result = validate(await loadRaw(bureau));
  if (!result.ok) throw new Error('invalid fixture');
  return expenditureTree(result.document as BudgetDocument, by, fund, '支出', { basic: '基本支出', project: '项目支出' })!;
}

const level = (node: TreeNode) => (node.children ?? []).map((c) => [c.code ?? c.name, c.value, c.published ?? null]);

/** Figures from ../shared/seeds; `null` where the table prints no figure for the node (derived). */
describe('expenditureTree', () => {
  it('builds 类 → 款 → 项 from the items of 开江县 支出总表, taking the class figures 收支总表 prints where the items add up to them', async () => {
    const root = await tree('kaijiang-2025', 'function');
    expect([root.value, root.published]).to.deep.equal([12_364_800, 12_364_700]);
    expect(level(root)).to.deep.equal([
      ['208', 117_300, 117_300],
      ['210', 12_163_800, null],
      ['221', 83_700, 83_700],
    ]);
    // 卫生健康支出: the items add up to 1,216.38 万元; 部门收支总表 prints 1,216.37, kept beside the sum.
    expect(root.children![1]!.printedIn).to.deep.equal({ value: 12_163_700, table: '部门收支总表' });
    const health = root.children![1]!;
    expect(health.name).to.equal('卫生健康支出');
    expect(level(health.children![2]!)).to.deep.equal([
      ['2101501', 817_700, 817_700],
      ['2101502', 320_000, 320_000],
    ]);
  });

  it('uses 一般公共预算支出表 for 平利县, whose 支出总表 is split by fund, with its printed class figures', async () => {
    const root = await tree('pingli-2025', 'function');
    expect(level(root)).to.deep.equal([
      ['208', 448_679, 448_679],
      ['210', 3_902_922, 3_902_922],
      ['221', 215_577, 215_577],
    ]);
  });

  it('filters by fund type: 渠县 government-fund spending alone', async () => {
    const root = await tree('quxian-2024', 'function', 'gov-fund');
    // The table prints only the 项 (2120899): the class figure is added up.
    expect(level(root)).to.deep.equal([['212', 3_126_200, null]]);
  });

  it('builds 类 → 款 of the department economic classification', async () => {
    const root = await tree('kaijiang-2025', 'economic');
    expect(level(root)).to.deep.equal([
      ['301', 953_600, 953_600],
      ['302', 120_500, 120_500],
      ['303', 100, 100],
    ]);
    // 工伤保险 and 残保金 (3011201, 3011203) are counted once, in 其他社会保障缴费.
    expect(root.children![0]!.children!.find((c) => c.code === '30112')!.value).to.equal(5_800);
  });

  it('lists projects with their published amounts, and splits basic from project expenditure', async () => {
    expect(level(await tree('quxian-2024', 'projects')).map(([, value]) => value)).to.deep.equal([
      46_324_700, 6_157_100, 607_000, 162_500, 40_600, 45_100,
    ]);
    const split = await tree('gaoyang-2025', 'basic-project');
    // 高阳县's 301 items add up to 228.97 万元 where it prints 228.96: the tiles add up, the label keeps the print.
    expect(level(split)).to.deep.equal([
      ['基本支出', 2_568_900, 2_568_800],
      ['项目支出', 3_390_000, null],
    ]);
  });
});

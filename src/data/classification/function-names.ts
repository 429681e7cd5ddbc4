/**
 * Names of the national function classification of expenditure (支出功能分类科目): every 类
 * and the 款 the five source disclosures use, as the Ministry of Finance
 * (财政部) publishes them in 《2024年政府收支分类科目》 and 《2025年政府收支分类科目》, whose
 * names of these codes are the same. docs/data-notes.md ("Names of classification codes") says
 * which of them the five source disclosures print themselves.
 * The data tools fill them into a document (`supplyFunctionNames`, run by `npm run names`), as its
 * `suppliedNames`: the elements read names from the document only, so the vocabulary stays out of
 * the browser bundle.
 */
import type { BudgetDocument } from '../schema.js';
import { expenditureTree, type TreeNode } from '../hierarchy.js';

/** The editions these names are taken from: a document of another year keeps its bare codes. */
export const FUNCTION_NAME_YEARS = { from: 2024, to: 2025 } as const;

/**
 * "code name" a line: every 类 (in the order and wording of the 收支总表 of the five sources,
 * 一、… 三十、), then the 款 the five sources use.
 */
const NAMES = new Map(
  `201 一般公共服务支出
202 外交支出
203 国防支出
204 公共安全支出
205 教育支出
206 科学技术支出
207 文化旅游体育与传媒支出
208 社会保障和就业支出
209 社会保险基金支出
210 卫生健康支出
211 节能环保支出
212 城乡社区支出
213 农林水支出
214 交通运输支出
215 资源勘探工业信息等支出
216 商业服务业等支出
217 金融支出
219 援助其他地区支出
220 自然资源海洋气象等支出
221 住房保障支出
222 粮油物资储备支出
223 国有资本经营预算支出
224 灾害防治及应急管理支出
227 预备费
229 其他支出
230 转移性支出
231 债务还本支出
232 债务付息支出
233 债务发行费用支出
234 抗疫特别国债安排的支出
20805 行政事业单位养老支出
20827 财政对其他社会保险基金的补助
20899 其他社会保障和就业支出
21011 行政事业单位医疗
21012 财政对基本医疗保险基金的补助
21013 医疗救助
21015 医疗保障管理事务
21208 国有土地使用权出让收入安排的支出
21305 巩固脱贫攻坚成果衔接乡村振兴
22102 住房改革支出`
    .split('\n')
    .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as const),
);

/** The classification's name of a 类 (3 digits) or 款 (5 digits) code in a document of `year`. */
export function functionName(code: string, year: number): string | undefined {
  if (year < FUNCTION_NAME_YEARS.from || year > FUNCTION_NAME_YEARS.to) return undefined;
  return NAMES.get(code);
}

/**
 * The document with `suppliedNames` holding the classification's name of every 类 and 款 code
 * that its function tables print without a name (in any fund view), and that the vocabulary has
 * for the document's year; without `suppliedNames` when there is none. Pure, and the same when
 * run again: names it supplied before are worked out afresh.
 */
export function supplyFunctionNames(doc: BudgetDocument): BudgetDocument {
  const bare = withoutSuppliedNames(doc);
  const names = new Map<string, string>();
  const visit = (node: TreeNode) => {
    const name = node.code && node.name === node.code ? functionName(node.code, doc.meta.year) : undefined;
    if (name) names.set(node.code!, name);
    node.children?.forEach(visit);
  };
  for (const fund of ['all', 'general-budget', 'gov-fund'] as const) {
    const tree = expenditureTree(bare, 'function', fund, '', { basic: '', project: '' });
    if (tree) visit(tree);
  }
  if (!names.size) return bare;
  // `suppliedNames` came with schema 1.1: a 1.0 reader would reject the document rather than misread it.
  const schemaVersion = bare.schemaVersion === '1.0' ? '1.1' : bare.schemaVersion;
  return { ...bare, schemaVersion, suppliedNames: [...names].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name })) };
}

/** The document as the source gives it: without the names the data tools supplied. */
export function withoutSuppliedNames(doc: BudgetDocument): BudgetDocument {
  const bare = { ...doc };
  delete bare.suppliedNames;
  return bare;
}

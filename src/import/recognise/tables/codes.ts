/**
 * Row codes: printed in a code column ("2101501"), split into 类/款/项 columns ("210" "15" "01"), spaced
 * ("210 15 01") or glued to the name ("2080505机关事业单位基本养老保险缴费支出"). The classes (类) of the national
 * function classification are named without codes in the 收支总表; their codes are the classification's own.
 */
import { squash } from './text.js';

/** 支出功能分类科目, 类 level (财政部《政府收支分类科目》). */
const FUNCTION_CLASSES: [string, string][] = [
  ['201', '一般公共服务支出'], ['202', '外交支出'], ['203', '国防支出'], ['204', '公共安全支出'], ['205', '教育支出'],
  ['206', '科学技术支出'], ['207', '文化旅游体育与传媒支出'], ['208', '社会保障和就业支出'], ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'], ['211', '节能环保支出'], ['212', '城乡社区支出'], ['213', '农林水支出'], ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'], ['216', '商业服务业等支出'], ['217', '金融支出'], ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'], ['221', '住房保障支出'], ['222', '粮油物资储备支出'], ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'], ['227', '预备费'], ['229', '其他支出'], ['230', '转移性支出'], ['231', '债务还本支出'],
  ['232', '债务付息支出'], ['233', '债务发行费用支出'], ['234', '抗疫特别国债安排的支出'],
];

/** "一、一般公共服务支出", "（十）卫生健康支出", "10、卫生健康支出" → "卫生健康支出". */
export const withoutOrdinal = (name: string): string =>
  squash(name).replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+、|\d+\.)/, '');

export const functionClassCode = (name: string): string | undefined => FUNCTION_CLASSES.find(([, label]) => label === withoutOrdinal(name))?.[0];

/** A code and name glued or spaced in one cell: "2080505机关…", "210 15 01 行政运行", "301 工资福利支出". */
export function splitCodeName(cell: string): { code?: string; name: string } {
  const match = /^(\d{3})(?:\s*(\d{2}))?(?:\s*(\d{2}))?\s*(?=[^\d\s])/.exec(cell.trim());
  if (!match) {
    const glued = /^(\d{3}|\d{5}|\d{7})(?=[\u4e00-\u9fa5])/.exec(cell.trim());
    return glued ? { code: glued[1]!, name: cell.trim().slice(glued[1]!.length).trim() } : { name: cell };
  }
  return { code: `${match[1]}${match[2] ?? ''}${match[3] ?? ''}`, name: cell.trim().slice(match[0].length).trim() };
}

/** Code parts in their own cells, 类 款 项 ("208" "05" "05"), joined. */
export const joinCodeParts = (parts: string[]): string | undefined => {
  const digits = parts.map((p) => p.trim()).filter((p) => /^\d+$/.test(p));
  if (digits.length === 0 || !/^\d{3}$/.test(digits[0]!) || digits.slice(1).some((d) => d.length !== 2)) return undefined;
  return digits.join('');
};

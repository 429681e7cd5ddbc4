/** Turns valibot issues into localized, path-addressed validation errors. */
import type { BaseIssue } from 'valibot';
import { jsonPath, type Localized, type ValidationIssue } from './issues.js';

const typeNames: Record<string, Localized> = {
  string: { 'zh-CN': '文本', en: 'a string' },
  number: { 'zh-CN': '数字', en: 'a number' },
  object: { 'zh-CN': '对象', en: 'an object' },
  array: { 'zh-CN': '数组', en: 'an array' },
  record: { 'zh-CN': '对象', en: 'an object' },
};

const describe = (value: unknown): string => {
  if (value === undefined) return 'undefined';
  // As JSON would print it, but ±Infinity and NaN by name (JSON prints them as null).
  if (typeof value === 'number') return String(value);
  const json = JSON.stringify(value);
  return json === undefined ? typeof value : json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

function message(issue: BaseIssue<unknown>): Localized {
  const got = describe(issue.input);
  const expected = issue.expected ?? '';
  switch (issue.type) {
    case 'strict_object':
    case 'object':
      if (issue.input === undefined && issue.path?.length) {
        return { 'zh-CN': '缺少必填字段', en: 'required field is missing' };
      }
      if (issue.expected === 'never') {
        return { 'zh-CN': '不认识的字段（请检查拼写）', en: 'unknown field (check the spelling)' };
      }
      break;
    case 'picklist':
      return { 'zh-CN': `取值应为 ${expected} 之一，实际为 ${got}`, en: `expected one of ${expected}, got ${got}` };
    case 'min_length':
      return { 'zh-CN': '不能为空', en: 'must not be empty' };
    case 'max_length':
      return { 'zh-CN': '文本过长', en: 'text is too long' };
    case 'regex':
    case 'check':
      return { 'zh-CN': `格式不正确：${got}（应为 ${issue.message}）`, en: `invalid format: ${got} (expected ${issue.message})` };
    case 'min_value':
    case 'max_value':
      return { 'zh-CN': `数值超出允许范围：${got}`, en: `value out of range: ${got}` };
    case 'integer':
      return { 'zh-CN': `应为整数，实际为 ${got}`, en: `expected an integer, got ${got}` };
    case 'url':
      return { 'zh-CN': `网址无效：${got}`, en: `invalid URL: ${got}` };
    case 'iso_date':
      return { 'zh-CN': `日期应为 YYYY-MM-DD：${got}`, en: `expected a date as YYYY-MM-DD: ${got}` };
    case 'union':
    case 'nullable':
      return { 'zh-CN': `应为数字、文本或空值，实际为 ${got}`, en: `expected a number, text or null, got ${got}` };
  }
  const name = typeNames[issue.type === 'strict_object' ? 'object' : issue.type];
  if (name) {
    return { 'zh-CN': `应为${name['zh-CN']}，实际为 ${got}`, en: `expected ${name.en}, got ${got}` };
  }
  return { 'zh-CN': `无效的值：${got}`, en: `invalid value: ${got}` };
}

export function structureIssues(issues: readonly BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => ({
    code: issue.type,
    path: jsonPath((issue.path ?? []).map((item) => item.key as string | number)),
    message: message(issue),
  }));
}

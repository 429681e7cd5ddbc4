/**
 * The words of the site's own pages (the reports bring the elements' words). Kept beside the site
 * until src/i18n/ takes them; typed so that both languages have every word.
 */
import type { Lang } from '../i18n/index.js';

interface SiteWords {
  siteTitle: string;
  siteIntro: (count: number) => string;
  documentsCaption: string;
  department: string;
  year: string;
  data: string;
  breadcrumb: string;
  files: string;
  json: string;
  /** A column header with the unit of its figures. */
  withUnit: (label: string, unit: string) => string;
  /** What the index's status line says after a sort; `column` is the header's text. */
  sortedAscending: (column: string) => string;
  sortedDescending: (column: string) => string;
  sortedAsPublished: string;
}

export const SITE_WORDS: Record<Lang, SiteWords> = {
  'zh-CN': {
    siteTitle: '部门预算公开',
    siteIntro: (count) => `共 ${count} 份部门预算公开文档。每份文档的报告页不需要脚本即可阅读；各表另有 CSV 文件。`,
    documentsCaption: '部门预算公开文档及主要数字',
    department: '部门',
    year: '年度',
    data: '数据',
    breadcrumb: '导航',
    files: '数据下载',
    json: '完整数据（JSON）',
    withUnit: (label, unit) => `${label}（${unit}）`,
    sortedAscending: (column) => `按${column}升序排列`,
    sortedDescending: (column) => `按${column}降序排列`,
    sortedAsPublished: '已恢复原有顺序',
  },
  en: {
    siteTitle: 'Department budget disclosures',
    siteIntro: (count) => `${count} department budget ${count === 1 ? 'disclosure' : 'disclosures'}. Each report page reads without scripts; every table is also a CSV file.`,
    documentsCaption: 'Department budget disclosures and their headline figures',
    department: 'Department',
    year: 'Year',
    data: 'Data',
    breadcrumb: 'Navigation',
    files: 'Downloads',
    json: 'Full data (JSON)',
    withUnit: (label, unit) => `${label}, ${unit}`,
    sortedAscending: (column) => `sorted by ${column}, ascending`,
    sortedDescending: (column) => `sorted by ${column}, descending`,
    sortedAsPublished: 'back in the original order',
  },
};
